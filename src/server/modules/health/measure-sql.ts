import { type RawBuilder, sql } from 'kysely';
import type { Measure, MeasureScoring, MeasureSource } from '../../../shared/health.ts';

/**
 * Turns a scorecard's measures into SQL over a set of target accounts `t(account_id)`, so a recompute is
 * one statement per batch whatever the number of accounts. Usage measures share two scans (usage_daily
 * and usage_user_days) through FILTER clauses; other sources get one grouped CTE each.
 */
export interface MeasurePlan {
  /** CTEs (name as (...)) the value expressions read, joined on account_id. */
  ctes: RawBuilder<unknown>[];
  /** Left joins of those CTEs onto `t`. */
  joins: RawBuilder<unknown>[];
  /** Per measure: its raw value (float8 or text; null when there is no data). */
  values: RawBuilder<unknown>[];
}

export interface PlanContext {
  today: string;
  keyFeatures: string[];
  /**
   * The target accounts when they are a known batch. Sources are then read by `= any(ids)`, which the
   * indexes answer per account; a join to t let the planner merge-scan each source index from its start,
   * so a full recompute in id order cost more with every batch.
   */
  ids?: string[];
  /**
   * Set when the batch is every account between two ids (a full recompute walks accounts in id order): a
   * range is one index range scan per source, where `= any(5000 ids)` could turn into a scan of the
   * whole source per batch.
   */
  range?: [string, string];
}

// Parenthesised so a negative literal never meets a minus sign as a comment (`- -5`).
const num = (n: number) => sql`(${sql.lit(n)})`;

/** Last `days` days including today: day > today - days. */
const within = (today: string, days: number) => sql`day > ${today}::date - ${num(days)}`;
const before = (today: string, days: number) =>
  sql`day > ${today}::date - ${num(2 * days)} and day <= ${today}::date - ${num(days)}`;

