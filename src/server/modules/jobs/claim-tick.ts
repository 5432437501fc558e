import type { Db } from '../../db/client.ts';

/**
 * Claims one tick of a schedule. Every worker process runs the same croner schedules; the first to insert
 * the (key, tick) row wins and the others see a conflict, so a tick runs once however many workers there are.
 */
export async function claimTick(db: Db, key: string, tickAt: Date): Promise<boolean> {
  const tick = new Date(Math.floor(tickAt.getTime() / 1000) * 1000);
  const row = await db
    .insertInto('job_ticks')
    .values({ key, tick_at: tick })
    .onConflict((oc) => oc.doNothing())
    .returning('key')
    .executeTakeFirst();
  return row !== undefined;
}
