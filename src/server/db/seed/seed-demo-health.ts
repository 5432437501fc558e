import { sql } from 'kysely';
import { type ScorecardInput, scorecardInput } from '../../../shared/health.ts';
import { systemActor } from '../../modules/auth/actor.ts';
import { recomputeHealth } from '../../modules/health/recompute-health.ts';
import { saveScorecard } from '../../modules/health/save-scorecard.ts';
import type { Db } from '../client.ts';

/** The default scorecard Tend ships with the demo: product usage, relationship and support. */
export const DEMO_SCORECARD: ScorecardInput = {
  name: 'Standard health',
  description:
    'Product adoption, the relationship and support load, for every account without its own scorecard.',
  is_default: true,
  measures: [
    {
      key: 'weekly_users',
      label: 'Weekly active users',
      group: 'Product',
      weight: 20,
      source: { type: 'active_users', days: 7 },
      scoring: {
        kind: 'bands',
        bands: [
          { min: null, max: 1, score: 0 },
          { min: 1, max: 3, score: 40 },
          { min: 3, max: 6, score: 70 },
          { min: 6, max: null, score: 100 },
        ],
      },
    },
    {
      key: 'usage_trend',
      label: 'Usage trend (30 days)',
      group: 'Product',
      weight: 20,
      source: { type: 'usage_trend', metric: 'events', days: 30 },
      scoring: { kind: 'linear', from: -50, to: 10 },
    },
    {
      key: 'feature_adoption',
      label: 'Key feature adoption',
      group: 'Product',
      weight: 15,
      source: { type: 'feature_adoption', days: 30 },
      scoring: { kind: 'linear', from: 0, to: 80 },
    },
    {
      key: 'nps',
      label: 'NPS',
      group: 'Relationship',
      weight: 15,
      source: { type: 'nps', days: 180 },
      scoring: {
        kind: 'bands',
        bands: [
          { min: null, max: 7, score: 0 },
          { min: 7, max: 9, score: 60 },
          { min: 9, max: null, score: 100 },
        ],
      },
    },
    {
      key: 'sentiment',
      label: 'CSM sentiment',
      group: 'Relationship',
      weight: 15,
      source: { type: 'csm_sentiment' },
      scoring: {
        kind: 'choice',
        choices: [
          { value: 'green', score: 100 },
          { value: 'yellow', score: 50 },
          { value: 'red', score: 0 },
        ],
      },
    },
    {
      key: 'open_tickets',
      label: 'Open support tickets',
      group: 'Support',
      weight: 10,
      source: { type: 'support_tickets', status: 'open' },
      scoring: {
        kind: 'bands',
        bands: [
          { min: null, max: 1, score: 100 },
          { min: 1, max: 3, score: 60 },
          { min: 3, max: null, score: 20 },
        ],
      },
    },
    {
      key: 'escalations',
      label: 'Escalated tickets',
      group: 'Support',
      weight: 5,
      source: { type: 'support_tickets', status: 'escalated' },
      scoring: {
        kind: 'bands',
        bands: [
          { min: null, max: 1, score: 100 },
          { min: 1, max: null, score: 0 },
        ],
      },
    },
  ],
};

const WEEKS_OF_HISTORY = 12;

/**
 * Health for the demo: the default scorecard, then surveys, tickets and CSM sentiment that agree with
 * each account's usage story (read back from its rollups, so they match by construction), then a weekly
 * history of 12 weeks so trends, movers and charts have something to show on the first start.
 */
export async function seedDemoHealth(db: Db): Promise<void> {
  const actor = systemActor('demo');
  await saveScorecard(db, actor, scorecardInput.parse(DEMO_SCORECARD));
  await seedSignals(db);
  const ids = (await db.selectFrom('accounts').select('id').execute()).map((r) => r.id);
  const now = Date.now();
  for (let week = WEEKS_OF_HISTORY; week >= 0; week--) {
    const day = new Date(now - week * 7 * 86_400_000).toISOString().slice(0, 10);
    const { rows } = await sql<{ at: Date }>`select clock_timestamp() as at`.execute(db);
    await recomputeHealth(db, ids, day);
    await datePass(db, day, rows[0]?.at ?? new Date(now));
  }
  await seedHealthBeforePastRenewals(db);
  // The queued run of the scorecard save is what the worker would do; the history pass did it already.
  await db
    .updateTable('health_runs')
    .set({ status: 'done', done: sql`total`, finished_at: new Date() })
    .execute();
}

/**
 * A weekly pass happened on its day, not at seed time: its points, changes, alerts and signals are dated
 * to that day. Its signals count as handled (dispatched): the demo's CTAs are seeded from the rules
 * separately, and a first start would otherwise fire the rules again for twelve weeks of past changes.
 */
async function datePass(db: Db, day: string, since: Date): Promise<void> {
  const at = sql`least(${day}::date + interval '9 hours', now())`;
  await sql`update health_history set at = ${at} where at >= ${since}`.execute(db);
  await sql`update account_health set computed_at = ${at},
    change_at = case when change_at >= ${since} then ${at} else change_at end
    where computed_at >= ${since}`.execute(db);
  await sql`update health_alerts set created_at = ${at} where created_at >= ${since}`.execute(db);
  await sql`update signals set created_at = ${at}, dispatched_at = ${at}
    where created_at >= ${since} and dispatched_at is null`.execute(db);
}

/**
 * The computed history covers the last 12 weeks; renewals closed before that get the point a nightly run
 * would have left a few days before the close, told by the outcome the way CS teams see it: most churned
 * accounts were red, most expansions green (shares per outcome below, drawn from a hash of the renewal).
 * One set-based insert; scores fall in the default color bands (0–50 red, 51–75 yellow, 76–100 green).
 */
