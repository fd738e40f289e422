import { FormControl, FormGroup, Validators } from '@angular/forms';
import { ApiProblem, serverErrorKey } from '../../core/errors';
import { translate } from '../../core/i18n';
import { controlErrorKey } from './field-error';
import { formFailure } from './form-summary';

function form() {
  return new FormGroup({
    nameJa: new FormControl('GMO TECH', { nonNullable: true, validators: [Validators.required] }),
    corporateNumber: new FormControl('1234567890123', { nonNullable: true }),
    code: new FormControl('DEV', { nonNullable: true }),
  });
}

describe('formFailure', () => {
  it('puts the server’s field errors under their fields and summarises the rest', () => {
    const f = form();
    const failure = formFailure(
      new ApiProblem({
        status: 400,
        code: 'VALIDATION_FAILED',
        requestId: 'req-1',
        errors: [
          { field: 'corporateNumber', code: 'INVALID_CORPORATE_NUMBER', message: 'check digit' },
          { field: 'extra', code: 'UNKNOWN_FIELD', message: 'property extra should not exist' },
        ],
      }),
      f,
    );
    expect(serverErrorKey(f.controls.corporateNumber)).toBe('errors.field.INVALID_CORPORATE_NUMBER');
    expect(translate('ja', controlErrorKey(f.controls.corporateNumber)!)).toContain('法人番号が正しくありません');
    expect(f.controls.corporateNumber.touched).toBe(true);
    expect(failure.others.map((e) => e.field)).toEqual(['extra']);
    expect(failure.messageKey).toBe('errors.code.VALIDATION_FAILED');
    expect(failure.stale).toBe(false);
  });

  it('uses the plain summary when every error found its field', () => {
    const f = form();
    const failure = formFailure(
      new ApiProblem({
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: [{ field: 'nameJa', code: 'TOO_LONG', message: 'too long' }],
      }),
      f,
    );
    expect(failure).toEqual({ messageKey: 'errors.formSummary', others: [], requestId: undefined, stale: false });
  });

  it('shows a conflict that concerns one field under that field too', () => {
    const f = form();
    const failure = formFailure(new ApiProblem({ status: 409, code: 'DEPARTMENT_CODE_TAKEN' }), f);
    expect(serverErrorKey(f.controls.code)).toBe('errors.field.DEPARTMENT_CODE_TAKEN');
    expect(failure.messageKey).toBe('errors.code.DEPARTMENT_CODE_TAKEN');
  });

  it('offers to reload when someone else saved first', () => {
    const failure = formFailure(new ApiProblem({ status: 409, code: 'STALE_VERSION', requestId: 'r' }), form());
    expect(failure).toMatchObject({ messageKey: 'errors.code.STALE_VERSION', stale: true, requestId: 'r' });
  });

  it('prefers the field’s own validation message, then the server’s', () => {
    const f = form();
    f.controls.nameJa.setValue('');
    expect(controlErrorKey(f.controls.nameJa)).toBe('errors.field.REQUIRED');
    expect(controlErrorKey(f.controls.code, { pattern: 'departments.codePattern' })).toBeNull();
  });
});
