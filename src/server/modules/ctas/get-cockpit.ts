import { sql } from 'kysely';
import type { Cockpit } from '../../../shared/ctas.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../auth/actor.ts';
import { selectCtas, selectTasks } from './cta-queries.ts';

/**
 * The CSM's home: my open CTAs by priority and due date, today's (and overdue) tasks, my accounts at risk,
 * my renewals in the next 90 days. The team scope shows everyone's, plus each person's overdue work.
 */
export async function getCockpit(db: Db, actor: Actor, scope: 'me' | 'team'): Promise<Cockpit> {
  const mine = (col: string) => (scope === 'team' ? sql`true` : sql`${sql.ref(col)} = ${actor.id}::uuid`);
  const awake = sql`(c.status <> 'snoozed' or c.snoozed_until <= current_date)`;
  const ctas = await selectCtas(db, sql`c.status <> 'closed' and ${awake} and ${mine('c.owner_id')}`, 200);
  const tasks_today = await selectTasks(
    db,
    sql`t.done_at is null and t.kind <> 'wait' and t.due_date <= current_date and ${mine('t.owner_id')}`,
    100,
  );
  const atRisk = await sql<Cockpit['at_risk'][number]>`
    select distinct on (a.id) a.id as account_id, a.name as account_name, a.arr, a.currency, c.title as cta_title
    from ctas c join accounts a on a.id = c.account_id
    where c.type = 'risk' and c.status <> 'closed' and ${mine('a.owner_id')}
    order by a.id, c.created_at desc limit 100`.execute(db);
  const renewals = await sql<Cockpit['renewals'][number]>`
    select a.id as account_id, a.name as account_name, r.renewal_date::text as renewal_date, a.arr, a.currency,
      u.name as owner_name
    from accounts a
    cross join lateral (select coalesce(a.renewal_date, (select min(k.end_date) from contracts k
      where k.account_id = a.id and k.status = 'active' and k.end_date >= current_date)) as renewal_date) r
    left join users u on u.id = a.owner_id
    where r.renewal_date between current_date and current_date + 90 and ${mine('a.owner_id')}
    order by r.renewal_date, a.name limit 100`.execute(db);
  const team = scope === 'team' ? await teamLoad(db) : [];
  return {
    scope,
    ctas,
    tasks_today,
    at_risk: atRisk.rows.sort((x, y) => y.arr - x.arr),
    renewals: renewals.rows,
    team,
  };
}

async function teamLoad(db: Db): Promise<Cockpit['team']> {
  const { rows } = await sql<Cockpit['team'][number]>`
    select u.id as user_id, u.name,
      (select count(*)::int from ctas c where c.owner_id = u.id and c.status <> 'closed') as open_ctas,
      (select count(*)::int from ctas c where c.owner_id = u.id and c.status <> 'closed' and c.due_date < current_date) as overdue_ctas,
      (select count(*)::int from tasks t where t.owner_id = u.id and t.done_at is null and t.due_date < current_date) as overdue_tasks,
      (select count(*)::int from accounts a where a.owner_id = u.id) as accounts
    from users u where u.active and u.role in ('csm', 'cs_manager')
    order by 4 desc, 5 desc, u.name`.execute(db);
  return rows;
}
