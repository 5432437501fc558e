import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { changePasswordInput, loginInput, session, updateMeInput, user } from '../../../shared/auth.ts';
import { errorResponse } from '../../../shared/common.ts';
import type { AppEnv } from '../../context.ts';
import { errors, json } from '../../lib/openapi.ts';
import { featureRouter } from '../../lib/route-kit.ts';
import { changePassword } from './change-password.ts';
import { logIn } from './log-in.ts';
import { logOut } from './log-out.ts';
import { LoginRateLimiter } from './login-rate-limit.ts';
import { SESSION_COOKIE } from './tokens.ts';
import { getMe, updateMe } from './update-me.ts';

// Whoever is logged in may use these: they act on the caller's own session and profile.
const signedIn = null;

export const PUBLIC_API_PATHS = new Set(['/api/auth/login']);

function clientAddress(c: Context<AppEnv>) {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Mounted at /auth. */
export function authRoutes(secureCookies: boolean, maxLoginFailures: number) {
  const limiter = new LoginRateLimiter(maxLoginFailures);
  return featureRouter({ tags: ['Auth'] })
    .post(
      '/login',
      {
        summary: 'Log in with email and password; sets the session cookie',
        permission: null, // public: listed in PUBLIC_API_PATHS
        body: loginInput,
        response: session,
        returns: 'Logged in; send csrf_token as X-CSRF-Token on every write',
        errors: {
          401: json(errorResponse, 'Email or password is incorrect'),
          422: errors[422],
          429: json(errorResponse, 'Too many failed logins'),
        },
      },
      async (c) => {
        const { config, db } = c.var;
        const result = await logIn(
          {
            db,
            limiter,
            sessionDays: config.TEND_SESSION_DAYS,
            clientAddress: clientAddress(c),
            userAgent: c.req.header('user-agent') ?? null,
          },
          c.req.valid('json'),
        );
        setCookie(c, SESSION_COOKIE, result.token, {
          httpOnly: true,
          sameSite: 'Lax',
          secure: secureCookies,
          path: '/',
          maxAge: config.TEND_SESSION_DAYS * 86_400,
        });
        return c.json({ user: result.user, csrf_token: result.csrf_token }, 200);
      },
    )
    .get(
      '/session',
      {
        summary: 'The logged-in user and the CSRF token',
        permission: signedIn,
        response: session,
        returns: 'The session',
        errors: { 401: errors[401] },
      },
      async (c) => c.json(await getMe(c.var.db, c.var.actor), 200),
    )
    .post(
      '/logout',
      { summary: 'End the session', permission: signedIn, errors: { 401: errors[401], 403: errors[403] } },
      async (c) => {
        await logOut(c.var.db, c.var.actor, getCookie(c, SESSION_COOKIE));
        deleteCookie(c, SESSION_COOKIE, { path: '/' });
        return c.body(null, 204);
      },
    )
    .post(
      '/password',
      {
        summary: 'Change my password (ends my other sessions)',
        permission: signedIn,
        body: changePasswordInput,
      },
      async (c) => {
        await changePassword(c.var.db, c.var.actor, c.req.valid('json'));
        return c.body(null, 204);
      },
    )
    .patch(
      '/me',
      {
        summary: 'Change my name or language',
        permission: signedIn,
        body: updateMeInput,
        response: user,
        returns: 'Updated',
      },
      async (c) => c.json(await updateMe(c.var.db, c.var.actor, c.req.valid('json')), 200),
    ).app;
}
