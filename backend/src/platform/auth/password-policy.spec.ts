import { checkPassword, isCommonPassword, PASSWORD_MAX_LENGTH, passwordLength } from './password-policy';

const codes = (password: string, email?: string) => checkPassword(password, { email }).map((e) => e.code);

describe('password policy', () => {
  it('accepts 12 characters or more without any composition rule', () => {
    expect(codes('correct horse battery')).toEqual([]);
    expect(codes('mamori-demo-2026')).toEqual([]);
    expect(codes('alllowercaseletters')).toEqual([]);
    expect(codes('すずめがちゅんちゅんないている')).toEqual([]);
  });

  it('refuses fewer than 12 characters, counting characters rather than bytes', () => {
    expect(codes('short-pass1')).toEqual(['PASSWORD_TOO_SHORT']);
    expect(codes('')).toEqual(['PASSWORD_TOO_SHORT']);
    expect(passwordLength('パスワードパスワードパス')).toBe(12);
    expect(codes('パスワードパスワードパス')).toEqual([]);
    expect(passwordLength('😀'.repeat(12))).toBe(12);
  });

  it('refuses more than 128 characters', () => {
    expect(codes('a b'.repeat(50))).toEqual(['PASSWORD_TOO_LONG']);
    expect(codes('x'.repeat(PASSWORD_MAX_LENGTH - 1) + 'y')).toEqual([]);
  });

  it('refuses common passwords from the bundled list, whatever the letter case', () => {
    expect(isCommonPassword('1qaz2wsx3edc')).toBe(true);
    expect(isCommonPassword('QWERTYUIOPASDFGHJKL'.toLowerCase())).toBe(isCommonPassword('qwertyuiopasdfghjkl'));
    expect(codes('1QAZ2WSX3EDC')).toEqual(['PASSWORD_TOO_COMMON']);
    expect(codes('123456789012')).toEqual(['PASSWORD_TOO_COMMON']);
    expect(codes('administrator')).toEqual(['PASSWORD_TOO_COMMON']);
  });

  it('refuses one character repeated', () => {
    expect(codes('aaaaaaaaaaaaaaa')).toEqual(['PASSWORD_TOO_COMMON']);
  });

  it("refuses the account's own e-mail address or its local part", () => {
    expect(codes('hanako.yamada@example.jp', 'Hanako.Yamada@example.jp')).toEqual(['PASSWORD_CONTAINS_EMAIL']);
    expect(codes('hanako.yamada', 'hanako.yamada@example.jp')).toEqual(['PASSWORD_CONTAINS_EMAIL']);
  });

  it('names the field it was given', () => {
    expect(checkPassword('short', {}, 'newPassword')[0].field).toBe('newPassword');
  });
});
