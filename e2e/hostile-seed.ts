// Names an attacker can choose, put into every named thing through the API and the ingest endpoint, so a
// browser test can look for any place that renders one as HTML.
import type { Account } from '../src/shared/accounts.ts';
import { ADMIN_PASSWORD, type ApiSession } from './harness.ts';

/** Script that runs if a name reaches innerHTML, an attribute, a template engine or a link. */
export const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '"><svg onload=window.__xss=1>',
  '{{7*7}}',
  'javascript:alert(1)',
] as const;

/**
 * A name made of every payload, with a readable tag so a person can find it on the page; cut to the field's
 * length limit, which still keeps the first payload whole.
 */
export const hostile = (tag: string, max = 200) => `${tag} ${PAYLOADS.join(' ')}`.slice(0, max);

export type HostileRecords = {
  accountId: string;
  scorecardId: string;
  ruleId: string;
  memberId: string;
  requisitionId: string;
};

const EXTERNAL_ID = 'hostile-co';

async function ingest(baseUrl: string, writeKey: string, path: string, body: unknown) {
  const res = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${writeKey}:`).toString('base64')}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
}

/** Rules and scorecards first, so the hostile account opens a CTA and is scored lowest (top of the heat map). */
export async function seedHostileNames(baseUrl: string, admin: ApiSession): Promise<HostileRecords> {
  const { user } = await admin.get<{ user: { id: string } }>('/auth/session');
  const rule = await admin.send<{ id: string }>('POST', '/rules', {
    name: hostile('Rule'),
    trigger: { type: 'account_created' },
    actions: [{ type: 'open_cta', cta_type: 'onboarding', title: hostile('Rule CTA') }],
  });
  await admin.send('POST', '/playbooks', {
    name: hostile('Playbook'),
    cta_type: 'risk',
    steps: [{ offset_days: 0, title: hostile('Playbook step') }],
  });
  const { scorecard } = await admin.send<{ scorecard: { id: string } }>('POST', '/scorecards', {
    name: hostile('Scorecard'),
    is_default: true,
    measures: [
      {
        key: 'hostile',
        label: hostile('Measure', 100),
        group: hostile('Group', 60),
        weight: 60,
        source: { type: 'custom_field', field: 'hostile_score', kind: 'number' },
        scoring: { kind: 'linear', from: 0, to: 100 },
      },
      {
        key: 'renewal',
        label: hostile('Renewal', 100),
        weight: 40,
        source: { type: 'days_to_renewal' },
        scoring: { kind: 'linear', from: 0, to: 180 },
      },
    ],
  });

  const account = await admin.send<Account>('POST', '/accounts', {
    name: hostile('Account'),
    external_id: EXTERNAL_ID,
    segment: hostile('Segment', 100),
    tier: hostile('Tier', 50),
    owner_id: user.id,
    arr: 12_000_00,
    renewal_date: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
    custom: { hostile_score: 0, hostile_note: hostile('Custom field') },
  });
  await seedAccountRecords(admin, account.id);

  // An ingest key alone renames the account and names events: the attack the probe found.
  const key = await admin.send<{ key: string }>('POST', '/api-keys', {
    name: hostile('Ingest key', 100),
    scopes: ['ingest'],
    current_password: ADMIN_PASSWORD,
  });
  await ingest(baseUrl, key.key, '/v1/group', {
    userId: 'hostile-user',
    groupId: EXTERNAL_ID,
    traits: { name: hostile('Ingest-renamed account') },
  });
  await ingest(baseUrl, key.key, '/v1/group', {
    userId: 'hostile-user-2',
    groupId: 'hostile-new-co',
    traits: { name: hostile('Ingest-created account') },
  });
  for (let i = 0; i < 5; i++)
    await ingest(baseUrl, key.key, '/v1/track', {
      userId: `hostile-user-${i}`,
      event: hostile('Event'),
      context: { groupId: EXTERNAL_ID },
    });

  const { member, requisition } = await seedPeople(admin, user.id);
  await admin.send('POST', '/saved-views', {
    name: hostile('Saved view', 100),
    query: { q: hostile('Query') },
  });
  await admin.send('POST', '/users', {
    name: hostile('User'),
    email: `hostile-${Date.now()}@tend.local`,
    password: 'hostile-user-password',
    role: 'csm',
    locale: 'en',
  });
  return {
    accountId: account.id,
    scorecardId: scorecard.id,
    ruleId: rule.id,
    memberId: member,
    requisitionId: requisition,
  };
}

async function seedAccountRecords(admin: ApiSession, accountId: string) {
  await admin.send('POST', `/accounts/${accountId}/contacts`, {
    name: hostile('Contact'),
    email: 'hostile@example.com',
    title: hostile('Title'),
  });
  await admin.send('POST', `/accounts/${accountId}/contracts`, {
    product: hostile('Product'),
    start_date: new Date(Date.now() - 300 * 86_400_000).toISOString().slice(0, 10),
    end_date: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
    arr: 12_000_00,
  });
  await admin.send('POST', '/ctas', { account_id: accountId, type: 'risk', title: hostile('CTA') });
  await admin.send('POST', `/accounts/${accountId}/touchpoints`, {
    type: 'call',
    occurred_at: new Date().toISOString(),
    summary: hostile('Touchpoint'),
  });
  await admin.send('POST', `/accounts/${accountId}/tickets`, { subject: hostile('Ticket') });
  await admin.send('POST', `/accounts/${accountId}/sentiments`, {
    sentiment: 'red',
    comment: hostile('Sentiment'),
  });
  await admin.send('POST', `/accounts/${accountId}/survey-responses`, {
    kind: 'nps',
    score: 2,
    comment: hostile('Survey'),
  });
}

async function seedPeople(admin: ApiSession, userId: string) {
  const member = await admin.send<{ id: string }>('POST', '/team/members', {
    name: hostile('Member'),
    title: hostile('Member title'),
    track: 'ic',
    level: 2,
    start_date: '2026-01-05',
    location: hostile('Location'),
  });
  await admin.send('POST', `/team/members/${member.id}/notes`, {
    conversation_on: '2026-06-01',
    body: hostile('Career note'),
  });
  const requisition = await admin.send<{ id: string }>('POST', '/hiring/requisitions', {
    title: hostile('Requisition'),
    track: 'ic',
    level: 2,
    hiring_manager_id: userId,
    opened_on: '2026-01-05',
    mission: hostile('Mission'),
    outcomes: [hostile('Outcome')],
  });
  await admin.send('POST', `/hiring/requisitions/${requisition.id}/candidates`, {
    name: hostile('Candidate'),
    email: 'candidate@example.com',
  });
  return { member: member.id, requisition: requisition.id };
}
