export * from './agreements';
export * from './audit';
export * from './auth';
export * from './consent';
export * from './errors';
export * from './files';
export * from './organisations';
export * from './query';
