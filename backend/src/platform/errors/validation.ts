import { ValidationError, ValidationPipe } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { FieldError, problems } from './problem';

/** class-validator constraint names → stable field error codes. Unknown names are upper-snaked. */
const CONSTRAINT_CODES: Record<string, string> = {
  whitelistValidation: 'UNKNOWN_FIELD',
  isDefined: 'REQUIRED',
  isNotEmpty: 'REQUIRED',
  isString: 'NOT_A_STRING',
  isInt: 'NOT_AN_INTEGER',
  isNumber: 'NOT_A_NUMBER',
  isBoolean: 'NOT_A_BOOLEAN',
  isDateString: 'NOT_A_DATE',
  isISO8601: 'NOT_A_DATE',
  isEmail: 'NOT_AN_EMAIL',
  isUUID: 'NOT_A_UUID',
  isIn: 'NOT_ALLOWED_VALUE',
  isEnum: 'NOT_ALLOWED_VALUE',
  min: 'TOO_SMALL',
  max: 'TOO_LARGE',
  minLength: 'TOO_SHORT',
  maxLength: 'TOO_LONG',
  length: 'BAD_LENGTH',
  arrayMinSize: 'TOO_FEW_ITEMS',
  arrayMaxSize: 'TOO_MANY_ITEMS',
  isArray: 'NOT_AN_ARRAY',
  matches: 'BAD_FORMAT',
};

export function constraintCode(name: string): string {
  return CONSTRAINT_CODES[name] ?? name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

/** Flattens class-validator's nested errors into `{ field, code, message }` with dotted paths. */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    for (const [name, message] of Object.entries(error.constraints ?? {})) {
      out.push({ field, code: constraintCode(name), message });
    }
    if (error.children?.length) out.push(...flattenValidationErrors(error.children, field));
  }
  return out;
}

/**
 * class-validator looks a class's rules up on every validation by walking the rules of every class it
 * knows (an `instanceof` test per class, for inherited rules): about 120 DTO classes, two thirds of the
 * pipe's time on a list query. The answer only changes when rules are added, so it is kept per class and
 * options until the next rule is registered.
 */
function rememberValidationRules(): void {
  type Storage = ReturnType<typeof getMetadataStorage>;
  const storage = getMetadataStorage() as Storage & { [REMEMBERED]?: true };
  if (storage[REMEMBERED]) return;
  storage[REMEMBERED] = true;
  const lookUp = storage.getTargetValidationMetadatas.bind(storage);
  const add = storage.addValidationMetadata.bind(storage);
  let known = new Map<unknown, Map<string, ReturnType<Storage['getTargetValidationMetadatas']>>>();
  storage.addValidationMetadata = (metadata) => {
    known = new Map();
    add(metadata);
  };
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const key = `${schema}\u0000${always}\u0000${strictGroups}\u0000${groups?.join('\u0000') ?? ''}`;
    let byOptions = known.get(target);
    if (!byOptions) known.set(target, (byOptions = new Map()));
    let rules = byOptions.get(key);
    if (!rules) byOptions.set(key, (rules = lookUp(target, schema, always, strictGroups, groups)));
    return rules;
  };
}
const REMEMBERED = Symbol('mamori.rememberedValidationRules');

/** The one global pipe: unknown fields are refused, values are transformed to their declared types. */
export function createValidationPipe(): ValidationPipe {
  rememberValidationRules();
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => problems.validation(flattenValidationErrors(errors)),
  });
}
