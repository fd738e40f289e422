import { registerDecorator, ValidationOptions } from 'class-validator';

/**
 * 法人番号 (corporate number, National Tax Agency): 13 digits. The first digit is a check digit over
 * the 12 that follow: 9 − (Σ Pn × Qn mod 9), where Pn is the n-th of those 12 digits counted from the
 * least significant one and Qn is 1 when n is odd, 2 when n is even.
 */
export function corporateNumberCheckDigit(base12: string): number {
  if (!/^\d{12}$/.test(base12)) throw new Error('The base of a corporate number is 12 digits');
  let sum = 0;
  for (let n = 1; n <= 12; n++) {
    sum += Number(base12[12 - n]) * (n % 2 === 1 ? 1 : 2);
  }
  return 9 - (sum % 9);
}

export function isValidCorporateNumber(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    /^\d{13}$/.test(value) &&
    Number(value[0]) === corporateNumberCheckDigit(value.slice(1))
  );
}

/** The full 13-digit number for a 12-digit base. */
export function withCheckDigit(base12: string): string {
  return `${corporateNumberCheckDigit(base12)}${base12}`;
}

/** class-validator rule; its field error code is INVALID_CORPORATE_NUMBER. */
export function IsCorporateNumber(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'invalidCorporateNumber',
      target: object.constructor,
      propertyName,
      options: {
        message: `${propertyName} must be a 13-digit corporate number with a correct check digit`,
        ...options,
      },
      validator: { validate: (value: unknown) => isValidCorporateNumber(value) },
    });
}
