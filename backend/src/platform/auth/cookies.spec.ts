import { parseCookies, serializeCookie, useSecureCookies } from './cookies';

describe('parseCookies', () => {
  it('reads name=value pairs, trims spaces and strips quotes', () => {
    expect(parseCookies('a=1; b = two ;c="three"')).toEqual({ a: '1', b: 'two', c: 'three' });
  });

  it('keeps the first occurrence of a name', () => {
    expect(parseCookies('token=first; token=second')).toEqual({ token: 'first' });
  });

  it('skips malformed pairs and values with forbidden characters', () => {
    expect(parseCookies('novalue; =x; ok=1; bad=a\\b; sp=a b')).toEqual({ ok: '1' });
  });

  it('accepts a missing header and an array of headers', () => {
    expect(parseCookies(undefined)).toEqual({});
    expect(parseCookies(['a=1', 'b=2'])).toEqual({ a: '1', b: '2' });
  });

  it('does not let a cookie named like an Object property leak through the prototype', () => {
    const cookies = parseCookies('x=1');
    expect(cookies.constructor).toBeUndefined();
    expect(parseCookies('__proto__=1')['__proto__']).toBe('1');
  });
});

describe('serializeCookie', () => {
  it('writes HttpOnly, SameSite=Strict, Path=/ and Secure', () => {
    expect(serializeCookie('mamori_session', 'abc', { httpOnly: true, secure: true })).toBe(
      'mamori_session=abc; Path=/; SameSite=Strict; HttpOnly; Secure',
    );
  });

  it('leaves out HttpOnly and Secure when asked (the XSRF cookie on localhost)', () => {
    expect(serializeCookie('XSRF-TOKEN', 'x-y_z', { httpOnly: false, secure: false })).toBe(
      'XSRF-TOKEN=x-y_z; Path=/; SameSite=Strict',
    );
  });

  it('deletes a cookie with Max-Age=0 and a past expiry', () => {
    expect(serializeCookie('a', '', { httpOnly: true, secure: false, maxAge: 0 })).toBe(
      'a=; Path=/; SameSite=Strict; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly',
    );
  });

  it('refuses names and values that would break the header', () => {
    expect(() => serializeCookie('a;b', '1', { httpOnly: true, secure: true })).toThrow();
    expect(() => serializeCookie('a', '1; Domain=evil', { httpOnly: true, secure: true })).toThrow();
  });
});

describe('useSecureCookies', () => {
  it.each([
    ['http', 'localhost', false],
    ['http', '127.0.0.1', false],
    ['http', 'LOCALHOST:3000', false],
    ['http', '[::1]', false],
    ['https', 'localhost', true],
    ['http', 'mamori.example.jp', true],
    ['https', 'mamori.example.jp', true],
    ['http', '192.168.1.10', true],
  ])('%s://%s → Secure %s', (protocol, host, secure) => {
    expect(useSecureCookies(protocol, host)).toBe(secure);
  });
});
