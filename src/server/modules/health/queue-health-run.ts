import { sql } from 'kysely';
import type { HealthRun } from '../../../shared/health.ts';
import type { Db } from '../../db/client.ts';
import { notFound } from '../../errors.ts';

type Reason = HealthRun['reason'];

/**
 * Asks for a full recompute. A run still waiting to start is reused (it will see the latest scorecards);
 * `key` makes scheduled runs happen once per tick even with several processes.
 */
export async function queueHealthRun(
  trx: Db,
  reason: Reason,
  options: { key?: string; requestedBy?: string | null } = {},
): Promise<HealthRun | null> {
  if (!options.key) {
    const waiting = await trx
      .selectFrom('health_runs')
      .select('id')
      .where('status', '=', 'queued')
      .executeTakeFirst();
    if (waiting) return getHealthRun(trx, waiting.id);
  }
  const { rows } = await sql<{ id: string }>`
    insert into health_runs (reason, run_key, requested_by, total)
    values (${reason}, ${options.key ?? null}, ${options.requestedBy ?? null}, (select count(*) from accounts))
    on conflict (run_key) do nothing returning id`.execute(trx);
  const id = rows[0]?.id;
  return id ? getHealthRun(trx, id) : null;
}

export async function getHealthRun(db: Db, id: string): Promise<HealthRun> {
  const row = await db.selectFrom('health_runs').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Health run');
  return toHealthRun(row);
}

export async function latestHealthRun(db: Db): Promise<HealthRun | null> {
  const row = await db
    .selectFrom('health_runs')
    .selectAll()
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? toHealthRun(row) : null;
}

function toHealthRun(row: {
  id: string;
  reason: string;
  status: string;
  total: number;
  done: number;
  error: string | null;
  created_at: Date;
  finished_at: Date | null;
}): HealthRun {
  return {
    id: row.id,
    reason: row.reason as Reason,
    status: row.status as HealthRun['status'],
    total: row.total,
    done: Math.min(row.done, row.total),
    error: row.error,
    created_at: row.created_at.toISOString(),
    finished_at: row.finished_at?.toISOString() ?? null,
  };
}
