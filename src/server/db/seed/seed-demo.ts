import { systemActor } from '../../modules/auth/actor.ts';
import { hashPassword, randomPassword } from '../../modules/auth/passwords.ts';
import { updateUsageSettings } from '../../modules/ingest/usage-settings.ts';
import type { Db } from '../client.ts';
import {
  COMPANY_FIRST,
  COMPANY_SECOND,
  COMPANY_SUFFIX,
  DEMO_USERS,
  FIRST_NAMES,
  INDUSTRIES,
  LAST_NAMES,
  PRODUCTS,
  TITLES,
} from './demo-data.ts';
import { addDays, createRandom, type Random } from './random.ts';
import { seedDemoActions } from './seed-demo-actions.ts';
import { seedDemoHealth } from './seed-demo-health.ts';
import { seedDemoRevenue } from './seed-demo-revenue.ts';
import { seedDemoTeam } from './seed-demo-team.ts';
import { DEMO_KEY_FEATURES, seedDemoUsage } from './seed-demo-usage.ts';
import { seedDemoWorkload } from './seed-demo-workload.ts';

export type DemoProgress = (done: number, total: number) => void;

export interface DemoOptions {
  accounts: number;
  /** 90 days of product usage through the ingest code (on unless details are off). */
  usage?: boolean;
  onUsageProgress?: DemoProgress;
  /** Contacts, team and contracts; the API benchmark turns them off to seed 100k accounts quickly. */
  details?: boolean;
  onProgress?: DemoProgress;
  seed?: number;
}

const CHUNK = 500;
const SEGMENTS = [
  ['Enterprise', 15],
  ['Mid-Market', 35],
  ['SMB', 50],
] as const;
const CURRENCIES = [
  ['USD', 78],
  ['EUR', 10],
  ['GBP', 6],
  ['KRW', 6],
] as const;
// Rough exchange rates from USD, so ARR in other currencies stays realistic; KRW has no minor unit.
const FROM_USD_MINOR: Record<string, number> = { USD: 1, EUR: 0.92, GBP: 0.79, KRW: 13.8 };

/**
 * The demo company: CS users, then accounts in chunks, each chunk with contacts in every role,
 * an account team with one primary point of contact, and contracts renewing over the next 12 months.
 */
export async function seedDemo(db: Db, options: DemoOptions): Promise<void> {
  const random = createRandom(options.seed ?? 20261123);
  const users = await seedUsers(db);
  const today = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
  for (let start = 0; start < options.accounts; start += CHUNK) {
    const count = Math.min(CHUNK, options.accounts - start);
    await db.transaction().execute(async (trx) => {
      const accounts = await insertAccounts(trx, random, users, today, start, count);
      if (options.details !== false) await insertDetails(trx, random, users, today, accounts);
    });
    options.onProgress?.(start + count, options.accounts);
  }
  if (options.details !== false) await seedDemoRevenue(db, today.toISOString().slice(0, 10));
  if (options.details !== false) await seedDemoTeam(db, today);
  if (options.details !== false) await seedDemoWorkload(db);
  if (options.details !== false && options.usage !== false) {
    await updateUsageSettings(db, systemActor('demo'), {
      key_features: DEMO_KEY_FEATURES,
      raw_event_retention_days: null,
    });
    await seedDemoUsage(db, { onProgress: options.onUsageProgress });
    await seedDemoHealth(db);
  }
  // After health, so the red-health rule finds the red accounts; rules and CTAs need the CSMs and accounts.
  if (options.details !== false) await seedDemoActions(db);
}

type DemoUsers = { manager: string; csms: string[]; all: string[] };

