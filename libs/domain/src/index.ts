export * from './audit';
export * from './auth';
export * from './consent';
export * from './errors';
export * from './organisations';
export * from './query';