export function planMeasures(measures: Measure[], ctx: PlanContext): MeasurePlan {
  const of = (column: string) => batchFilter(sql.ref(column), ctx);
  // Usage columns, aggregated in two steps: per account and event (or user), then per account. A
  // count(distinct) sorted every usage row of the batch; as "was this event/user seen in the window" per
  // group it is a hash aggregate and a count over a tenth of the rows.
  const daily: UsageColumn[] = [];
  const users: UsageColumn[] = [];
  const ctes: RawBuilder<unknown>[] = [];
  const joins: RawBuilder<unknown>[] = [];
  let maxDailyWindow = 1;
  let maxUserWindow = 1;
  const dailyCol = (col: UsageColumn, window: number) => {
    maxDailyWindow = Math.max(maxDailyWindow, window);
    daily.push(col);
    return sql.ref(`ud.d${daily.length - 1}`);
  };
  const userCol = (cond: RawBuilder<unknown>, window: number) => {
    maxUserWindow = Math.max(maxUserWindow, window);
    users.push({ kind: 'distinct', cond });
    return sql.ref(`uu.u${users.length - 1}`);
  };
  // Usage that is zero is a fact; an account that has never sent usage has no usage data at all.
  let needsHasUsage = false;
  const orZero = (v: RawBuilder<unknown>) => {
    needsHasUsage = true;
    return sql`coalesce(${v}::float8, case when hu.has then 0 end)`;
  };

  const rawValue = (m: Measure, i: number): RawBuilder<unknown> => {
    const s: MeasureSource = m.source;
    const { today } = ctx;
    switch (s.type) {
      case 'usage_events': {
        const event = s.event === null ? sql`` : sql` and event = ${s.event}`;
        return orZero(dailyCol({ kind: 'sum', cond: sql`${within(today, s.days)}${event}` }, s.days));
      }
      case 'active_users':
        return orZero(userCol(within(today, s.days), s.days));
      case 'feature_adoption': {
        if (ctx.keyFeatures.length === 0) return sql`null::float8`;
        const used = dailyCol(
          {
            kind: 'distinct',
            cond: sql`${within(today, s.days)} and event = any(${ctx.keyFeatures}::text[])`,
          },
          s.days,
        );
        return orZero(sql`(${used} * 100.0 / ${num(ctx.keyFeatures.length)})`);
      }
      case 'usage_trend': {
        const [cur, prev] =
          s.metric === 'events'
            ? [
                dailyCol({ kind: 'sum', cond: within(today, s.days) }, 2 * s.days),
                dailyCol({ kind: 'sum', cond: before(today, s.days) }, 2 * s.days),
              ]
            : [userCol(within(today, s.days), 2 * s.days), userCol(before(today, s.days), 2 * s.days)];
        // Percent change against the period before; no earlier usage means no trend to speak of.
        return sql`case when ${prev} > 0 then (coalesce(${cur}, 0) - ${prev}) * 100.0 / ${prev} end::float8`;
      }
      case 'nps':
      case 'csat': {
        const name = `m${i}`;
        // Each contact's latest answer in the window counts once; anonymous answers count on their own.
        ctes.push(sql`${sql.ref(name)} as (
          select account_id, avg(score)::float8 as value from (
            select distinct on (r.account_id, coalesce(r.contact_id, r.id)) r.account_id, r.score
            from survey_responses r
            where ${of('r.account_id')} and r.kind = ${s.type} and r.responded_at > ${today}::date + 1 - ${num(s.days)} * interval '1 day'
            order by r.account_id, coalesce(r.contact_id, r.id), r.responded_at desc) latest
          group by account_id)`);
        joins.push(sql`left join ${sql.ref(name)} on ${sql.ref(`${name}.account_id`)} = t.account_id`);
        return sql.ref(`${name}.value`);
      }
      case 'support_tickets': {
        const name = `m${i}`;
        const escalated = s.status === 'escalated' ? sql` and k.escalated` : sql``;
        ctes.push(sql`${sql.ref(name)} as (
          select k.account_id, count(*)::float8 as value from support_tickets k
          where ${of('k.account_id')} and k.status in ('open', 'pending')${escalated} group by k.account_id)`);
        joins.push(sql`left join ${sql.ref(name)} on ${sql.ref(`${name}.account_id`)} = t.account_id`);
        return sql`coalesce(${sql.ref(`${name}.value`)}, 0)::float8`;
      }
      case 'days_to_renewal':
        return sql`(a.renewal_date - ${today}::date)::float8`;
      case 'csm_sentiment': {
        const name = `m${i}`;
        ctes.push(sql`${sql.ref(name)} as (
          select distinct on (c.account_id) c.account_id, c.sentiment as value
          from csm_sentiments c
          where ${of('c.account_id')} and (c.expires_at is null or c.expires_at > now())
          order by c.account_id, c.created_at desc)`);
        joins.push(sql`left join ${sql.ref(name)} on ${sql.ref(`${name}.account_id`)} = t.account_id`);
        return sql.ref(`${name}.value`);
      }
      case 'custom_field': {
        const raw = sql`(a.custom ->> ${s.field})`;
        if (s.kind === 'choice') return raw;
        // Free-form custom values: only what reads as a plausible number counts; anything else is missing.
        // Nested CASEs keep the casts behind the pattern check.
        return sql`case when ${raw} ~ '^\\s*[-+]?[0-9]{1,30}(\\.[0-9]*)?([eE][-+]?[0-9]{1,4})?\\s*$'
          then case when abs(${raw}::numeric) < 1e15 then round(${raw}::numeric, 9)::float8 end end`;
      }
    }
  };
  const values = measures.map((m, i) => rawValue(m, i));

  if (daily.length) ctes.unshift(usageCte('ud', 'd', 'usage_daily', 'event', daily, maxDailyWindow, ctx));
  if (users.length)
    ctes.unshift(usageCte('uu', 'u', 'usage_user_days', 'user_id', users, maxUserWindow, ctx));
  if (daily.length) joins.push(sql`left join ud on ud.account_id = t.account_id`);
  if (users.length) joins.push(sql`left join uu on uu.account_id = t.account_id`);
  if (needsHasUsage) {
    // Usage in a window answers it; otherwise a scalar subquery with LIMIT is one index probe (as a
    // semi-join the planner hashed all of usage_daily for every batch). Once per account, as a lateral.
    const recent = [daily.length ? sql`ud.account_id` : null, users.length ? sql`uu.account_id` : null]
      .filter((c) => c !== null)
      .map((c) => sql`${c} is not null`);
    const probe = sql`(select true from usage_daily x where x.account_id = t.account_id limit 1) is not null`;
    // OFFSET 0 keeps the lateral a subquery: pulled up, its probe was repeated in every usage measure.
    joins.push(
      sql`cross join lateral (select ${sql.join([...recent, probe], sql` or `)} as has offset 0) hu`,
    );
  }
  return { ctes, joins, values };
}