async function seedUsers(db: Db): Promise<DemoUsers> {
  // One unknown password for all demo users: an admin sets real ones in Settings when needed.
  const password_hash = await hashPassword(randomPassword());
  const rows = await db
    .insertInto('users')
    .values(DEMO_USERS.map((u) => ({ ...u, password_hash })))
    .onConflict((oc) => oc.column('email').doUpdateSet({ name: (eb) => eb.ref('excluded.name') }))
    .returning(['id', 'role'])
    .execute();
  const csms = rows.filter((r) => r.role === 'csm').map((r) => r.id);
  const manager = rows.find((r) => r.role === 'cs_manager')?.id ?? (csms[0] as string);
  return { manager, csms, all: rows.map((r) => r.id) };
}

type SeededAccount = {
  id: string;
  coverage_model: string;
  owner_id: string | null;
  arr: number;
  currency: string;
  renewal_date: string | null;
  lifecycle_stage: string;
  domain: string | null;
};

async function insertAccounts(
  trx: Db,
  random: Random,
  users: DemoUsers,
  today: Date,
  offset: number,
  count: number,
) {
  const rows = Array.from({ length: count }, (_, i) => demoAccount(random, users, today, offset + i));
  const inserted: SeededAccount[] = await trx
    .insertInto('accounts')
    .values(rows)
    .returning([
      'id',
      'coverage_model',
      'owner_id',
      'arr',
      'currency',
      'renewal_date',
      'lifecycle_stage',
      'domain',
    ])
    .execute();
  // A few enterprise accounts are subsidiaries of another account in the same chunk.
  const parents = inserted.filter((a) => a.coverage_model === 'dedicated').slice(0, 5);
  for (const child of inserted.filter((a) => a.coverage_model === 'dedicated').slice(5)) {
    if (!random.chance(0.12) || parents.length === 0) continue;
    await trx
      .updateTable('accounts')
      .set({ parent_id: random.pick(parents).id })
      .where('id', '=', child.id)
      .execute();
  }
  return inserted;
}

function demoAccount(random: Random, users: DemoUsers, today: Date, n: number) {
  const first = COMPANY_FIRST[n % COMPANY_FIRST.length] as string;
  const second = random.pick(COMPANY_SECOND);
  const round = Math.floor(n / COMPANY_FIRST.length);
  const name = `${first} ${second}${round % 3 === 0 ? '' : ` ${random.pick(COMPANY_SUFFIX)}`}${round >= 3 ? ` ${round}` : ''}`;
  const segment = random.weighted(SEGMENTS);
  const coverage =
    segment === 'Enterprise'
      ? 'dedicated'
      : segment === 'Mid-Market'
        ? random.chance(0.2)
          ? 'dedicated'
          : 'pooled'
        : random.chance(0.25)
          ? 'pooled'
          : 'tech_touch';
  const usd =
    segment === 'Enterprise'
      ? random.int(80_000, 600_000)
      : segment === 'Mid-Market'
        ? random.int(15_000, 80_000)
        : random.int(1_200, 15_000);
  const currency = random.weighted(CURRENCIES);
  const churned = random.chance(0.05);
  const lifecycle = churned
    ? 'churned'
    : random.weighted([
        ['onboarding', 12],
        ['adoption', 30],
        ['growth', 30],
        ['renewal', 15],
        ['at_risk', 13],
      ] as const);
  const renewal = churned ? addDays(today, -random.int(10, 200)) : addDays(today, random.int(3, 365));
  const domainBase = `${first}${second}`.toLowerCase().replace(/[^a-z0-9]/g, '');
  return {
    name,
    external_id: `CRM-${String(100000 + n)}`,
    domain: `${domainBase}${round > 0 ? round : ''}.example.com`,
    segment,
    tier: segment === 'Enterprise' ? 'Tier 1' : segment === 'Mid-Market' ? 'Tier 2' : 'Tier 3',
    coverage_model: coverage,
    lifecycle_stage: lifecycle,
    owner_id: coverage === 'tech_touch' && random.chance(0.7) ? null : random.pick(users.csms),
    // Minor units: cents for USD/EUR/GBP; KRW has none, which its rate (per USD cent) already accounts for.
    arr: Math.round(usd * 100 * (FROM_USD_MINOR[currency] ?? 1)),
    currency,
    renewal_date: renewal,
    custom: JSON.stringify({
      industry: INDUSTRIES[second] ?? 'Technology',
      region: random.weighted([
        ['North America', 45],
        ['EMEA', 30],
        ['APAC', 25],
      ] as const),
      employees:
        segment === 'Enterprise'
          ? random.int(2000, 50000)
          : segment === 'Mid-Market'
            ? random.int(200, 2000)
            : random.int(10, 200),
      plan: segment === 'Enterprise' ? 'Enterprise' : segment === 'Mid-Market' ? 'Growth' : 'Starter',
    }),
  };
}

