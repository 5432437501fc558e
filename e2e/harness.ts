// Starts the real Tend server as a child process on a free port with a fresh data directory,
// and talks to its API the way the web app does (session cookie + CSRF header).
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const ADMIN_EMAIL = 'admin@tend.local';
export const ADMIN_PASSWORD = 'e2e-admin-password';

export type TendServer = { url: string; dataDir: string; stop: () => Promise<void> };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Tend exited with ${child.exitCode}:\n${output()}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Tend did not become healthy within ${timeoutMs}ms:\n${output()}`);
}

/** `env` overrides the defaults, e.g. a faster rules sweep or no demo company for a test with its own server. */
export async function startServer(env: Record<string, string> = {}): Promise<TendServer> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tend-e2e-'));
  const url = `http://127.0.0.1:${port}`;
  const child = spawn('npx', ['tsx', 'src/cli/main.ts', 'serve'], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      TEND_DATA_DIR: dataDir,
      TEND_ADMIN_EMAIL: ADMIN_EMAIL,
      TEND_ADMIN_PASSWORD: ADMIN_PASSWORD,
      TEND_SEED_DEMO: 'true',
      // Failed deliveries give up within seconds (1 s, 2 s, 4 s), so a test can see one fail.
      TEND_NOTIFY_RETRY_SECONDS: '1',
      // The receivers of the tests listen on 127.0.0.1.
      TEND_ALLOW_PRIVATE_OUTBOUND: 'true',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });

  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      const exited = new Promise((r) => child.once('exit', r));
      process.kill(-child.pid, 'SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForHealth(url, child, () => output, 150_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, dataDir, stop };
}

/** An API session, as the web app holds one: cookie plus CSRF token. */
export type ApiSession = {
  get<T>(path: string): Promise<T>;
  send<T>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T>;
};

export async function apiLogin(baseUrl: string, email: string, password: string): Promise<ApiSession> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`login as ${email} answered ${res.status}: ${await res.text()}`);
  const { csrf_token } = (await res.json()) as { csrf_token: string };
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const r = await fetch(`${baseUrl}/api${path}`, {
      method,
      headers: {
        cookie,
        'X-CSRF-Token': csrf_token,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!r.ok) throw new Error(`${method} ${path} answered ${r.status}: ${await r.text()}`);
    return (r.status === 204 ? undefined : await r.json()) as T;
  };
  return { get: (path) => call('GET', path), send: (method, path, body) => call(method, path, body) };
}

let userCounter = 0;

/** A new user made by the admin, so a test can change its own settings without touching others. */
export async function createUser(
  baseUrl: string,
  role: 'admin' | 'cs_manager' | 'csm' | 'viewer',
  locale: 'en' | 'ru' | 'ko' | 'zh' = 'en',
): Promise<{ email: string; password: string; name: string }> {
  const admin = await apiLogin(baseUrl, ADMIN_EMAIL, ADMIN_PASSWORD);
  userCounter += 1;
  const user = {
    email: `e2e-${role}-${Date.now()}-${userCounter}@tend.local`,
    name: `E2E ${role} ${userCounter}`,
    password: 'e2e-user-password',
  };
  await admin.send('POST', '/users', { ...user, role, locale, current_password: ADMIN_PASSWORD });
  return user;
}
