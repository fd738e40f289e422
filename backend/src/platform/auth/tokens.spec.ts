import { csrfMatches, isToken, newToken, sha256Hex, unlinkableDigest } from './tokens';

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

describe('unlinkableDigest', () => {
  it('is equal for equal input, differs for other input, and is not the plain SHA-256', () => {
    const address = 'someone@example.jp';
    expect(unlinkableDigest(address)).toMatch(/^[0-9a-f]{64}$/);
    expect(unlinkableDigest(address)).toBe(unlinkableDigest(address));
    expect(unlinkableDigest(address)).not.toBe(unlinkableDigest('someone-else@example.jp'));
    expect(unlinkableDigest(address)).not.toBe(sha256Hex(address));
  });
});
