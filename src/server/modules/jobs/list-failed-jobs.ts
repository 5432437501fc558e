import { sql } from 'kysely';
import type { FailedJob } from '../../../shared/rules.ts';
import type { Db } from '../../db/client.ts';

/** pg-boss installs its schema when the first worker starts; before that there are no jobs at all. */
export async function queueInstalled(db: Db): Promise<boolean> {
  const { rows } = await sql<{ ok: boolean }>`select to_regclass('pgboss.job') is not null as ok`.execute(db);
  return rows[0]?.ok ?? false;
}

/** Jobs that used up their retries, newest first: read from pg-boss's job table. */
export async function listFailedJobs(db: Db, limit = 200): Promise<FailedJob[]> {
  if (!(await queueInstalled(db))) return [];
  const { rows } = await sql<{
    id: string;
    name: string;
    data: unknown;
    output: { message?: string } | null;
    retry_count: number;
    created_on: Date;
    completed_on: Date | null;
  }>`select id, name, data, output, retry_count, created_on, completed_on from pgboss.job
     where state = 'failed' order by completed_on desc nulls last limit ${limit}`.execute(db);
  return rows.map((r) => ({
    id: r.id,
    queue: r.name,
    data: r.data,
    error: r.output?.message ?? null,
    retry_count: r.retry_count,
    created_at: r.created_on.toISOString(),
    failed_at: r.completed_on?.toISOString() ?? null,
  }));
}
