// Crash safety of the ingest: the real `tend serve` in a child process takes batches from several clients at
// once and is killed with SIGKILL mid-stream. Every batch it acknowledged with 200 must be stored, each message
// once; a batch in flight may or may not be, but never in part, and a client's retry stores it exactly once.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { openDatabase } from '../../db/client.ts';
import { dropDatabase, recreateDatabase, withDatabase } from '../../test/global-setup.ts';
import { startTendProcess, type TendProcess } from '../../test/tend-process.ts';
import { systemActor } from '../auth/actor.ts';
import { createApiKey } from '../auth/create-api-key.ts';
import { attachPendingEvents } from './attach-pending-events.ts';
import { rollupUsage } from './rollup-usage.ts';

const CLIENTS = 4;
const BATCH = 50;
/** Acknowledged batches before the kill: enough to be well into the stream, on either backend. */
const KILL_AFTER_ACKS = 40;
const ACCOUNTS = ['crash-co-1', 'crash-co-2', 'crash-co-3'];

const serverUrl = process.env.TEST_DATABASE_URL;
const dbName = `tend_crash_${randomBytes(4).toString('hex')}`;
let env: Record<string, string>;
let cleanup: () => Promise<void>;
let writeKey: string;

beforeAll(async () => {
  if (serverUrl) {
    await recreateDatabase(serverUrl, dbName, inject('templateDb'));
    env = { DATABASE_URL: withDatabase(serverUrl, dbName) };
    cleanup = () => dropDatabase(serverUrl, dbName);
  } else {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tend-crash-'));
    fs.cpSync(path.join(inject('templateDir'), 'pg'), path.join(dataDir, 'pg'), { recursive: true });
    env = { TEND_DATA_DIR: dataDir, DATABASE_URL: '' };
    cleanup = async () => fs.rmSync(dataDir, { recursive: true, force: true });
  }
  writeKey = await withDb(
    async (db) => (await createApiKey(db, systemActor('test'), { name: 'crash', scopes: ['ingest'] })).key,
  );
});
afterAll(async () => {
  await cleanup?.();
});

/** Opens the database in this process (the server must not be running on the embedded backend). */
async function withDb<T>(work: (db: Awaited<ReturnType<typeof openDatabase>>['db']) => Promise<T>) {
  const database = await openDatabase(loadConfig({ ...env, LOG_LEVEL: 'silent' }));
  try {
    return await work(database.db);
  } finally {
    await database.close();
  }
}

interface SentBatch {
  ids: string[];
  body: string;
  acked: boolean;
}

function makeBatch(client: number, n: number): SentBatch {
  const day = Date.UTC(2026, 10, 1 + ((client + n) % 20));
  const messages = Array.from({ length: BATCH }, (_, i) => ({
    type: 'track',
    messageId: `crash-c${client}-b${n}-m${i}`,
    userId: `crash-user-${(n * BATCH + i) % 40}`,
    event: i % 5 ? 'Dashboard Viewed' : 'Report Exported',
    context: { groupId: ACCOUNTS[i % ACCOUNTS.length] },
    properties: { client, batch: n, i, note: 'x'.repeat(200) },
    timestamp: new Date(day + i * 60_000).toISOString(),
  }));
  return { ids: messages.map((m) => m.messageId), body: JSON.stringify({ batch: messages }), acked: false };
}

async function send(tend: TendProcess, body: string) {
  const res = await fetch(`${tend.url}/v1/batch`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Basic ${Buffer.from(`${writeKey}:`).toString('base64')}`,
    },
    body,
  });
  return { status: res.status, body: (await res.json()) as { accepted: number; duplicates: number } };
}

/** Several clients stream batches until the server dies; the server is SIGKILLed after KILL_AFTER_ACKS. */
async function streamUntilKilled(tend: TendProcess): Promise<SentBatch[]> {
  const sent: SentBatch[] = [];
  let acks = 0;
  const client = async (c: number) => {
    for (let n = 0; ; n++) {
      const batch = makeBatch(c, n);
      sent.push(batch);
      try {
        const res = await send(tend, batch.body);
        if (res.status !== 200) throw new Error(`HTTP ${res.status} ${JSON.stringify(res.body)}`);
        batch.acked = true;
      } catch (err) {
        if (tend.killed) return;
        throw err;
      }
      if (++acks === KILL_AFTER_ACKS) tend.kill('SIGKILL');
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
  await tend.exited;
  return sent;
}

/** How often each crash messageId is stored in raw_events and claimed in ingest_messages. */
async function storedCounts() {
  return withDb(async (db) => {
    const events = await sql<{ message_id: string; n: number }>`
      select message_id, count(*)::int as n from raw_events where message_id like 'crash-c%' group by 1`.execute(
      db,
    );
    const claims = await sql<{ message_id: string }>`
      select message_id from ingest_messages where message_id like 'crash-c%'`.execute(db);
    return {
      events: new Map(events.rows.map((r) => [r.message_id, r.n])),
      claims: new Set(claims.rows.map((r) => r.message_id)),
    };
  });
}

describe(`ingest crash safety (${serverUrl ? 'server' : 'embedded'} backend)`, () => {
  it('keeps every acknowledged message exactly once through a SIGKILL, and a retry stores the rest once', async () => {
    let tend = await startTendProcess(env);
    const groups = ACCOUNTS.map((groupId, i) => ({ type: 'group', userId: `owner-${i}`, groupId }));
    expect((await send(tend, JSON.stringify({ batch: groups }))).status).toBe(200);
    const sent = await streamUntilKilled(tend);
    const acked = sent.filter((b) => b.acked);
    const inFlight = sent.filter((b) => !b.acked);
    expect(acked.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
    expect(inFlight.length).toBeGreaterThan(0);

    // Straight after the kill: every acknowledged message once; a batch in flight whole or not at all.
    const afterKill = await storedCounts();
    for (const id of acked.flatMap((b) => b.ids)) expect(afterKill.events.get(id), id).toBe(1);
    for (const [id, n] of afterKill.events) expect(n, id).toBe(1);
    expect(new Set(afterKill.events.keys())).toEqual(afterKill.claims);
    for (const batch of inFlight) {
      const stored = batch.ids.filter((id) => afterKill.events.has(id)).length;
      expect([0, BATCH]).toContain(stored);
    }

    // Restarted on the same data: the client retries what it saw no answer for, and one it did.
    tend = await startTendProcess(env);
    try {
      for (const batch of inFlight) {
        const res = await send(tend, batch.body);
        expect(res.status).toBe(200);
        expect(res.body.accepted + res.body.duplicates).toBe(BATCH);
      }
      expect((await send(tend, acked[0]?.body ?? '')).body).toMatchObject({ accepted: 0, duplicates: BATCH });
    } finally {
      await tend.stop();
    }

    const final = await storedCounts();
    const allIds = sent.flatMap((b) => b.ids);
    expect(final.events.size).toBe(allIds.length);
    for (const id of allIds) expect(final.events.get(id), id).toBe(1);
    // The rollups, drained, count each stored event once.
    const rolledUp = await withDb(async (db) => {
      await attachPendingEvents(db);
      while ((await rollupUsage(db)) > 0) {}
      const { rows } = await sql<{ n: number }>`
        select coalesce(sum(u.count), 0)::int as n from usage_daily u join accounts a on a.id = u.account_id
        where a.external_id like 'crash-co-%'`.execute(db);
      return rows[0]?.n;
    });
    expect(rolledUp).toBe(allIds.length);
  }, 600_000);
});
