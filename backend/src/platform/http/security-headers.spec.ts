import { securityHeaders } from './security-headers';

describe('securityHeaders', () => {
  it('gives pages a CSP that allows only same-origin scripts and no framing', () => {
    const { document } = securityHeaders(false);
    expect(document['content-security-policy']).toContain("script-src 'self'");
    expect(document['content-security-policy']).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(document['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(document['x-content-type-options']).toBe('nosniff');
  });

  it('keeps API answers out of caches and never sniffed', () => {
    const { api } = securityHeaders(false);
    expect(api['cache-control']).toBe('no-store');
    expect(api['x-content-type-options']).toBe('nosniff');
    expect(api['content-security-policy']).toBeUndefined();
  });

  it('adds HSTS only in production', () => {
    expect(securityHeaders(false).api['strict-transport-security']).toBeUndefined();
    expect(securityHeaders(true).api['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(securityHeaders(true).document['strict-transport-security']).toMatch(/max-age=\d+/);
  });
});
