import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { ApiKeyScope, Role } from '../../../shared/auth.ts';
import type { AppEnv } from '../../context.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from './actor.ts';
import { findApiKey, touchApiKey } from './api-key-store.ts';
import { type Permission, permissionsOfScopes, ROLE_PERMISSIONS } from './permissions.ts';
import { assertSameOriginWrite } from './same-origin.ts';
import { findSession } from './sessions.ts';
import { CSRF_HEADER, SESSION_COOKIE } from './tokens.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Resolves the actor from a Bearer API key or the session cookie. Cookie-authenticated writes must carry
 * the session's CSRF token in a header, which a cross-site form or image cannot set, and must not come
 * from another site (same-origin.ts).
 */
export const authenticate: MiddlewareHandler<AppEnv> = async (c, next) => {
  const db = c.var.db;
  const authorization = c.req.header('authorization');
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match?.[1])
      throw new AppError('unauthenticated', 'The Authorization header must be "Bearer <API key>"');
    const key = await findApiKey(db, match[1]);
    if (!key) throw new AppError('unauthenticated', 'The API key is not valid or has been revoked');
    void touchApiKey(db, key.id).catch(() => {});
    c.set('actor', apiKeyActor(key));
    return next();
  }
  const token = getCookie(c, SESSION_COOKIE);
  const session = token ? await findSession(db, token) : undefined;
  if (!session?.active) throw new AppError('unauthenticated', 'Log in to continue');
  if (!SAFE_METHODS.has(c.req.method)) {
    assertSameOriginWrite(c);
    if (c.req.header(CSRF_HEADER) !== session.csrf_token)
      throw new AppError(
        'csrf_failed',
        `Missing or wrong ${CSRF_HEADER} header; reload the page and try again`,
      );
  }
  const role = session.role as Role;
  c.set('actor', {
    type: 'user',
    id: session.id,
    label: session.email,
    role,
    permissions: new Set(ROLE_PERMISSIONS[role]),
    sessionId: session.session_id,
    csrfToken: session.csrf_token,
  });
  return next();
};

function apiKeyActor(key: { id: string; name: string; scopes: string[] }): Actor {
  return {
    type: 'api_key',
    id: key.id,
    label: `API key "${key.name}"`,
    role: null,
    permissions: permissionsOfScopes(key.scopes as ApiKeyScope[]),
  };
}

export function assertPermission(actor: Actor, permission: Permission) {
  if (!actor.permissions.has(permission)) {
    const who = actor.type === 'api_key' ? 'This API key lacks the scope' : 'Your role does not allow this';
    throw new AppError('forbidden', `${who} (${permission})`, { required: permission });
  }
}

export const requirePermission =
  (permission: Permission): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    assertPermission(c.var.actor, permission);
    return next();
  };
