import { sql } from 'kysely';
import type { Db } from '../../db/client.ts';
import { upsertAccounts, upsertContacts } from '../accounts/upsert-accounts.ts';
import type { NormalizedMessage } from './normalize-message.ts';

/** Latest message per key wins, as in Segment: later traits overwrite earlier ones. */
function latestBy<T extends NormalizedMessage>(messages: T[], key: (m: T) => string | null) {
  const out = new Map<string, T>();
  for (const m of messages) {
    const k = key(m);
    if (!k) continue;
    const prev = out.get(k);
    if (!prev || prev.timestamp <= m.timestamp) out.set(k, m);
  }
  return [...out.entries()];
}

/** Traits of several calls for one key, folded in time order: a call without traits erases nothing. */
function mergedTraitsBy(messages: NormalizedMessage[], key: (m: NormalizedMessage) => string | null) {
  const out = new Map<string, Record<string, unknown>>();
  for (const m of [...messages].sort((a, b) =>
    a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : 0,
  )) {
    const k = key(m);
    if (k) out.set(k, { ...out.get(k), ...m.properties });
  }
  return [...out.entries()];
}

const userKey = (m: NormalizedMessage) => m.userId ?? m.anonymousId;

/**
 * alias(previousId → userId): later lookups of previousId mean userId, and past events move over. The rollups
 * follow through usage_renames, which the rollup pass applies in order; events still queued for the rollup
 * are renamed here, so the pass adds them under the new id.
 */
export async function applyAliases(trx: Db, messages: NormalizedMessage[]): Promise<void> {
  const aliases = latestBy(
    messages.filter((m) => m.type === 'alias'),
    (m) => m.previousId,
  ).filter(([previous, m]) => previous !== m.userId);
  if (aliases.length === 0) return;
  const previous = aliases.map(([p]) => p);
  const users = aliases.map(([, m]) => m.userId as string);
  const renames = sql`unnest(${previous}::text[], ${users}::text[]) as a(previous_id, user_id)`;
  await sql`
    insert into ingest_aliases (previous_id, user_id)
    select * from ${renames}
    on conflict (previous_id) do update set user_id = excluded.user_id`.execute(trx);
  // Moved events still waiting for their account now wait under the new user id.
  await sql`
    with moved as (
      update raw_events r set user_id = a.user_id
      from ${renames}
      where r.user_id = a.previous_id or (r.user_id is null and r.anonymous_id = a.previous_id)
      returning r.account_id, r.group_id, r.user_id
    ),
    renamed as (
      insert into usage_renames (previous_id, user_id) select previous_id, user_id from ${renames}
    ),
    requeued as (
      update usage_queue q set user_id = a.user_id from ${renames} where q.user_id = a.previous_id
    )
    insert into ingest_pending (kind, key)
    select distinct 'user', user_id from moved where account_id is null and group_id is null
    order by 1, 2
    on conflict (kind, key) do update set kind = ingest_pending.kind`.execute(trx);
  await sql`
    insert into ingest_users (user_id, group_id, email, traits)
    select a.user_id, u.group_id, u.email, u.traits
    from ${renames}
    join ingest_users u on u.user_id = a.previous_id
    on conflict (user_id) do update set group_id = coalesce(ingest_users.group_id, excluded.group_id),
      email = coalesce(ingest_users.email, excluded.email), traits = excluded.traits || ingest_users.traits`.execute(
    trx,
  );
}

/** Replaces ids that an alias call renamed; a batch may alias and use the new id at once. */
export async function resolveAliases(trx: Db, messages: NormalizedMessage[]) {
  const ids = [...new Set(messages.map(userKey).filter((k): k is string => !!k))];
  if (ids.length === 0) return;
  const { rows } = await sql<{ previous_id: string; user_id: string }>`
    select previous_id, user_id from ingest_aliases where previous_id = any(${ids}::text[])`.execute(trx);
  const map = new Map(rows.map((r) => [r.previous_id, r.user_id]));
  for (const m of messages) {
    if (m.type === 'alias') continue;
    const renamed = map.get(userKey(m) ?? '');
    if (renamed) m.userId = renamed;
  }
}