/** A usage column over rows matching `cond`: a sum of usage_daily counts, or how many events (users) match. */
interface UsageColumn {
  kind: 'sum' | 'distinct';
  cond: RawBuilder<unknown>;
}

/**
 * `name(account_id, <prefix>0..)` over a usage table: grouped by account and `key` (event or user) first,
 * then by account, so a distinct count is a count of groups the condition matched.
 */
function usageCte(
  name: string,
  prefix: string,
  table: string,
  key: string,
  cols: UsageColumn[],
  window: number,
  ctx: PlanContext,
) {
  const inner = cols.map((c, i) =>
    c.kind === 'sum'
      ? sql`sum(count) filter (where ${c.cond}) as ${sql.ref(`c${i}`)}`
      : sql`bool_or(${c.cond}) as ${sql.ref(`c${i}`)}`,
  );
  const outer = cols.map((c, i) =>
    c.kind === 'sum'
      ? sql`sum(${sql.ref(`c${i}`)}) as ${sql.ref(`${prefix}${i}`)}`
      : sql`count(*) filter (where ${sql.ref(`c${i}`)}) as ${sql.ref(`${prefix}${i}`)}`,
  );
  return sql`${sql.ref(name)} as (
    select account_id, ${sql.join(outer)} from (
      select u.account_id, ${sql.join(inner)} from ${sql.table(table)} u
      where ${batchFilter(sql.ref('u.account_id'), ctx)} and u.day > ${ctx.today}::date - ${num(window)}
      group by u.account_id, ${sql.ref(`u.${key}`)}) g
    group by account_id)`;
}

/** Rows of the batch's accounts in a source, by the cheapest predicate the batch allows. */
export function batchFilter(column: RawBuilder<unknown>, ctx: Pick<PlanContext, 'ids' | 'range'>) {
  if (ctx.range) return sql`${column} between ${ctx.range[0]}::uuid and ${ctx.range[1]}::uuid`;
  if (ctx.ids) return sql`${column} = any(${ctx.ids}::uuid[])`;
  return sql`${column} in (select account_id from t)`;
}

/** A raw value to 0-100 (one decimal), null when the value is missing or matches no choice. */
export function scoreSql(scoring: MeasureScoring, v: RawBuilder<unknown>): RawBuilder<unknown> {
  switch (scoring.kind) {
    case 'linear':
      // greatest() and least() skip nulls, so a missing value must stay null before it reaches them.
      return sql`(case when ${v} is not null then round(greatest(0, least(100, (${v} - ${num(scoring.from)}) * 100.0 / ${num(
        scoring.to - scoring.from,
      )}))::numeric, 1) end)::float8`;
    case 'bands': {
      // Validated contiguous: each band ends where the next starts, the last is open above.
      const whens = scoring.bands
        .slice(0, -1)
        .map((b) => sql`when ${v} < ${num(b.max ?? 0)} then ${num(b.score)}`);
      const last = scoring.bands[scoring.bands.length - 1];
      return sql`(case when ${v} is null then null ${sql.join(whens, sql` `)} else ${num(last?.score ?? 0)} end)::float8`;
    }
    case 'choice': {
      const whens = scoring.choices.map((c) => sql`when ${c.value} then ${num(c.score)}`);
      return sql`(case ${v}::text ${sql.join(whens, sql` `)} end)::float8`;
    }
  }
}
