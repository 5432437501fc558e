// Bad input to the Segment-compatible ingest: every body gets a 200 with per-message rejections or a 4xx
// for the whole body, never a 500, and nothing is half-written: the good messages of a batch are stored,
// the rest not at all.
import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { systemActor } from '../auth/actor.ts';
import { createApiKey } from '../auth/create-api-key.ts';
import { messageCases, nestedObject } from './ingest-bad-input.cases.ts';

let t: TestApp;
let writeKey: string;

beforeAll(async () => {
  t = await createTestApp();
  writeKey = (await createApiKey(t.db, systemActor('test'), { name: 'bad input', scopes: ['ingest'] })).key;
});
afterAll(async () => {
  await t?.close();
});

type Body = string | Uint8Array | ReadableStream<Uint8Array>;

const post = (path: string, body: Body, headers: Record<string, string> = {}) =>
  t.app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${writeKey}`, ...headers },
    body,
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);

/** Rows in the tables a request may write: claimed messageIds, events, rejections kept for the debugger. */
async function stored() {
  const { rows } = await sql<{ messages: number; events: number; rejections: number }>`
    select (select count(*)::int from ingest_messages) as messages,
      (select count(*)::int from raw_events) as events,
      (select count(*)::int from ingest_rejections) as rejections`.execute(t.db);
  return rows[0] as { messages: number; events: number; rejections: number };
}

const uniqueId = (prefix: string) => `${prefix}-${randomBytes(6).toString('hex')}`;
const goodTrack = (messageId: string) =>
  JSON.stringify({ type: 'track', userId: 'good-user', event: 'Good', messageId });
const batchOf = (messages: string[], extra = '') => `{"batch":[${messages.join(',')}]${extra}}`;

describe('ingest: a bad body is refused whole with a 4xx', () => {
  const tinyBatch = batchOf(
    Array.from({ length: 100 }, (_, i) => `{"type":"track","userId":"u","event":"E${i}"}`),
  );
  const cases: [string, string, Body | (() => Body), Record<string, string>, number, string][] = [
    ['a body that is not JSON', '/v1/batch', '{"batch": [', {}, 400, 'invalid_json'],
    ['an empty body', '/v1/batch', '', {}, 400, 'invalid_json'],
    [
      'a form-encoded body',
      '/v1/batch',
      'batch=1',
      { 'content-type': 'application/x-www-form-urlencoded' },
      400,
      'invalid_json',
    ],
    ['a JSON array', '/v1/batch', '[]', {}, 400, 'bad_request'],
    ['JSON null', '/v1/batch', 'null', {}, 400, 'bad_request'],
    ['a batch that is a string', '/v1/batch', '{"batch":"x"}', {}, 400, 'bad_request'],
    ['over 10,000 messages', '/v1/batch', () => batchOf(Array(10_001).fill('{}')), {}, 400, 'bad_request'],
    ['gzip that is not gzip', '/v1/batch', 'not gzip', { 'content-encoding': 'gzip' }, 400, 'bad_request'],
    [
      'truncated gzip',
      '/v1/batch',
      () => gzipSync(tinyBatch).subarray(0, 200),
      { 'content-encoding': 'gzip' },
      400,
      'bad_request',
    ],
    ['brotli', '/v1/batch', tinyBatch, { 'content-encoding': 'br' }, 415, 'unsupported_media_type'],
    [
      'a batch over 500 KB',
      '/v1/batch',
      () => batchOf([goodTrack('x'.repeat(520 * 1024))]),
      {},
      413,
      'payload_too_large',
    ],
    [
      'a gzip bomb (20 MB of spaces)',
      '/v1/batch',
      () => gzipSync(Buffer.alloc(20 * 1024 * 1024, ' ')),
      { 'content-encoding': 'gzip' },
      413,
      'payload_too_large',
    ],
    [
      '600 KB of incompressible gzip',
      '/v1/batch',
      () => randomBytes(600 * 1024),
      { 'content-encoding': 'gzip' },
      413,
      'payload_too_large',
    ],
    [
      'a single message over 32 KB',
      '/v1/track',
      () => goodTrack('y'.repeat(40 * 1024)),
      {},
      413,
      'payload_too_large',
    ],
    [
      'a batch context with a lone surrogate',
      '/v1/batch',
      batchOf([goodTrack('ctx-1')], ',"context":{"app":"\\ud800"}'),
      {},
      400,
      'bad_request',
    ],
    [
      'a batch context 10,000 levels deep',
      '/v1/batch',
      () => batchOf([goodTrack('ctx-2')], `,"context":${nestedObject(10_000)}`),
      {},
      400,
      'bad_request',
    ],
    [
      'a batch context that, repeated in each message, passes 5 MB',
      '/v1/batch',
      () =>
        batchOf(
          Array.from({ length: 100 }, (_, i) => goodTrack(`ctx-big-${i}`)),
          `,"context":{"blob":"${'z'.repeat(60 * 1024)}"}`,
        ),
      {},
      413,
      'payload_too_large',
    ],
  ];

  it.each(cases)(
    'answers %s with a clear error and stores nothing',
    async (_, path, body, headers, status, code) => {
      const before = await stored();
      const res = await post(path, typeof body === 'function' ? body() : body, headers);
      expect(res.status).toBe(status);
      expect((await res.json()).error.code).toBe(code);
      expect(await stored()).toEqual(before);
    },
  );

  it('answers 413 to an endless body as soon as it passes the limit', async () => {
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 64 * 1024;
        controller.enqueue(new Uint8Array(64 * 1024).fill(0x20));
      },
    });
    const res = await post('/v1/batch', endless);
    expect(res.status).toBe(413);
    expect(sent).toBeLessThan(2 * 1024 * 1024);
  });
});

describe('ingest: content types', () => {
  // Segment's server libraries send application/json; analytics.js sends text/plain through sendBeacon.
  it.each([['text/plain'], ['text/plain;charset=UTF-8'], ['']])('reads a %s body as JSON', async (type) => {
    const messageId = uniqueId('ctype');
    const res = await post('/v1/batch', batchOf([goodTrack(messageId)]), { 'content-type': type });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ accepted: 1, rejected: [] });
  });
});

describe('ingest: a bad message is rejected alone', () => {
  it.each(messageCases)('rejects %s and stores the rest of its batch', async (_, message, code, says) => {
    const [first, last] = [uniqueId('good'), uniqueId('good')];
    const before = await stored();
    const res = await post('/v1/batch', batchOf([goodTrack(first), message, goodTrack(last)]));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ success: true, accepted: 2, duplicates: 0 });
    expect(body.rejected).toEqual([{ index: 1, code, message: expect.stringContaining(says) }]);
    const after = await stored();
    expect(after).toEqual({
      messages: before.messages + 2,
      events: before.events + 2,
      rejections: before.rejections + 1,
    });
    const { rows } = await sql<{ message_id: string }>`
      select message_id from raw_events where message_id in (${first}, ${last}) order by message_id`.execute(
      t.db,
    );
    expect(rows.map((r) => r.message_id)).toEqual([first, last].sort());
  });

  it.each([
    ['/v1/track', `{"userId":"u","event":"E","properties":{"bad":"\\udfff"}}`, 'lone UTF-16 surrogate'],
    ['/v1/track', `{"userId":"u","event":"E","properties":${nestedObject(5000)}}`, 'nested deeper than 64'],
    ['/v1/identify', `{"userId":"u","traits":{"\\ud800":"x"}}`, 'a key contains a lone'],
    ['/v1/page', `{"userId":"u","name":"P","properties":{"n":1e999}}`, 'too large'],
  ])(
    'answers a single bad message on %s with its rejection and stores nothing',
    async (path, message, says) => {
      const before = await stored();
      const res = await post(path, message);
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(body).toMatchObject({ accepted: 0, duplicates: 0 });
      expect(body.rejected).toEqual([
        { index: 0, code: 'invalid_message', message: expect.stringContaining(says) },
      ]);
      expect(await stored()).toEqual({ ...before, rejections: before.rejections + 1 });
    },
  );
});

describe('ingest: unusual but storable messages are stored as sent', () => {
  async function storedEvent(messageId: string) {
    return t.db
      .selectFrom('raw_events')
      .select(['properties', 'context', 'group_id', 'account_id'])
      .where('message_id', '=', messageId)
      .executeTakeFirstOrThrow();
  }

  it('stores properties nested to the limit of 64 levels', async () => {
    const messageId = uniqueId('deep-ok');
    const message = `{"type":"track","userId":"u","event":"Deep","messageId":"${messageId}","properties":${nestedObject(63)}}`;
    const res = await post('/v1/batch', batchOf([message]));
    expect(await res.json()).toMatchObject({ accepted: 1, rejected: [] });
    const { properties } = await storedEvent(messageId);
    expect(JSON.stringify(properties)).toBe(nestedObject(63));
  });

  it('stores emoji (surrogate pairs) in values and keys', async () => {
    const messageId = uniqueId('emoji');
    const properties = { '🎉': 'party 😀', mixed: 'a\u{1F600}b' };
    const res = await post(
      '/v1/track',
      JSON.stringify({ userId: 'u', event: 'Emoji ✓', messageId, properties }),
    );
    expect(await res.json()).toMatchObject({ accepted: 1, rejected: [] });
    expect((await storedEvent(messageId)).properties).toEqual(properties);
  });

  it('drops __proto__ keys without touching any prototype or account', async () => {
    await post(
      '/v1/group',
      JSON.stringify({ userId: 'owner', groupId: 'proto-co', traits: { name: 'Proto Co' } }),
    );
    const messageId = uniqueId('proto');
    const message =
      `{"userId":"proto-user","event":"Proto","messageId":"${messageId}",` +
      `"properties":{"__proto__":{"isAdmin":true},"plan":"pro"},"context":{"__proto__":{"groupId":"proto-co"}}}`;
    const res = await post('/v1/track', message);
    expect(await res.json()).toMatchObject({ accepted: 1, rejected: [] });
    const event = await storedEvent(messageId);
    expect(event).toMatchObject({ properties: { plan: 'pro' }, group_id: null, account_id: null });
    expect(Object.keys(event.properties as object)).toEqual(['plan']);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('stores an integer beyond 2^53 in properties as the double JSON.parse reads', async () => {
    const messageId = uniqueId('bigint');
    const message = `{"userId":"u","event":"Big","messageId":"${messageId}","properties":{"big":12345678901234567890}}`;
    expect(await (await post('/v1/track', message)).json()).toMatchObject({ accepted: 1 });
    const { rows } = await sql<{ big: string }>`
      select properties->>'big' as big from raw_events where message_id = ${messageId}`.execute(t.db);
    expect(rows[0]?.big).toBe('12345678901234567000');
  });
});
