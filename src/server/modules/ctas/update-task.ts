import { sql } from 'kysely';
import type { Task, UpdateTaskInput } from '../../../shared/ctas.ts';
import type { Db } from '../../db/client.ts';
import { notFound } from '../../errors.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';
import { selectTasks } from './cta-queries.ts';

export async function updateTask(db: Db, actor: Actor, id: string, input: UpdateTaskInput): Promise<Task> {
  return db.transaction().execute(async (trx) => {
    const [before] = await selectTasks(trx, sql`t.id = ${id}::uuid`, 1);
    if (!before) throw notFound('Task');
    await trx
      .updateTable('tasks')
      .set({
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.due_date !== undefined ? { due_date: input.due_date } : {}),
        ...(input.owner_id !== undefined ? { owner_id: input.owner_id } : {}),
        ...(input.done !== undefined
          ? { done_at: input.done ? (before.done_at ? new Date(before.done_at) : new Date()) : null }
          : {}),
      })
      .where('id', '=', id)
      .execute();
    const [after] = await selectTasks(trx, sql`t.id = ${id}::uuid`, 1);
    await recordAudit(trx, actor, {
      action: 'task.updated',
      entityType: 'task',
      entityId: id,
      before,
      after,
    });
    return after as Task;
  });
}
