export class LinkageConstraintError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LinkageConstraintError';
  }
}
