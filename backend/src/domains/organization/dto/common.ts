import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsDefined, IsInt, IsOptional, Max, Min, ValidateIf } from 'class-validator';

const REQUIRED = Symbol('required fields');
type WithRequired = { [REQUIRED]?: Set<string> };

function isRequired(object: object, property: string): boolean {
  return (object.constructor as WithRequired)[REQUIRED]?.has(property) ?? false;
}

/**
 * For fields shared by a create and an update body: left out, the field is not validated (PATCH);
 * present, it is validated, null included. A subclass marks the fields it requires with `Required()`.
 */
export const Optional =
  (): PropertyDecorator =>
  (target: object, property: string | symbol): void =>
    ValidateIf((object: object, value: unknown) => value !== undefined || isRequired(object, String(property)))(
      target,
      property,
    );

/** Makes a field declared with `Optional()` in a base class required in this class (create bodies). */
export const Required =
  (): PropertyDecorator =>
  (target: object, property: string | symbol): void => {
    const ctor = target.constructor as WithRequired;
    if (!Object.prototype.hasOwnProperty.call(ctor, REQUIRED)) {
      Object.defineProperty(ctor, REQUIRED, { value: new Set(ctor[REQUIRED] ?? []), enumerable: false });
    }
    ctor[REQUIRED]!.add(String(property));
    IsDefined()(target, property);
  };

/** ISO calendar date, as PostgreSQL `date` columns take and give them. */
export const DATE_ONLY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** `version` in a write body, as an alternative to If-Match. */
export class VersionedDto {
  @ApiPropertyOptional({ minimum: 1, description: 'The version you edited; or send it as If-Match.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(999_999_999)
  version?: number;
}
