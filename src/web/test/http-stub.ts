// The web app's boundary is HTTP: tests answer its fetches here instead of replacing any of our modules.
import { vi } from 'vitest';
import type { Role, Session } from '../../shared/auth.ts';

export type StubRequest = { method: string; path: string; body: unknown };
type Answer =
  | { status?: number; body?: unknown }
  | ((req: StubRequest) => { status?: number; body?: unknown });
/** Answers keyed "METHOD /api/path" (query string left out); anything else answers 404. */
export type Routes = Record<string, Answer>;

export type HttpStub = { requests: StubRequest[]; answer: (key: string, answer: Answer) => void };

export function stubHttp(routes: Routes): HttpStub {
  const table = new Map(Object.entries(routes));
  const requests: StubRequest[] = [];
  vi.stubGlobal('fetch', async (input: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    const path = String(input).split('?')[0] ?? '';
    const req = { method, path, body: init.body ? JSON.parse(String(init.body)) : undefined };
    requests.push(req);
    const found = table.get(`${method} ${path}`);
    const answer = typeof found === 'function' ? found(req) : found;
    if (!answer) return json(404, { error: { code: 'not_found', message: `${method} ${path}` } });
    return answer.status === 204
      ? new Response(null, { status: 204 })
      : json(answer.status ?? 200, answer.body);
  });
  return { requests, answer: (key, a) => table.set(key, a) };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body ?? null), { status, headers: { 'Content-Type': 'application/json' } });

/** A signed-in user of the given role, as GET /api/auth/session answers. */
export function sessionAs(role: Role): { body: Session } {
  const at = '2026-12-01T09:00:00.000Z';
  const user = { id: '0193a000-0000-7000-8000-000000000001', email: 'ada@example.com', name: 'Ada' };
  return {
    body: {
      user: { ...user, role, locale: 'en', active: true, last_login_at: at, created_at: at, updated_at: at },
      csrf_token: 'test-csrf',
    },
  };
}
