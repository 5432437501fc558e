// The baseline the HTTP ingest is compared with: the same events written straight into raw_events, with
// their account already resolved, by the fastest path the backend offers. Rows are serialized before the
// clock starts, so the figure is the database's work alone.
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import type { Database } from '../../src/server/db/client.ts';
import { ensureEventPartitions, monthsOf } from '../../src/server/modules/ingest/ensure-event-partitions.ts';
import { accountExternalId, type TrackEvent, trackEvent } from './segment-events.ts';

export interface BaselineResult {
  method: string;
  events: number;
  eventsPerSecond: number;
}

const COLUMNS = [
  'message_id',
  'type',
  'event',
  'user_id',
  'group_id',
  'account_id',
  'properties',
  'context',
  'timestamp',
] as const;
const INSERT_CHUNK = 5000;

type Row = Record<(typeof COLUMNS)[number], unknown>;

function toRow(e: TrackEvent, accountIds: Map<string, string>): Row {
  return {
    message_id: e.messageId,
    type: e.type,
    event: e.event,
    user_id: e.userId,
    group_id: e.context.groupId,
    account_id: accountIds.get(e.context.groupId) ?? null,
    properties: e.properties,
    context: e.context,
    timestamp: e.timestamp,
  };
}

/** pg-copy-streams when installed (it is optional: the project does not depend on it). */
async function loadCopyFrom(): Promise<
  ((sql: string) => NodeJS.WritableStream & pg.Submittable) | undefined
> {
  const name = 'pg-copy-streams';
  try {
    return ((await import(name)) as { from: (sql: string) => NodeJS.WritableStream & pg.Submittable }).from;
  } catch {
    return undefined;
  }
}

export async function insertBaseline(
  database: Database,
  events: number,
  accounts: number,
): Promise<BaselineResult> {
  const { rows: ids } = await database.pool.query<{ external_id: string; id: string }>(
    'select external_id, id from accounts where external_id = any($1::text[])',
    [Array.from({ length: accounts }, (_, i) => accountExternalId(i))],
  );
  const accountIds = new Map(ids.map((r) => [r.external_id, r.id]));
  const now = Date.now();
  const rows = Array.from({ length: events }, (_, n) =>
    toRow(trackEvent('base', n, accounts, now), accountIds),
  );
  await ensureEventPartitions(database.db, monthsOf(rows.map((r) => r.timestamp as string)));
  // COPY FROM STDIN through the embedded socket breaks the protocol (shared/EMBEDDED-POSTGRES.md): server only.
  const copyFrom = database.kind === 'server' ? await loadCopyFrom() : undefined;
  const started = performance.now();
  const method = copyFrom ? await copyRows(database, copyFrom, rows) : await insertRows(database, rows);
  const seconds = (performance.now() - started) / 1000;
  return { method, events, eventsPerSecond: Math.round(events / seconds) };
}

async function insertRows(database: Database, rows: Row[]) {
  const chunks: string[] = [];
  for (let i = 0; i < rows.length; i += INSERT_CHUNK)
    chunks.push(JSON.stringify(rows.slice(i, i + INSERT_CHUNK)));
  const client = await database.pool.connect();
  try {
    await client.query('begin');
    for (const chunk of chunks) {
      await client.query(
        `insert into raw_events (${COLUMNS.join(', ')})
         select * from jsonb_to_recordset($1::jsonb) as r(message_id text, type text, event text, user_id text,
           group_id text, account_id uuid, properties jsonb, context jsonb, timestamp timestamptz)`,
        [chunk],
      );
    }
    await client.query('commit');
  } finally {
    client.release();
  }
  return `insert ... select from jsonb_to_recordset, ${INSERT_CHUNK} rows a statement, one transaction${
    database.kind === 'embedded'
      ? ', through the socket (PGlite COPY FROM /dev/blob is in-process only)'
      : ' (pg-copy-streams not installed)'
  }`;
}

const csvField = (v: unknown) => {
  if (v === null || v === undefined) return '';
  const text = typeof v === 'string' ? v : JSON.stringify(v);
  return `"${text.replaceAll('"', '""')}"`;
};

async function copyRows(
  database: Database,
  copyFrom: (sql: string) => NodeJS.WritableStream & pg.Submittable,
  rows: Row[],
) {
  const lines = rows.map((r) => `${COLUMNS.map((c) => csvField(r[c])).join(',')}\n`);
  const client = new pg.Client(database.connection);
  await client.connect();
  try {
    const stream = client.query(copyFrom(`copy raw_events (${COLUMNS.join(', ')}) from stdin (format csv)`));
    await pipeline(
      (async function* () {
        for (let i = 0; i < lines.length; i += 1000) yield lines.slice(i, i + 1000).join('');
      })(),
      stream as unknown as Writable,
    );
  } finally {
    await client.end();
  }
  return 'copy from stdin (pg-copy-streams), csv, one statement';
}
