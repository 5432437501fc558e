import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { importEvents } from './import-events.ts';

let t: TestApp;
let dir: string;
beforeAll(async () => {
  t = await createTestApp();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tend-import-'));
});
afterAll(async () => {
  await t?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const track = (i: number) =>
  JSON.stringify({
    type: 'track',
    userId: `u${i % 7}`,
    event: 'Imported',
    messageId: `imp-${i}`,
    timestamp: '2026-10-01T12:00:00Z',
    context: { groupId: 'imp-co' },
  });

describe('import-events', () => {
  it('backfills a file, reports rejected lines, and counts a second run as duplicates', async () => {
    const file = path.join(dir, 'events.ndjson');
    const lines = Array.from({ length: 1200 }, (_, i) => track(i));
    lines.splice(10, 0, '{"type": "track", "userId": "x"}');
    lines.splice(500, 0, 'this is not json');
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
    const progress: number[] = [];
    const first = await importEvents(t.db, file, { batchSize: 250, onProgress: (d) => progress.push(d) });
    expect(first).toMatchObject({ lines: 1202, accepted: 1200, duplicates: 0, rejected: 2 });
    expect(progress.at(-1)).toBe(fs.statSync(file).size);
    const rejected = fs
      .readFileSync(`${file}.rejected.ndjson`, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rejected.map((r) => [r.line, r.code])).toEqual([
      [11, 'invalid_message'],
      [501, 'invalid_json'],
    ]);
    expect(fs.existsSync(`${file}.import-state.json`)).toBe(false);

    const again = await importEvents(t.db, file);
    expect(again).toMatchObject({ accepted: 0, duplicates: 1200 });
    const stored = await sql<{
      n: number;
    }>`select count(*)::int as n from raw_events where message_id like 'imp-%'`.execute(t.db);
    expect(stored.rows[0]?.n).toBe(1200);
  });

  it('resumes from its checkpoint after an interrupted run', async () => {
    const file = path.join(dir, 'resume.ndjson');
    const lines = Array.from({ length: 100 }, (_, i) => track(5000 + i));
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
    // As if a run had committed the first 60 lines and stopped.
    const bytes = Buffer.byteLength(`${lines.slice(0, 60).join('\n')}\n`);
    fs.writeFileSync(`${file}.import-state.json`, JSON.stringify({ bytes, line: 60 }));
    const report = await importEvents(t.db, file);
    expect(report).toMatchObject({ resumedFrom: 60, lines: 100, accepted: 40 });
  });
});

describe('raw event retention', () => {
  it('drops raw events past the retention setting and keeps the rollups', async () => {
    const { applyEventRetention } = await import('./apply-event-retention.ts');
    const { rollupUsage } = await import('./rollup-usage.ts');
    const { attachPendingEvents } = await import('./attach-pending-events.ts');
    const { updateUsageSettings } = await import('./usage-settings.ts');
    const { systemActor } = await import('../auth/actor.ts');
    const admin = await t.as('admin');
    await admin.post('/api/accounts', { name: 'Retention Co', external_id: 'ret-co' });
    const file = path.join(dir, 'old.ndjson');
    const at = (day: string, i: number) =>
      JSON.stringify({
        type: 'track',
        userId: 'r',
        event: 'Old',
        messageId: `ret-${day}-${i}`,
        timestamp: `${day}T10:00:00Z`,
        context: { groupId: 'ret-co' },
      });
    fs.writeFileSync(
      file,
      [at('2026-01-15', 1), at('2026-06-10', 2), at('2026-06-20', 3), at('2026-11-01', 4)].join('\n'),
    );
    await importEvents(t.db, file);
    await attachPendingEvents(t.db);
    while ((await rollupUsage(t.db)) > 0) {}
    await updateUsageSettings(t.db, systemActor('test'), { key_features: [], raw_event_retention_days: 160 });
    // 160 days before 2026-11-23 is 2026-06-16: January goes as a partition, June loses the 10th only.
    const result = await applyEventRetention(t.db, new Date('2026-11-23T00:00:00Z'));
    expect(result.droppedMonths).toContain('2026-01');
    const left = await sql<{
      message_id: string;
    }>`select message_id from raw_events where message_id like 'ret-%' order by message_id`.execute(t.db);
    expect(left.rows.map((r) => r.message_id)).toEqual(['ret-2026-06-20-3', 'ret-2026-11-01-4']);
    const rollup = await sql<{ n: number }>`
      select sum(count)::int as n from usage_daily d join accounts a on a.id = d.account_id where a.external_id = 'ret-co'`.execute(
      t.db,
    );
    expect(rollup.rows[0]?.n).toBe(4);
  });
});
