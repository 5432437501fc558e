import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { API_DOCS_PATHS } from './api-docs.ts';

type Policy = Record<string, string[]>;

/**
 * The web app's policy: script, style, images and requests from our own origin only, so a name that slips
 * past escaping still cannot load or run script. No inline script anywhere (index.html and the Vite build
 * have none). Inline `style=` attributes are allowed, and only they: without it Chromium blocks the
 * style attributes React renders on every page (the login page included) and ECharts' tooltip markup,
 * thousands of violations in the hostile-names sweep; style attributes cannot run script.
 */
export const APP_POLICY: Policy = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'style-src-attr': ["'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'frame-ancestors': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/**
 * Swagger UI at /docs loads its bundle and stylesheet from the CDN that @hono/swagger-ui points at; only
 * that page may, and it still runs no inline script (its start-up script is served from /docs/init.js).
 */
export const DOCS_POLICY: Policy = {
  'default-src': ["'none'"],
  'script-src': ["'self'", 'https://cdn.jsdelivr.net'],
  'style-src': ["'self'", 'https://cdn.jsdelivr.net', "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'frame-ancestors': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

export const policyHeader = (policy: Policy) =>
  Object.entries(policy)
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');

const APP_CSP = policyHeader(APP_POLICY);
const DOCS_CSP = policyHeader(DOCS_POLICY);

/**
 * Security headers on every answer (web app, API, errors): the CSP, no MIME sniffing, no framing, a
 * referrer without paths for other sites, and HSTS only when the instance says it is served over HTTPS
 * (TEND_SECURE_COOKIES), since HSTS on plain HTTP would lock browsers out of a test instance.
 */
export function securityHeaders(options: { https: boolean }): MiddlewareHandler {
  const common = secureHeaders({
    crossOriginEmbedderPolicy: false,
    referrerPolicy: 'strict-origin-when-cross-origin',
    xFrameOptions: 'DENY',
    strictTransportSecurity: options.https ? 'max-age=31536000; includeSubDomains' : false,
  });
  return async (c, next) => {
    await common(c, next);
    c.res.headers.set('Content-Security-Policy', API_DOCS_PATHS.has(c.req.path) ? DOCS_CSP : APP_CSP);
  };
}
