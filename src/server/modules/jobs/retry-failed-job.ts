import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import { notFound } from '../../errors.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';
import { queueInstalled } from './list-failed-jobs.ts';

/** Puts a failed job back in line with one more try: the statement pg-boss's own retry() runs. */
export async function retryFailedJob(db: Db, actor: Actor, id: string): Promise<void> {
  if (!(await queueInstalled(db))) throw notFound('Failed job');
  await db.transaction().execute(async (trx) => {
    const { rows } = await sql<{ name: string }>`update pgboss.job
      set state = 'retry', retry_limit = retry_limit + 1, completed_on = null, start_after = greatest(start_after, now())
      where id = ${id}::uuid and state = 'failed' returning name`.execute(trx);
    if (!rows[0]) throw notFound('Failed job');
    await recordAudit(trx, actor, {
      action: 'job.retried',
      entityType: 'job',
      entityId: id,
      after: { queue: rows[0].name },
    });
  });
}
