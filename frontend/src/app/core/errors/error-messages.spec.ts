import { translate } from '../i18n';
import { fieldErrorKey, problemMessageKey } from './error-messages';

describe('error messages', () => {
  const required = [
    'VALIDATION_FAILED',
    'NOT_FOUND',
    'MALFORMED_JSON',
    'PAYLOAD_TOO_LARGE',
    'UNSUPPORTED_MEDIA_TYPE',
    'DATABASE_UNAVAILABLE',
    'SERVICE_UNAVAILABLE',
    'INTERNAL_ERROR',
    'BAD_REQUEST',
    'UNAUTHENTICATED',
    'FORBIDDEN',
    'CONFLICT',
    'STALE_VERSION',
    'CSRF_TOKEN_INVALID',
    'TOO_MANY_REQUESTS',
    'NETWORK_UNREACHABLE',
  ];

  it.each(required)('has its own message for %s in both languages', (code) => {
    const key = problemMessageKey({ code, status: 400 });
    expect(key).toBe(`errors.code.${code}`);
    expect(translate('ja', key)).not.toBe(translate('en', key));
    expect(translate('ja', key)).toMatch(/[ぁ-んァ-ヶ一-龯]/);
  });

  it('translates by code', () => {
    const key = problemMessageKey({ code: 'DATABASE_UNAVAILABLE', status: 503 });
    expect(translate('ja', key)).toBe(
      'データベースに接続できません。しばらくしてから、もう一度お試しください。続く場合はシステム管理者に連絡してください。',
    );
    expect(translate('en', key)).toContain('The database cannot be reached.');
  });

  it('falls back to the HTTP status for a code it does not know', () => {
    expect(problemMessageKey({ code: 'SOMETHING_NEW', status: 409 })).toBe('errors.code.CONFLICT');
    expect(problemMessageKey({ code: 'SOMETHING_NEW', status: 404 })).toBe('errors.code.NOT_FOUND');
    expect(problemMessageKey({ code: 'SOMETHING_NEW', status: 500 })).toBe('errors.code.INTERNAL_ERROR');
  });

  it('does not treat a section of the dictionary as a message', () => {
    expect(problemMessageKey({ code: '', status: 418 })).toBe('errors.code.BAD_REQUEST');
  });

  it('translates field error codes, with a generic message for unknown ones', () => {
    expect(translate('ja', fieldErrorKey('REQUIRED'))).toBe('必須項目です。入力してください。');
    expect(translate('en', fieldErrorKey('TOO_LONG'))).toBe('Too long. Shorten it.');
    expect(translate('en', fieldErrorKey('NOT_AN_INTEGER'))).toBe('Enter a whole number.');
    expect(translate('ja', fieldErrorKey('NOT_ALLOWED_VALUE'))).toBe('選べない値です。候補の中から選んでください。');
    expect(translate('ja', fieldErrorKey('UNKNOWN_FIELD'))).toContain('受け付けられません');
    expect(fieldErrorKey('IS_PRIME')).toBe('errors.field.INVALID');
  });
});
