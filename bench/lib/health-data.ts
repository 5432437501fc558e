// Data for bench/health: N accounts with two weeks of usage, surveys, sentiment and tickets, made
// set-based in SQL; the 10-measure scorecard the benchmark scores; and the hand-written baseline.

import type { Database } from '../../src/server/db/client.ts';
import type { ScorecardInput } from '../../src/shared/health.ts';
import { accountExternalId } from './segment-events.ts';

export const KEY_FEATURES = ['Dashboard Viewed', 'Report Exported', 'Alert Created'];

const linear = (from: number, to: number) => ({ kind: 'linear' as const, from, to });

export const BENCH_SCORECARD: ScorecardInput = {
  name: 'Bench',
  is_default: true,
  measures: [
    {
      key: 'wau',
      label: 'WAU',
      weight: 10,
      source: { type: 'active_users', days: 7 },
      scoring: linear(0, 3),
    },
    {
      key: 'mau',
      label: 'MAU',
      weight: 10,
      source: { type: 'active_users', days: 14 },
      scoring: linear(0, 3),
    },
    {
      key: 'events',
      label: 'Events',
      weight: 10,
      source: { type: 'usage_events', event: null, days: 7 },
      scoring: linear(0, 100),
    },
    {
      key: 'exports',
      label: 'Exports',
      weight: 10,
      source: { type: 'usage_events', event: 'Report Exported', days: 14 },
      scoring: linear(0, 50),
    },
    {
      key: 'trend',
      label: 'Trend',
      weight: 10,
      source: { type: 'usage_trend', metric: 'events', days: 7 },
      scoring: linear(-50, 10),
    },
    {
      key: 'adoption',
      label: 'Adoption',
      weight: 10,
      source: { type: 'feature_adoption', days: 14 },
      scoring: linear(0, 100),
    },
    {
      key: 'nps',
      label: 'NPS',
      weight: 10,
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
      label: 'Sentiment',
      weight: 10,
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
      key: 'tickets',
      label: 'Open tickets',
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
      key: 'renewal',
      label: 'Days to renewal',
      weight: 10,
      source: { type: 'days_to_renewal' },
      scoring: linear(0, 180),
    },
  ],
};

/** Accounts named as the ingest benchmark's events name them, with a realistic spread of data. */
export async function seedHealthData(database: Database, accounts: number) {
  const q = (text: string, values: unknown[] = []) => database.pool.query(text, values);
  await q(
    `insert into accounts (external_id, name, renewal_date)
     select $1 || i, 'Bench ' || i, current_date + (i % 400) - 20 from generate_series(0, $2 - 1) as i`,
    [accountExternalId(0).slice(0, -1), accounts],
  );
  await q('create temporary table bench_acc as select id, abs(hashtext(id::text)) as h from accounts');
  // 90% of accounts send usage: two weeks, three events a day, counts varying by account and day.
  await q(`insert into usage_daily (account_id, day, event, count, unique_users)
    select a.id, current_date - d, e.name, 1 + (a.h + d * 7 + e.n) % 20, 1 + (a.h + d) % 3
    from bench_acc a cross join generate_series(0, 13) as d
    cross join (values ('Dashboard Viewed', 1), ('Report Exported', 2), ('Search Performed', 3)) as e(name, n)
    where a.h % 10 > 0 and (e.n < 3 or (a.h + d) % 2 = 0)`);
  await q(`insert into usage_user_days (account_id, day, user_id, events)
    select a.id, current_date - d, 'u' || u, 1 + (a.h + d + u) % 9
    from bench_acc a cross join generate_series(0, 13) as d cross join generate_series(0, 2) as u
    where a.h % 10 > 0 and (a.h + d + u) % 3 > 0`);
  await q(`insert into survey_responses (account_id, kind, score, responded_at)
    select id, 'nps', h % 11, now() - (h % 200) * interval '1 day' from bench_acc where h % 5 > 0`);
  await q(`insert into csm_sentiments (account_id, sentiment, comment)
    select id, (array['red', 'yellow', 'green'])[1 + h % 3], 'bench' from bench_acc where h % 10 < 7`);
  await q(`insert into support_tickets (account_id, subject, status)
    select id, 'bench', case when k = 0 or h % 2 = 0 then 'open' else 'solved' end
    from bench_acc cross join generate_series(0, 1) as k where h % 10 < 3`);
  await q('drop table bench_acc');
  await q('analyze');
}

