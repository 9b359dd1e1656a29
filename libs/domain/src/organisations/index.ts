export * from './siret';
export * from './enums';
