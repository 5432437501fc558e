// The CSMs' recent work on their books, so the capacity page has something to weigh: touchpoints over the
// last 45 days (more on dedicated accounts than pooled, none on tech touch), CSAT answers over the last 80,
// and open CTAs with their tasks, some past due. Spread by a hash of the account id: no randomness, and
// the same accounts get the same work on every seed.
import { sql } from 'kysely';
import type { Db } from '../client.ts';

const SUMMARIES = [
  'Weekly check-in: adoption on track',
  'Reviewed the success plan with the champion',
  'Walked the admin through the new reporting',
  'Escalated a billing question to finance',
  'Quarterly business review prepared',
  'Answered questions about seat usage',
];

const OWNED = sql`(select id, owner_id, coverage_model, abs(hashtext(id::text)) as h from accounts
  where owner_id is not null and lifecycle_stage <> 'churned')`;

export async function seedDemoWorkload(db: Db): Promise<void> {
  const seeded = await db.selectFrom('touchpoints').select('id').limit(1).executeTakeFirst();
  if (seeded) return;
  await db.transaction().execute(async (trx) => {
    await sql`
      insert into touchpoints (account_id, type, occurred_at, author_id, summary)
      select a.id, (array['call', 'meeting', 'email', 'note'])[1 + (a.h + k) % 4],
        now() - ((a.h + 11 * k) % 45) * interval '1 day' - (a.h % 9) * interval '1 hour', a.owner_id,
        (${SUMMARIES}::text[])[1 + (a.h + k) % ${SUMMARIES.length}]
      from ${OWNED} a cross join generate_series(0, 3) as k
      where k < case a.coverage_model when 'dedicated' then 2 when 'pooled' then 1 else 0 end + a.h % 2`.execute(
      trx,
    );
    await sql`
      insert into survey_responses (account_id, kind, score, responded_at)
      select a.id, 'csat',
        case when (a.h / 7 + k) % 10 < 6 then 5 when (a.h / 7 + k) % 10 < 8 then 4
          when (a.h / 7 + k) % 10 < 9 then 3 else 2 end,
        now() - ((a.h + 29 * k) % 80) * interval '1 day'
      from ${OWNED} a cross join generate_series(0, 1) as k
      where a.h % 3 = 0`.execute(trx);
    await sql`
      with opened as (
        insert into ctas (account_id, type, priority, title, owner_id, due_date, reason)
        select a.id, v.type, (array['low', 'medium', 'high'])[1 + a.h % 3], v.title, a.owner_id,
          current_date + (a.h % 28) - 10, '{"source": "demo"}'::jsonb
        from ${OWNED} a cross join lateral (select case a.h % 3 when 0 then 'risk' when 1 then 'renewal'
          else 'onboarding' end as type, case a.h % 3 when 0 then 'Usage dropped: call the champion'
          when 1 then 'Renewal in 90 days: confirm the plan' else 'Onboarding: first value not reached' end as title) v
        where a.h % 5 = 0 and a.coverage_model <> 'tech_touch'
        returning id, account_id, owner_id, due_date
      )
      insert into tasks (cta_id, account_id, owner_id, title, due_date, position)
      select o.id, o.account_id, o.owner_id, t.title, o.due_date - 3 * (1 - t.pos), t.pos
      from opened o cross join (values (0, 'Review the account'), (1, 'Meet the champion')) as t(pos, title)`.execute(
      trx,
    );
  });
}
