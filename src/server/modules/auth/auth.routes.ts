import { getConnInfo } from '@hono/node-server/conninfo';
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { changePasswordInput, loginInput, session, updateMeInput, user } from '../../../shared/auth.ts';
import { errorResponse } from '../../../shared/common.ts';
import type { AppEnv } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { createRouter, errors, json, jsonBody, noContent } from '../../lib/openapi.ts';
import { changePassword } from './change-password.ts';
import { logIn } from './log-in.ts';
import { logOut } from './log-out.ts';
import { LoginRateLimiter } from './login-rate-limit.ts';
import { SESSION_COOKIE } from './tokens.ts';
import { getMe, updateMe } from './update-me.ts';

const loginRoute = createRoute({
  method: 'post',
  path: '/auth/login',
  tags: ['Auth'],
  summary: 'Log in with email and password; sets the session cookie',
  request: { body: jsonBody(loginInput) },
  responses: {
    200: json(session, 'Logged in; send csrf_token as X-CSRF-Token on every write'),
    401: json(errorResponse, 'Email or password is incorrect'),
    422: errors[422],
    429: json(errorResponse, 'Too many failed logins'),
  },
});

const sessionRoute = createRoute({
  method: 'get',
  path: '/auth/session',
  tags: ['Auth'],
  summary: 'The logged-in user and the CSRF token',
  responses: { 200: json(session, 'The session'), 401: errors[401] },
});

const logoutRoute = createRoute({
  method: 'post',
  path: '/auth/logout',
  tags: ['Auth'],
  summary: 'End the session',
  responses: { ...noContent, 401: errors[401], 403: errors[403] },
});

const passwordRoute = createRoute({
  method: 'post',
  path: '/auth/password',
  tags: ['Auth'],
  summary: 'Change my password (ends my other sessions)',
  request: { body: jsonBody(changePasswordInput) },
  responses: { ...noContent, ...errors },
});

const updateMeRoute = createRoute({
  method: 'patch',
  path: '/auth/me',
  tags: ['Auth'],
  summary: 'Change my name or language',
  request: { body: jsonBody(updateMeInput) },
  responses: { 200: json(user, 'Updated'), ...errors },
});

export const PUBLIC_API_PATHS = new Set(['/api/auth/login']);

function clientAddress(c: Context<AppEnv>) {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

export function authRoutes(secureCookies: boolean, maxLoginFailures: number) {
  const limiter = new LoginRateLimiter(maxLoginFailures);
  return createRouter()
    .openapi(loginRoute, async (c) => {
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
    })
    .openapi(sessionRoute, async (c) => c.json(await getMe(c.var.db, c.var.actor), 200))
    .openapi(logoutRoute, async (c) => {
      await logOut(c.var.db, c.var.actor, getCookie(c, SESSION_COOKIE));
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    })
    .openapi(passwordRoute, async (c) => {
      await changePassword(c.var.db, c.var.actor, c.req.valid('json'));
      return c.body(null, 204);
    })
    .openapi(updateMeRoute, async (c) =>
      c.json(await updateMe(c.var.db, c.var.actor, c.req.valid('json')), 200),
    );
}
