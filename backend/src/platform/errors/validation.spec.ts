import { IsInt, IsString } from 'class-validator';
import { ValidationError } from '@nestjs/common';
import { ProblemException } from './problem';
import { constraintCode, createValidationPipe, flattenValidationErrors } from './validation';

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

describe('the global validation pipe', () => {
  const query = (metatype: new () => object) => ({ type: 'query' as const, metatype, data: '' });
  const fieldsOf = async (run: Promise<unknown>) => {
    try {
      await run;
      return [];
    } catch (error) {
      return ((error as ProblemException).errors ?? []).map((e) => `${e.field}:${e.code}`);
    }
  };

  it('keeps applying rules declared after it validated a class, inherited ones included', async () => {
    const pipe = createValidationPipe();
    class Base {
      @IsString()
      name!: string;
    }
    expect(await fieldsOf(pipe.transform({ name: 1 }, query(Base)))).toEqual(['name:NOT_A_STRING']);
    expect(await fieldsOf(pipe.transform({ name: 1 }, query(Base)))).toEqual(['name:NOT_A_STRING']);
    // A class declared later, extending the one already validated: its own rules and the inherited one.
    class Child extends Base {
      @IsInt()
      size!: number;
    }
    expect(await fieldsOf(pipe.transform({ name: 1, size: 'x' }, query(Child)))).toEqual([
      'size:NOT_AN_INTEGER',
      'name:NOT_A_STRING',
    ]);
    expect(await fieldsOf(pipe.transform({ name: 'ok', size: 2 }, query(Child)))).toEqual([]);
    expect(await fieldsOf(pipe.transform({ name: 'ok', other: 1 }, query(Base)))).toEqual(['other:UNKNOWN_FIELD']);
  });
});
