import { FormArray, FormControl, FormGroup, Validators } from '@angular/forms';
import { applyFieldErrors, serverErrorKey } from './form-errors';

describe('applyFieldErrors', () => {
  function form() {
    return new FormGroup({
      name: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(100)] }),
      personCount: new FormControl<number | null>(null),
      address: new FormGroup({ postalCode: new FormControl('') }),
      people: new FormArray([new FormGroup({ familyName: new FormControl('') })]),
    });
  }

  it('puts each field error on its control by dotted path and marks it touched', () => {
    const f = form();
    const unmatched = applyFieldErrors(f, [
      { field: 'personCount', code: 'NOT_AN_INTEGER', message: 'personCount must be an integer number' },
      { field: 'address.postalCode', code: 'BAD_FORMAT', message: 'postalCode must match' },
      { field: 'people.0.familyName', code: 'REQUIRED', message: 'familyName should not be empty' },
    ]);

    expect(unmatched).toEqual([]);
    const count = f.get('personCount')!;
    expect(count.errors).toEqual({
      server: { code: 'NOT_AN_INTEGER', message: 'personCount must be an integer number' },
    });
    expect(count.touched).toBe(true);
    expect(serverErrorKey(count)).toBe('errors.field.NOT_AN_INTEGER');
    expect(serverErrorKey(f.get('address.postalCode'))).toBe('errors.field.BAD_FORMAT');
    expect(serverErrorKey(f.get('people.0.familyName'))).toBe('errors.field.REQUIRED');
    expect(f.valid).toBe(false);
  });

  it('returns the errors no control matches, for the summary', () => {
    const f = form();
    const unmatched = applyFieldErrors(f, [
      { field: 'extra', code: 'UNKNOWN_FIELD', message: 'property extra should not exist' },
      { field: '', code: 'REQUIRED', message: 'body' },
      { field: 'name', code: 'TOO_LONG', message: 'too long' },
    ]);
    expect(unmatched.map((e) => e.field)).toEqual(['extra', '']);
    expect(serverErrorKey(f.get('name'))).toBe('errors.field.TOO_LONG');
  });

  it('keeps the control’s own errors beside the server’s', () => {
    const f = form();
    f.controls.name.setValue('x'.repeat(101));
    applyFieldErrors(f, [{ field: 'name', code: 'TOO_LONG', message: 'too long' }]);
    expect(Object.keys(f.controls.name.errors ?? {}).sort()).toEqual(['maxlength', 'server']);
  });

  it('clears the server error once the user edits the field', () => {
    const f = form();
    applyFieldErrors(f, [{ field: 'personCount', code: 'NOT_AN_INTEGER', message: '' }]);
    f.controls.personCount.setValue(3);
    expect(serverErrorKey(f.controls.personCount)).toBeNull();
    expect(f.valid).toBe(true);
  });
});
