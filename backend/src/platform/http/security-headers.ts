/**
 * Security headers, computed once at start-up (per-request header middleware showed up in the
 * pipeline benchmark). Pages and static files get the full set with a Content-Security-Policy for an
 * Angular app served from this origin: scripts only from 'self', inline styles allowed (Angular
 * Material sets style attributes), no framing. API answers are JSON: they get the headers that
 * matter for data (no sniffing, no caching of personal data, same-origin only).
 */
export interface SecurityHeaders {
  api: Record<string, string>;
  document: Record<string, string>;
}

export function securityHeaders(production: boolean): SecurityHeaders {
  const common: Record<string, string> = {
    'x-content-type-options': 'nosniff',
    'cross-origin-resource-policy': 'same-origin',
    ...(production ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
  };
  const csp = [
    "default-src 'self'",
    "base-uri 'self'",
    "font-src 'self' data:",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "img-src 'self' data:",
    "object-src 'none'",
    "script-src 'self'",
    "script-src-attr 'none'",
    "style-src 'self' 'unsafe-inline'",
    "connect-src 'self'",
  ].join(';');
  return {
    api: { ...common, 'cache-control': 'no-store' },
    document: {
      ...common,
      'content-security-policy': csp,
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'cross-origin-opener-policy': 'same-origin',
      'origin-agent-cluster': '?1',
      'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
    },
  };
}
