export * from './calendar';
export * from './enums';
export * from './evidence';
export * from './notices';
export * from './point-in-time';
export * from './summary';
