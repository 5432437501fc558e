import { sql } from 'kysely';
import type { Playbook } from '../../../shared/ctas.ts';
import type { Db } from '../../db/client.ts';

/** The playbook's steps as tasks of each new CTA, in its owner's language, due by each step's offset. */
export async function createPlaybookTasks(
  trx: Db,
  playbook: Playbook,
  ctas: { id: string; account_id: string; owner_id: string | null }[],
): Promise<void> {
  await sql`
    insert into tasks (cta_id, account_id, owner_id, kind, title, body, position, due_date)
    select c.id, c.account_id, c.owner_id, st.step->>'kind',
      coalesce(st.step->'title'->>coalesce(u.locale, 'en'), st.step->'title'->>'en'),
      coalesce(st.step->'body'->>coalesce(u.locale, 'en'), st.step->'body'->>'en', ''),
      st.ord::int, current_date + (st.step->>'offset_days')::int
    from jsonb_to_recordset(${JSON.stringify(ctas)}::jsonb) as c(id uuid, account_id uuid, owner_id uuid)
    cross join jsonb_array_elements(${JSON.stringify(playbook.steps)}::jsonb) with ordinality as st(step, ord)
    left join users u on u.id = c.owner_id`.execute(trx);
}
