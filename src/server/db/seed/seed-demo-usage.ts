import { ingestMessages } from '../../modules/ingest/ingest-messages.ts';
import { type NormalizedMessage, normalizeMessage } from '../../modules/ingest/normalize-message.ts';
import { rollupUsage } from '../../modules/ingest/rollup-usage.ts';
import type { Db } from '../client.ts';
import { createRandom, type Random } from './random.ts';

export const DEMO_KEY_FEATURES = [
  'Dashboard Viewed',
  'Report Exported',
  'Alert Created',
  'Integration Connected',
  'Workflow Run',
];
const EVENTS = [...DEMO_KEY_FEATURES, 'Search Performed', 'Comment Added', 'User Invited'] as const;
const EVENT_WEIGHTS = [30, 10, 6, 1, 12, 20, 8, 2];

const MAX_ACCOUNTS_WITH_USAGE = 400;

type Story = 'growing' | 'steady' | 'declining' | 'dormant';
const STORIES: readonly (readonly [Story, number])[] = [
  ['steady', 45],
  ['growing', 25],
  ['declining', 20],
  ['dormant', 10],
];

/** How active an account's users are on day d of 90 (0 = oldest), by its story. */
function activity(story: Story, d: number) {
  switch (story) {
    case 'growing':
      return 0.1 + 0.5 * (d / 89);
    case 'steady':
      return 0.4;
    case 'declining':
      return 0.55 - 0.5 * (d / 89);
    case 'dormant':
      return d < 45 ? 0.3 : 0;
  }
}

export interface DemoUsageOptions {
  days?: number;
  onProgress?: (done: number, total: number) => void;
  seed?: number;
}

/**
 * 90 days of product usage for the demo accounts, sent through the same code as the Segment API:
 * group and identify calls for each account's contacts, then track and page calls day by day.
 */
export async function seedDemoUsage(db: Db, options: DemoUsageOptions = {}): Promise<{ events: number }> {
  const random = createRandom(options.seed ?? 90);
  const days = options.days ?? 90;
  const accounts = await db
    .selectFrom('accounts')
    .innerJoin('contacts', 'contacts.account_id', 'accounts.id')
    .select(['accounts.external_id', 'accounts.lifecycle_stage', 'contacts.email', 'contacts.name'])
    .where('accounts.external_id', 'is not', null)
    .where('contacts.email', 'is not', null)
    .orderBy('accounts.external_id')
    .execute();
  const byAccount = new Map<string, { email: string; name: string }[]>();
  const stage = new Map<string, string>();
  for (const row of accounts) {
    // Usage for a sample of the book: enough for every screen, and seeding stays under a minute when
    // TEND_DEMO_ACCOUNTS asks for a large company (the rest look like accounts not yet connected).
    if (!byAccount.has(row.external_id as string) && byAccount.size >= MAX_ACCOUNTS_WITH_USAGE) continue;
    const list = byAccount.get(row.external_id as string) ?? [];
    list.push({ email: row.email as string, name: row.name });
    byAccount.set(row.external_id as string, list);
    stage.set(row.external_id as string, row.lifecycle_stage);
  }
  const today = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());
  const receivedAt = new Date();
  let pending: NormalizedMessage[] = [];
  let events = 0;
  let done = 0;
  const flush = async () => {
    if (pending.length) await ingestMessages(db, null, pending);
    events += pending.length;
    pending = [];
  };
  const send = async (raw: object) => {
    const result = normalizeMessage(raw, 0, { receivedAt });
    if ('ok' in result) pending.push(result.ok);
    if (pending.length >= 1000) await flush();
  };
  for (const [groupId, users] of byAccount) {
    const story: Story =
      stage.get(groupId) === 'churned'
        ? 'dormant'
        : stage.get(groupId) === 'at_risk'
          ? 'declining'
          : random.weighted(STORIES);
    await sendAccountUsage(send, random, { groupId, users, story, days, today });
    options.onProgress?.(++done, byAccount.size + 1);
  }
  await flush();
  while ((await rollupUsage(db, 2000)) > 0) {}
  options.onProgress?.(byAccount.size + 1, byAccount.size + 1);
  return { events };
}

async function sendAccountUsage(
  send: (raw: object) => Promise<void>,
  random: Random,
  a: { groupId: string; users: { email: string; name: string }[]; story: Story; days: number; today: number },
) {
  const start = a.today - a.days * 86_400_000;
  for (const user of a.users) {
    const userId = `demo-${user.email}`;
    const ts = new Date(start).toISOString();
    await send({
      type: 'identify',
      userId,
      traits: { email: user.email, name: user.name },
      messageId: `demo-identify-${user.email}`,
      timestamp: ts,
    });
    await send({
      type: 'group',
      userId,
      groupId: a.groupId,
      messageId: `demo-group-${a.groupId}-${user.email}`,
      timestamp: ts,
    });
  }
  for (let d = 0; d < a.days; d++) {
    const p = activity(a.story, d);
    for (const user of a.users) {
      if (!random.chance(p)) continue;
      const n = random.int(1, 3);
      for (let k = 0; k < n; k++) {
        const at = new Date(
          start + d * 86_400_000 + random.int(7, 19) * 3_600_000 + random.int(0, 3_599_999),
        );
        const event = random.weighted(EVENTS.map((e, i) => [e, EVENT_WEIGHTS[i] ?? 1] as const));
        await send({
          type: 'track',
          userId: `demo-${user.email}`,
          event,
          context: { groupId: a.groupId },
          timestamp: at.toISOString(),
          messageId: `demo-${a.groupId}-${user.email}-${d}-${k}`,
        });
      }
    }
  }
}
