import { sql } from 'kysely';
import type { AccountUsage } from '../../../shared/usage.ts';
import type { Db } from '../../db/client.ts';
import { getAccount } from '../accounts/account-queries.ts';
import { getUsageSettings } from './usage-settings.ts';

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The account page's usage: active users per day, top events and key-feature adoption (30 days), contacts' last activity. */
export async function getAccountUsage(
  db: Db,
  accountId: string,
  query: { days: number; to?: string },
): Promise<AccountUsage> {
  await getAccount(db, accountId);
  const to = query.to ?? isoDay(Date.now());
  const from = isoDay(Date.parse(to) - (query.days - 1) * DAY);
  const monthAgo = isoDay(Date.parse(to) - 29 * DAY);
  const [activeUsers, topEvents, contacts, settings, any] = await Promise.all([
    activeUsersSeries(db, accountId, from, to),
    topEventsSince(db, accountId, monthAgo, to),
    contactsLastSeen(db, accountId),
    getUsageSettings(db),
    db.selectFrom('usage_daily').select('day').where('account_id', '=', accountId).limit(1).execute(),
  ]);
  const used = new Map(topEvents.map((e) => [e.event, e.users]));
  const keyFeatures = settings.key_features.map((event) => ({
    event,
    used: used.has(event),
    users: used.get(event) ?? 0,
  }));
  return {
    from,
    to,
    has_events: any.length > 0,
    active_users: activeUsers,
    top_events: topEvents.slice(0, 15),
    feature_adoption: {
      key_features: keyFeatures,
      adoption: keyFeatures.length ? keyFeatures.filter((f) => f.used).length / keyFeatures.length : null,
    },
    contacts,
  };
}

/** DAU, and WAU/MAU as distinct users over the 7 and 30 days ending each day. */
async function activeUsersSeries(db: Db, accountId: string, from: string, to: string) {
  const { rows } = await sql<{ day: string; dau: number; wau: number; mau: number }>`
    with days as (select d::date as day from generate_series(${from}::date, ${to}::date, interval '1 day') d),
    user_days as (select day, user_id from usage_user_days where account_id = ${accountId}
      and day between ${from}::date - 29 and ${to}::date)
    select days.day::text,
      (select count(*) from user_days u where u.day = days.day)::int as dau,
      (select count(distinct user_id) from user_days u where u.day between days.day - 6 and days.day)::int as wau,
      (select count(distinct user_id) from user_days u where u.day between days.day - 29 and days.day)::int as mau
    from days order by days.day`.execute(db);
  return rows;
}

async function topEventsSince(db: Db, accountId: string, from: string, to: string) {
  const { rows } = await sql<{ event: string; count: number; users: number; last_seen: string | null }>`
    select d.event, sum(d.count)::int as count, max(d.day)::text as last_seen,
      (select count(distinct coalesce(r.user_id, r.anonymous_id)) from raw_events r
        where r.account_id = ${accountId} and r.timestamp >= ${from}::date and r.timestamp < ${to}::date + 1
        and (case r.type when 'track' then r.event when 'page' then 'Page Viewed' else 'Screen Viewed' end) = d.event)::int as users
    from usage_daily d where d.account_id = ${accountId} and d.day between ${from}::date and ${to}::date
    group by d.event order by count desc, d.event limit 50`.execute(db);
  return rows;
}

async function contactsLastSeen(db: Db, accountId: string) {
  const { rows } = await sql<{
    contact_id: string;
    name: string;
    email: string | null;
    role: string;
    last_seen: string | null;
  }>`
    select c.id as contact_id, c.name, c.email, c.role, max(d.day)::text as last_seen
    from contacts c
    left join ingest_users u on u.email = c.email
    left join usage_user_days d on d.account_id = c.account_id and d.user_id = u.user_id
    where c.account_id = ${accountId}
    group by c.id order by max(d.day) desc nulls last, c.name limit 500`.execute(db);
  return rows;
}
