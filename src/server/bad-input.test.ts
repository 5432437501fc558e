// Every write endpoint, and the list endpoints' query strings, fed bad input: each case answers a 4xx in
// Tend's error shape and leaves every table (the audit log included) exactly as it was. Never a 500.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CODES,
  emptyPatchCases,
  genericCases,
  queryCases,
  scorecardDoc,
  specificCases,
  UNKNOWN,
  VALID,
} from './bad-input.cases.ts';
import { type DatabaseState, databaseState } from './test/database-state.ts';
import { type Client, createTestApp, type SessionClient, type TestApp } from './test/harness.ts';

let t: TestApp;
let admin: SessionClient;
/** Fixture ids by name, for the `:name` placeholders of the cases. */
const ids: Record<string, string> = { unknown: UNKNOWN };

function fill(value: unknown): unknown {
  if (typeof value === 'string')
    return value.replace(/:([A-Za-z0-9]+)/g, (m, name: string) => ids[name] ?? m);
  if (Array.isArray(value)) return value.map(fill);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v)]));
  return value;
}

async function created(res: Promise<Response>): Promise<string> {
  const r = await res;
  expect(r.status).toBe(201);
  return (await r.json()).id;
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.as('admin');
  const existing = await admin.post('/api/users', {
    email: 'existing@bad.test',
    name: 'Existing',
    role: 'csm',
    password: 'long-enough-1',
  });
  const userId: string = (await existing.json()).id;
  ids.user = userId;
  ids.teamUser = userId;
  ids.adminEmail = admin.email;
  ids.existingEmailUpper = 'EXISTING@BAD.TEST';
  ids.account = await created(admin.post('/api/accounts', { name: 'Fixture A', external_id: 'EXT-A' }));
  ids.accountB = await created(admin.post('/api/accounts', { name: 'Fixture B', external_id: 'EXT-B' }));
  ids.child = await created(admin.post('/api/accounts', { name: 'Child of A', parent_id: ids.account }));
  ids.contact = await created(
    admin.post(`/api/accounts/${ids.account}/contacts`, { name: 'Taken', email: 'taken@bad.test' }),
  );
  ids.contact2 = await created(
    admin.post(`/api/accounts/${ids.account}/contacts`, { name: 'Other', email: 'other@bad.test' }),
  );
  ids.member = await created(
    admin.post(`/api/accounts/${ids.account}/team`, { user_id: userId, role: 'csm' }),
  );
  ids.member2 = await created(
    admin.post(`/api/accounts/${ids.account}/team`, { user_id: userId, role: 'ae' }),
  );
  ids.rule = await created(admin.post('/api/rules', VALID['POST /api/rules']));
  ids.cta = await created(
    admin.post('/api/ctas', { account_id: ids.account, type: 'risk', title: 'Fixture CTA' }),
  );
  ids.task = (
    await t.db
      .insertInto('tasks')
      .values({ account_id: ids.account, title: 'Fixture task' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  ids.channel = await created(
    admin.post('/api/notifications/channels', VALID['POST /api/notifications/channels']),
  );
  ids.contract = await created(
    admin.post(`/api/accounts/${ids.account}/contracts`, VALID['POST /api/accounts/:account/contracts']),
  );
  ids.contactB = await created(admin.post(`/api/accounts/${ids.accountB}/contacts`, { name: 'Of B' }));
  const scorecard = await admin.post('/api/scorecards', scorecardDoc(true));
  expect(scorecard.status).toBe(201);
  ids.scorecard = (await scorecard.json()).scorecard.id;
  ids.ticket = await created(
    admin.post(`/api/accounts/${ids.account}/tickets`, { subject: 'Taken', external_id: 'TICKET-1' }),
  );
  ids.opportunity = await created(admin.post('/api/renewals', fill(VALID['POST /api/renewals'])));
  await teamFixtures();
});

/** A member (of the admin, so the pulse has a member), an open requisition with a candidate, a closed one. */
async function teamFixtures() {
  ids.adminUser = admin.userId;
  ids.teamMember = await created(
    admin.post('/api/team/members', {
      user_id: admin.userId,
      name: 'Fixture member',
      title: 'CSM',
      track: 'ic',
      level: 2,
      start_date: '2026-01-05',
    }),
  );
  const requisition = {
    title: 'CSM',
    track: 'ic',
    level: 2,
    hiring_manager_id: admin.userId,
    opened_on: '2026-01-05',
    competencies: [{ key: 'onboarding', name: 'Onboarding' }],
    stages: [{ key: 'panel', name: 'Panel' }],
  };
  ids.requisition = await created(admin.post('/api/hiring/requisitions', requisition));
  ids.candidate = await created(
    admin.post(`/api/hiring/requisitions/${ids.requisition}/candidates`, { name: 'C' }),
  );
  ids.closedRequisition = await created(admin.post('/api/hiring/requisitions', requisition));
  ids.closedCandidate = await created(
    admin.post(`/api/hiring/requisitions/${ids.closedRequisition}/candidates`, { name: 'D' }),
  );
  await admin.patch(`/api/hiring/requisitions/${ids.closedRequisition}`, { status: 'closed' });
}
afterAll(() => t?.close());

async function send(client: Client, endpoint: string, body: unknown, headers?: Record<string, string>) {
  const [method = '', path = ''] = endpoint.split(' ');
  const url = fill(path) as string;
  const payload =
    typeof body === 'string'
      ? (fill(body) as string)
      : body === undefined
        ? undefined
        : JSON.stringify(fill(body));
  return client.request(method, url, payload, headers);
}

describe.each([
  ['write endpoints, any input', genericCases],
  ['write endpoints, field by field', specificCases],
  ['PATCH endpoints, nothing to change', emptyPatchCases],
  ['list query strings', queryCases],
])('bad input: %s', (_, cases) => {
  const rows = cases.map(
    ([endpoint, problem, body, status, headers]) => [endpoint, problem, status, body, headers] as const,
  );
  it.each(rows)(
    '%s with %s answers %i and writes nothing',
    async (endpoint, _problem, status, body, headers) => {
      const client = endpoint.startsWith('POST /api/auth/login') ? t.anonymous : admin;
      const before: DatabaseState = await databaseState(t.db);
      const res = await send(client, endpoint, body, headers);
      const text = await res.text();
      expect({ status: res.status, body: text.slice(0, 300) }).toMatchObject({ status });
      const error = JSON.parse(text).error;
      expect(Object.keys(error).sort()).toEqual(['code', 'details', 'message']);
      expect(error.code).toBe(CODES[status]);
      expect(error.message).toEqual(expect.any(String));
      expect(error.message.length).toBeGreaterThan(0);
      // A 422 lists its problems as field issues, which the web app shows next to each field.
      if (status === 422)
        expect(error.details).toEqual(
          expect.arrayContaining([expect.objectContaining({ path: expect.any(Array) })]),
        );
      expect(await databaseState(t.db)).toEqual(before);
    },
  );
});

describe('an empty PATCH', () => {
  it('says "nothing to change", in the reader\'s language', async () => {
    for (const [locale, message] of [
      ['en', 'nothing to change'],
      ['ru', 'нечего изменять'],
    ]) {
      const res = await admin.request(
        'PATCH',
        `/api/tasks/${ids.task}`,
        {},
        { 'accept-language': locale as string },
      );
      expect(res.status).toBe(422);
      expect(JSON.stringify((await res.json()).error)).toContain(message);
    }
  });
});

describe('bad input table', () => {
  // Ingest endpoints live outside /api and have their own tests.
  it('covers every /api write endpoint of the OpenAPI document', () => {
    const doc = t.app.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 'Tend', version: 'test' } });
    const apiPaths = Object.entries(doc.paths ?? {}).filter(([path]) => path.startsWith('/api/'));
    expect(apiPaths.length).toBeGreaterThan(10);
    const writes = apiPaths.flatMap(([path, item]) =>
      ['post', 'patch', 'put']
        .filter(
          (m) => m in (item ?? {}) && (item as Record<string, { requestBody?: unknown }>)[m]?.requestBody,
        )
        .map((m) => `${m.toUpperCase()} ${path}`),
    );
    const normalise = (e: string) => e.replace(/[:{]\w+\}?/g, ':id');
    expect(new Set(Object.keys(VALID).map(normalise))).toEqual(new Set(writes.map(normalise)));
  });
});
