import { csrfMatches, isToken, newToken, sha256Hex } from './tokens';

describe('tokens', () => {
  it('are 43 base64url characters and differ every time', () => {
    const a = newToken();
    expect(isToken(a)).toBe(true);
    expect(newToken()).not.toBe(a);
    expect(isToken('short')).toBe(false);
    expect(isToken(undefined)).toBe(false);
  });

  it('are stored as hex SHA-256', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('csrfMatches', () => {
  const token = newToken();
  it('accepts the header equal to the cookie', () => {
    expect(csrfMatches(token, token)).toBe(true);
  });
  it('refuses a missing, different or repeated header, and a missing cookie', () => {
    expect(csrfMatches(token, undefined)).toBe(false);
    expect(csrfMatches(token, newToken())).toBe(false);
    expect(csrfMatches(token, [token, token])).toBe(false);
    expect(csrfMatches(undefined, token)).toBe(false);
    expect(csrfMatches('', '')).toBe(false);
  });
});