/**
 * The same scores computed by one hand-written statement, as someone who knew the scorecard by heart
 * would write it: one pass over each source, the scoring inlined, written to a table like account_health.
 */
export const BASELINE_SQL = `
  create temporary table if not exists baseline_health (account_id uuid primary key, score float8, measures jsonb);
  truncate baseline_health;
  insert into baseline_health
  with ud as (
    select account_id,
      sum(count) filter (where day > current_date - 7) as ev7,
      sum(count) filter (where day > current_date - 14 and event = 'Report Exported') as exp14,
      sum(count) filter (where day > current_date - 14 and day <= current_date - 7) as prev7,
      count(distinct event) filter (where day > current_date - 14 and event = any('{Dashboard Viewed,Report Exported,Alert Created}')) as feat
    from usage_daily where day > current_date - 14 group by account_id),
  uu as (
    select account_id, count(distinct user_id) filter (where day > current_date - 7) as wau, count(distinct user_id) as mau
    from usage_user_days where day > current_date - 14 group by account_id),
  nps as (
    select account_id, avg(score) as v from (select distinct on (account_id, coalesce(contact_id, id)) account_id, score
      from survey_responses where kind = 'nps' and responded_at > current_date + 1 - interval '180 days'
      order by account_id, coalesce(contact_id, id), responded_at desc) x group by account_id),
  sen as (select distinct on (account_id) account_id, sentiment from csm_sentiments
    where expires_at is null or expires_at > now() order by account_id, created_at desc),
  tk as (select account_id, count(*) as n from support_tickets where status in ('open', 'pending') group by account_id),
  v as (
    select a.id,
      case when ud.account_id is not null then true end as has,
      uu.wau, uu.mau, ud.ev7, ud.exp14, ud.prev7, ud.feat, nps.v as nps, sen.sentiment, coalesce(tk.n, 0) as tickets,
      (a.renewal_date - current_date) as renewal
    from accounts a left join ud on ud.account_id = a.id left join uu on uu.account_id = a.id
    left join nps on nps.account_id = a.id left join sen on sen.account_id = a.id left join tk on tk.account_id = a.id),
  s as (
    select id,
      case when has then greatest(0, least(100, coalesce(wau, 0) * 100.0 / 3)) end as s1,
      case when has then greatest(0, least(100, coalesce(mau, 0) * 100.0 / 3)) end as s2,
      case when has then greatest(0, least(100, coalesce(ev7, 0))) end as s3,
      case when has then greatest(0, least(100, coalesce(exp14, 0) * 2.0)) end as s4,
      case when prev7 > 0 then greatest(0, least(100, ((coalesce(ev7, 0) - prev7) * 100.0 / prev7 + 50) * 100.0 / 60)) end as s5,
      case when has then greatest(0, least(100, feat * 100.0 / 3)) end as s6,
      case when nps is null then null when nps < 7 then 0 when nps < 9 then 60 else 100 end as s7,
      case sentiment when 'green' then 100 when 'yellow' then 50 when 'red' then 0 end as s8,
      case when tickets < 1 then 100 when tickets < 3 then 60 else 20 end as s9,
      case when renewal is not null then greatest(0, least(100, renewal * 100.0 / 180)) end as s10
    from v)
  select id,
    (coalesce(s1, 0) + coalesce(s2, 0) + coalesce(s3, 0) + coalesce(s4, 0) + coalesce(s5, 0) + coalesce(s6, 0)
      + coalesce(s7, 0) + coalesce(s8, 0) + coalesce(s9, 0) + coalesce(s10, 0)) * 10
    / nullif((s1 is not null)::int + (s2 is not null)::int + (s3 is not null)::int + (s4 is not null)::int
      + (s5 is not null)::int + (s6 is not null)::int + (s7 is not null)::int + (s8 is not null)::int
      + (s9 is not null)::int + (s10 is not null)::int, 0) / 10,
    jsonb_build_array(s1, s2, s3, s4, s5, s6, s7, s8, s9, s10)
  from s`;
