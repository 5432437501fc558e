// A real Tend app on a real database (embedded PGlite, or PostgreSQL when TEST_DATABASE_URL is set),
// driven through app.request: no port, no mocks.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import type { ApiKeyScope, Role } from '../../shared/auth.ts';
import { createApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { type Database, openDatabase } from '../db/client.ts';
import { createLogger } from '../logger.ts';
import { systemActor } from '../modules/auth/actor.ts';
import { createApiKey } from '../modules/auth/create-api-key.ts';
import { createUser } from '../modules/auth/create-user.ts';
import { dropDatabase, recreateDatabase, withDatabase } from './global-setup.ts';

export const TEST_PASSWORD = 'correct-horse-battery';

export interface Client {
  request(method: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  get(url: string): Promise<Response>;
  post(url: string, body?: unknown): Promise<Response>;
  patch(url: string, body?: unknown): Promise<Response>;
  delete(url: string): Promise<Response>;
}

export type SessionClient = Client & { userId: string; email: string; csrf: string; cookie: string };

export interface TestApp {
  app: ReturnType<typeof createApp>;
  database: Database;
  db: Database['db'];
  /** A client logged in with a new user of this role (cookie session + CSRF header). */
  as(role: Role): Promise<SessionClient>;
  /** A new session of an existing user; throws unless the login answers 200. */
  logIn(email: string, password?: string): Promise<SessionClient>;
  /** A client authenticated with a new API key of these scopes. */
  withKey(scopes: ApiKeyScope[]): Promise<Client>;
  anonymous: Client;
  close(): Promise<void>;
}

export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const dbName = `tend_test_${randomBytes(6).toString('hex')}`;
  let dataDir: string | undefined;
  if (serverUrl) await recreateDatabase(serverUrl, dbName, inject('templateDb'));
  else dataDir = copyTemplateDir();
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    TEND_DB_POOL: '4',
    // Cheaper hashes keep the suite fast; production hashes use the default cost (TEND_PASSWORD_COST).
    TEND_PASSWORD_COST: '14',
    ...(serverUrl ? { DATABASE_URL: withDatabase(serverUrl, dbName) } : { TEND_DATA_DIR: dataDir }),
    ...env,
  });
  const database = await openDatabase(config);
  const app = createApp({ db: database.db, config, logger: createLogger('silent') });
  const client = (headers: Record<string, string>): Client => {
    const request = (method: string, url: string, body?: unknown, extra: Record<string, string> = {}) =>
      Promise.resolve(
        app.request(url, {
          method,
          headers: {
            ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
            ...headers,
            ...extra,
          },
          body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
        }),
      );
    return {
      request,
      get: (url) => request('GET', url),
      post: (url, body) => request('POST', url, body),
      patch: (url, body) => request('PATCH', url, body),
      delete: (url) => request('DELETE', url),
    };
  };
  const logIn = async (email: string, password = TEST_PASSWORD): Promise<SessionClient> => {
    const res = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const { user, csrf_token } = (await res.json()) as { user: { id: string }; csrf_token: string };
    return {
      ...client({ cookie, 'x-csrf-token': csrf_token }),
      userId: user.id,
      email,
      csrf: csrf_token,
      cookie,
    };
  };
  let n = 0;
  return {
    app,
    database,
    db: database.db,
    anonymous: client({}),
    async as(role) {
      const email = `${role}-${++n}-${randomBytes(3).toString('hex')}@test.local`;
      await createUser(database.db, systemActor('test'), {
        email,
        name: `Test ${role} ${n}`,
        role,
        locale: 'en',
        password: TEST_PASSWORD,
      });
      return logIn(email);
    },
    logIn,
    async withKey(scopes) {
      const key = await createApiKey(database.db, systemActor('test'), {
        name: `test ${scopes.join('+')}`,
        scopes,
      });
      return client({ authorization: `Bearer ${key.key}` });
    },
    async close() {
      await database.close();
      if (serverUrl) await dropDatabase(serverUrl, dbName);
      if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function copyTemplateDir(): string {
  const template = inject('templateDir');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tend-test-'));
  if (template) fs.cpSync(path.join(template, 'pg'), path.join(dir, 'pg'), { recursive: true });
  return dir;
}
