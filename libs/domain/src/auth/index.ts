export * from './roles';
export * from './permissions';
export * from './password-policy';
