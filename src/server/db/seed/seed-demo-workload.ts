// The CSMs' recent work on their books, so the capacity page has something to weigh: touchpoints over the
// last 45 days (more on dedicated accounts than pooled, none on tech touch) and CSAT answers over the last 80.
// Spread by a hash of the account id: no randomness, and the same accounts get the same work on every seed.
// Open CTAs and their tasks come from the demo rules (seed-demo-actions.ts), with the reason that fired them.
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
  });
}