async function seedHealthBeforePastRenewals(db: Db): Promise<void> {
  await sql`
    with closed as (
      select o.account_id, o.close_date, abs(hashtext(o.id::text)) % 100 as r, abs(hashtext(o.id::text || 's')) % 100 as r2,
        case when o.stage = 'lost' or o.amount = 0 then 'churned' when o.amount > o.renewable_amount then 'expanded'
          when o.amount < o.renewable_amount then 'downgraded' else 'renewed' end as outcome
      from opportunities o
      where o.kind = 'renewal' and o.stage in ('won', 'lost')
        and not exists (select 1 from health_history h where h.account_id = o.account_id
          and h.day between o.close_date - 30 and o.close_date)
    ),
    colored as (
      select *, case
        when r < (case outcome when 'churned' then 70 when 'downgraded' then 35 when 'renewed' then 10 else 3 end) then 'red'
        when r < (case outcome when 'churned' then 90 when 'downgraded' then 80 when 'renewed' then 40 else 20 end) then 'yellow'
        else 'green' end as color
      from closed
    )
    insert into health_history (account_id, day, kind, score, color, at)
    select account_id, close_date - (1 + r2 % 14), 'daily',
      case color when 'red' then 15 + r2 % 36 when 'yellow' then 51 + r2 % 25 else 76 + r2 % 25 end, color,
      (close_date - (1 + r2 % 14))::timestamptz + interval '2 hours'
    from colored
    on conflict (account_id, day) where kind = 'daily' do nothing`.execute(db);
}

const SUBJECTS = [
  'Export to CSV times out',
  'SSO login fails for new users',
  'Dashboard shows stale numbers',
  'Question about API rate limits',
  'Alert emails not arriving',
  'Need help configuring the Salesforce sync',
];
const COMMENTS: Record<string, string[]> = {
  green: [
    'Sponsor engaged, expansion conversation planned for next quarter.',
    'Strong champion; team uses the product daily.',
  ],
  yellow: [
    'New VP is reviewing tools; need an executive check-in.',
    'Adoption stalled after onboarding; training booked.',
  ],
  red: [
    'Champion left the company; no replacement identified.',
    'Budget cuts announced; they asked about downgrading.',
  ],
};

/** Stories read back from the rollups: the last 30 days of usage against the 30 before. */
const STORY = sql`
  select a.id, a.owner_id, abs(hashtext(a.id::text)) % 1000 as r,
    case
      when coalesce(u.cur, 0) = 0 then 'dormant'
      when a.lifecycle_stage = 'at_risk' or u.cur < u.prev * 0.8 then 'declining'
      when u.cur > u.prev * 1.15 then 'growing'
      else 'steady' end as story
  from accounts a left join (
    select account_id, sum(count) filter (where day > current_date - 30) as cur,
      sum(count) filter (where day <= current_date - 30) as prev
    from usage_daily where day > current_date - 60 group by account_id) u on u.account_id = a.id
  where exists (select 1 from usage_daily x where x.account_id = a.id)`;

async function seedSignals(db: Db): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`create temporary table demo_story on commit drop as ${STORY}`.execute(trx);
    await sql`
      insert into survey_responses (account_id, contact_id, kind, score, comment, responded_at)
      select s.id, c.id, 'nps',
        case s.story when 'growing' then 9 + s.r % 2 when 'steady' then 7 + (s.r + c.n) % 4
          when 'declining' then 3 + (s.r + c.n) % 5 else 2 + s.r % 5 end,
        null, now() - ((s.r + 17 * c.n) % 150) * interval '1 day'
      from demo_story s
      join lateral (select id, row_number() over (order by id) as n from contacts where account_id = s.id limit 2) c on true
      where s.story <> 'dormant' or s.r % 2 = 0`.execute(trx);
    await sql`
      insert into support_tickets (account_id, subject, status, priority, escalated, opened_at, closed_at)
      select s.id, (${SUBJECTS}::text[])[1 + (s.r + k) % ${SUBJECTS.length}],
        case when k < open_count then (case when k % 2 = 0 then 'open' else 'pending' end) else 'solved' end,
        case when k = 0 and s.story = 'declining' then 'high' else 'normal' end,
        k = 0 and s.story = 'declining' and s.r % 2 = 0,
        now() - ((s.r + 13 * k) % 60 + 1) * interval '1 day',
        case when k >= open_count then now() - ((s.r + 5 * k) % 20) * interval '1 day' end
      from (select *, case story when 'declining' then 2 + r % 3 when 'steady' then (r % 3 = 0)::int else 0 end
        as open_count from demo_story) s
      cross join generate_series(0, 3) as k
      where k < open_count + 1 + s.r % 2`.execute(trx);
    await sql`
      insert into csm_sentiments (account_id, author_id, sentiment, comment, created_at)
      select s.id, s.owner_id, v.color,
        (case v.color when 'green' then ${COMMENTS.green}::text[] when 'yellow' then ${COMMENTS.yellow}::text[]
          else ${COMMENTS.red}::text[] end)[1 + s.r % 2],
        now() - (s.r % 25) * interval '1 day'
      from demo_story s cross join lateral (select case s.story when 'growing' then 'green'
        when 'steady' then (case when s.r % 4 = 0 then 'yellow' else 'green' end)
        when 'declining' then (case when s.r % 2 = 0 then 'red' else 'yellow' end) else 'red' end as color) v
      where s.owner_id is not null`.execute(trx);
  });
}
