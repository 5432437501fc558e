import { sql } from 'kysely';
import type { Cta, Task } from '../../../shared/ctas.ts';
import type { Db } from '../../db/client.ts';
import { notFound } from '../../errors.ts';

const PRIORITY_RANK = sql`case c.priority when 'urgent' then 0 when 'high' then 1 when 'medium' then 2 else 3 end`;

/** CTAs with their account and owner names and open task counts; filters as SQL fragments. */
export async function selectCtas(db: Db, where: ReturnType<typeof sql>, limit = 200): Promise<Cta[]> {
  const { rows } = await sql<Cta & { created_at: Date; updated_at: Date }>`
    select c.id, c.account_id, a.name as account_name, c.rule_id, c.type, c.priority, c.title, c.owner_id,
      u.name as owner_name, c.due_date, c.status, c.snoozed_until, c.outcome, c.playbook, c.reason, c.fire_count,
      (select count(*)::int from tasks t where t.cta_id = c.id and t.done_at is null) as open_tasks,
      c.created_at, c.updated_at
    from ctas c join accounts a on a.id = c.account_id left join users u on u.id = c.owner_id
    where ${where}
    order by ${PRIORITY_RANK}, c.due_date nulls last, c.created_at
    limit ${limit}`.execute(db);
  return rows.map((r) => ({
    ...r,
    created_at: r.created_at.toISOString(),
    updated_at: r.updated_at.toISOString(),
  }));
}

export async function getCta(db: Db, id: string): Promise<Cta> {
  const [cta] = await selectCtas(db, sql`c.id = ${id}::uuid`, 1);
  if (!cta) throw notFound('CTA');
  return cta;
}

export async function selectTasks(db: Db, where: ReturnType<typeof sql>, limit = 200): Promise<Task[]> {
  const { rows } = await sql<Task & { done_at: Date | null }>`
    select t.id, t.cta_id, t.account_id, a.name as account_name, t.owner_id, t.kind, t.title, t.body, t.position,
      t.due_date, t.done_at
    from tasks t join accounts a on a.id = t.account_id
    where ${where} order by t.due_date nulls last, t.position limit ${limit}`.execute(db);
  return rows.map((r) => ({ ...r, done_at: r.done_at?.toISOString() ?? null }));
}