async function insertDetails(
  trx: Db,
  random: Random,
  users: DemoUsers,
  today: Date,
  accounts: SeededAccount[],
) {
  const contacts = accounts.flatMap((a) => demoContacts(random, a));
  if (contacts.length) await trx.insertInto('contacts').values(contacts).execute();
  const team = accounts.flatMap((a) => demoTeam(random, users, a));
  if (team.length) await trx.insertInto('account_team').values(team).execute();
  const contracts = accounts.flatMap((a) => demoContracts(random, today, a));
  if (contracts.length) await trx.insertInto('contracts').values(contracts).execute();
}

function demoContacts(random: Random, account: SeededAccount) {
  const size =
    account.coverage_model === 'dedicated'
      ? random.int(5, 9)
      : account.coverage_model === 'pooled'
        ? random.int(3, 5)
        : random.int(1, 3);
  const roles = [
    'decision_maker',
    'champion',
    'user',
    'it_admin',
    'billing',
    'executive_sponsor',
    'user',
    'user',
    'user',
  ].slice(0, size);
  return roles.map((role, i) => {
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    const local = `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '');
    return {
      account_id: account.id,
      name: `${first} ${last}`,
      email: `${local}${i}@${account.domain ?? 'example.com'}`,
      title: random.pick(TITLES[role] ?? ['Manager']),
      phone: random.chance(0.6)
        ? `+1 555 ${String(random.int(100, 999))} ${String(random.int(1000, 9999))}`
        : null,
      role,
    };
  });
}

function demoTeam(random: Random, users: DemoUsers, account: SeededAccount) {
  const team: { account_id: string; user_id: string; role: string; is_primary: boolean }[] = [];
  if (account.owner_id)
    team.push({ account_id: account.id, user_id: account.owner_id, role: 'csm', is_primary: true });
  if (account.coverage_model === 'dedicated') {
    team.push({ account_id: account.id, user_id: users.manager, role: 'exec_sponsor', is_primary: false });
    const support = random.pick(users.csms);
    if (support !== account.owner_id)
      team.push({ account_id: account.id, user_id: support, role: 'support', is_primary: false });
  }
  return team;
}

function demoContracts(random: Random, today: Date, account: SeededAccount) {
  if (!account.renewal_date) return [];
  const end = account.renewal_date;
  const start = addDays(new Date(`${end}T00:00:00Z`), -365);
  const churned = account.lifecycle_stage === 'churned';
  const current = {
    account_id: account.id,
    product: PRODUCTS[0] as string,
    start_date: start,
    end_date: end,
    arr: account.arr,
    currency: account.currency,
    status: churned ? 'cancelled' : 'active',
  };
  const contracts = [current];
  if (start > addDays(today, -365) && random.chance(0.6)) {
    const prevEnd = addDays(new Date(`${start}T00:00:00Z`), -1);
    const prevStart = addDays(new Date(`${prevEnd}T00:00:00Z`), -364);
    contracts.push({
      ...current,
      start_date: prevStart,
      end_date: prevEnd,
      arr: Math.round((account.arr * random.int(70, 100)) / 100),
      status: 'expired',
    });
  }
  if (account.coverage_model === 'dedicated' && !churned && random.chance(0.4)) {
    contracts.push({
      ...current,
      product: random.pick(PRODUCTS.slice(1)),
      arr: Math.round(account.arr * 0.15),
    });
  }
  return contracts;
}
