import type { Context } from 'hono';
import type { AppEnv } from '../../context.ts';
import { AppError } from '../../errors.ts';

/**
 * A second line behind the CSRF token for cookie-authenticated writes: the browser says where the request
 * comes from, and a write from another site is refused even if a token leaked. Requests that carry neither
 * header (curl, the CLI, older browsers) still need the right token. Hosts are compared, not schemes, so
 * a proxy that ends TLS in front of plain HTTP needs no setting; TEND_PUBLIC_URL covers one that changes
 * the Host header.
 */
export function assertSameOriginWrite(c: Context<AppEnv>) {
  if (c.req.header('sec-fetch-site') === 'cross-site') throw crossSite();
  const origin = c.req.header('origin');
  if (origin === undefined) return;
  const from = hostOf(origin);
  const publicUrl = c.var.config.TEND_PUBLIC_URL;
  const own = [new URL(c.req.url).host, c.req.header('host'), publicUrl && hostOf(publicUrl)];
  if (!from || !own.includes(from)) throw crossSite();
}

/** The host of an Origin header; undefined for `null` (sandboxed frames, some redirects) or garbage. */
function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host || undefined;
  } catch {
    return undefined;
  }
}

const crossSite = () =>
  new AppError('csrf_origin', 'Writes with a session cookie must come from Tend itself, not another site');