/**
 * group: upserts the account by groupId (its external_id) with the traits, and remembers the user's group.
 * identify: remembers the user's traits and upserts the contact on the user's account by email.
 */
export async function applyGroupsAndIdentifies(trx: Db, messages: NormalizedMessage[]) {
  const groups = mergedTraitsBy(
    messages.filter((m) => m.type === 'group'),
    (m) => m.groupId,
  );
  if (groups.length > 0) {
    const rows = groups.map(([groupId, traits]) => accountFromTraits(groupId, traits));
    await upsertAccounts(trx, rows);
  }
  const memberships = latestBy(
    messages.filter((m) => m.type === 'group'),
    userKey,
  ).map(([user, m]) => ({ user, group: m.groupId }));
  const identities = latestBy(
    messages.filter((m) => m.type === 'identify'),
    userKey,
  ).map(([user, m]) => ({
    user,
    email: typeof m.properties.email === 'string' ? m.properties.email.toLowerCase().slice(0, 254) : null,
    traits: JSON.stringify(m.properties),
  }));
  if (memberships.length > 0) {
    await sql`
      insert into ingest_users (user_id, group_id)
      select * from jsonb_to_recordset(${JSON.stringify(memberships)}::jsonb) as m("user" text, "group" text)
      on conflict (user_id) do update set group_id = excluded.group_id, last_seen_at = now()`.execute(trx);
  }
  if (identities.length > 0) {
    await sql`
      insert into ingest_users (user_id, email, traits)
      select i.user, i.email, i.traits::jsonb from jsonb_to_recordset(${JSON.stringify(identities)}::jsonb) as i("user" text, email text, traits text)
      on conflict (user_id) do update set email = coalesce(excluded.email, ingest_users.email),
        traits = ingest_users.traits || excluded.traits, last_seen_at = now()`.execute(trx);
  }
  const touchedUsers = [...new Set([...memberships.map((m) => m.user), ...identities.map((i) => i.user)])];
  if (touchedUsers.length > 0) await upsertContactsOfUsers(trx, touchedUsers);
}

/** Users with an email whose group is a known account become (or update) that account's contacts. */
async function upsertContactsOfUsers(trx: Db, users: string[]) {
  const source = sql`
    select a.id as account_id, u.email,
      coalesce(nullif(u.traits->>'name', ''), nullif(trim(concat(u.traits->>'firstName', ' ', u.traits->>'lastName')), ''), u.email) as name,
      left(u.traits->>'title', 200) as title
    from ingest_users u join accounts a on a.external_id = u.group_id
    where u.user_id = any(${users}::text[]) and u.email is not null`;
  await upsertContacts(trx, source, 'merge');
}

function accountFromTraits(groupId: string, traits: Record<string, unknown>) {
  const name =
    typeof traits.name === 'string' && traits.name.trim() ? traits.name.trim().slice(0, 200) : groupId;
  const website = [traits.domain, traits.website].find((v): v is string => typeof v === 'string');
  const domain = website
    ? website
        .replace(/^https?:\/\//, '')
        .replace(/\/.*$/, '')
        .toLowerCase()
        .slice(0, 253) || null
    : null;
  const custom: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(traits)) {
    const key = k
      .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
      .toLowerCase()
      .replace(/[^a-z0-9_]/g, '_');
    if (['name', 'domain', 'website'].includes(key) || !/^[a-z][a-z0-9_]{0,62}$/.test(key)) continue;
    if (v === null || typeof v === 'number' || typeof v === 'boolean') custom[key] = v;
    else if (typeof v === 'string') custom[key] = v.slice(0, 1000);
  }
  return { external_id: groupId.slice(0, 200), name, domain, custom: JSON.stringify(custom) };
}
