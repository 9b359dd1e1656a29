import { Transform } from 'class-transformer';
import { IsInt, Min, registerDecorator, ValidationOptions } from 'class-validator';

/** Trims text; an empty string becomes null (the field is cleared). */
export const TrimToNull = () =>
  Transform(({ value }) => {
    if (typeof value !== 'string') return value;
    const trimmed = value.trim();
    return trimmed === '' ? null : trimmed;
  });

/** A custom rule with a French message, for rules class-validator does not have. */
export function Rule(
  name: string,
  test: (value: unknown) => boolean,
  message: string,
  options?: ValidationOptions,
): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message, ...options },
      validator: { validate: (value: unknown) => value === null || value === undefined || test(value) },
    });
}

/** The optimistic-locking version every update must send back. */
export class VersionedUpdate {
  @IsInt({ message: 'Le numéro de version est obligatoire (verrouillage optimiste).' })
  @Min(1)
  version: number;
}
