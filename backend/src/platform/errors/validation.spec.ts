import { ValidationError } from '@nestjs/common';
import { constraintCode, flattenValidationErrors } from './validation';

describe('validation errors', () => {
  it('maps known constraints to stable codes and upper-snakes the rest', () => {
    expect(constraintCode('whitelistValidation')).toBe('UNKNOWN_FIELD');
    expect(constraintCode('isInt')).toBe('NOT_AN_INTEGER');
    expect(constraintCode('isCorporateNumber')).toBe('IS_CORPORATE_NUMBER');
  });

  it('flattens nested errors into dotted field paths', () => {
    const child: ValidationError = { property: 'label', constraints: { maxLength: 'label is too long' }, children: [] };
    const item: ValidationError = { property: '0', children: [child] };
    const errors: ValidationError[] = [
      { property: 'title', constraints: { isString: 'title must be a string' }, children: [] },
      { property: 'items', children: [item] },
    ];
    expect(flattenValidationErrors(errors)).toEqual([
      { field: 'title', code: 'NOT_A_STRING', message: 'title must be a string' },
      { field: 'items.0.label', code: 'TOO_LONG', message: 'label is too long' },
    ]);
  });
});
