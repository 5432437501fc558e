import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../logger.ts';
import { type RunningPipeline, startPipeline } from '../../pipeline/pipeline.ts';
import { eventually } from '../../test/eventually.ts';
import { createTestApp, type SessionClient, type TestApp } from '../../test/harness.ts';
import { decodeEmailBody, startHttpReceiver, startSmtpReceiver } from '../../test/local-receivers.ts';
import { emitSignal } from '../signals/emit-signals.ts';
import { verifyWebhook } from './sign-webhook.ts';

let t: TestApp;
let jobs: RunningPipeline;
let admin: SessionClient;
let csm: SessionClient;

beforeAll(async () => {
  // The local receivers listen on 127.0.0.1.
  t = await createTestApp({ TEND_ALLOW_PRIVATE_OUTBOUND: 'true' });
  // Retries one second apart (doubling), two of them: a failing receiver is given up on within seconds.
  jobs = await startPipeline(
    t.database,
    createLogger('silent'),
    {
      allowPrivateOutbound: true,
      dispatchMs: 50,
      retryDelaySeconds: 1,
      retryLimit: 2,
      sweepCron: '0 0 0 1 1 *',
    },
    ['rules', 'notify', 'sweep'],
  );
  admin = await t.as('admin');
  csm = await t.as('csm');
  await t.db.updateTable('users').set({ locale: 'ko' }).where('id', '=', csm.userId).execute();
}, 60_000);
afterAll(async () => {
  await jobs?.stop();
  await t?.close();
});

async function channel(kind: string, url: string, extra: Record<string, unknown> = {}) {
  const res = await admin.post('/api/notifications/channels', { kind, name: `${kind} test`, url, ...extra });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; secret: string | null; url_masked: string };
}
async function fire(actions: unknown[]) {
  const account = await (
    await admin.post('/api/accounts', { name: `Acct ${Math.random()}`, owner_id: csm.userId })
  ).json();
  const rule = await admin.post('/api/rules', {
    name: `Alert ${account.name}`,
    enabled: true,
    // A kind of its own, so the rules of the other tests do not fire for this account.
    trigger: { type: 'health_alert', kind: account.id },
    actions,
  });
  expect(rule.status, await rule.clone().text()).toBe(201);
  await t.db.transaction().execute((trx) =>
    emitSignal(trx, {
      type: 'health.alert',
      accountId: account.id,
      facts: { kind: account.id, from: 80, to: 45 },
    }),
  );
  return account as { id: string; name: string };
}
const deliveries = async () =>
  (await (await admin.get('/api/notifications/deliveries')).json()).data as Record<string, unknown>[];

describe('notifications', () => {
  it('posts to Slack and Teams incoming webhooks, and shows the URL masked', async () => {
    const slack = await startHttpReceiver();
    const teams = await startHttpReceiver();
    try {
      const s = await channel('slack', `${slack.url}/T000/B000/secretpart`);
      expect(s.url_masked).not.toContain('secretpart');
      const tm = await channel('teams', teams.url);
      const account = await fire([
        { type: 'notify_slack', channel_id: s.id, message: ':warning: {{account}}: {{reason}}' },
        { type: 'notify_teams', channel_id: tm.id },
      ]);
      await eventually(async () => slack.received.length > 0 && teams.received.length > 0);
      const text: string = JSON.parse(slack.received[0]?.body ?? '{}').text;
      expect(text.startsWith(`:warning: ${account.name}: `)).toBe(true);
      for (const fact of [`kind: ${account.id}`, 'from: 80', 'to: 45']) expect(text).toContain(fact);
      expect(JSON.parse(teams.received[0]?.body ?? '{}').text).toContain(account.name);
      const log = await deliveries();
      expect(log.filter((d) => d.account_name === account.name && d.status === 'sent')).toHaveLength(2);
      const listed = JSON.stringify(await (await admin.get('/api/notifications/channels')).json());
      expect(listed).not.toContain('secretpart');
    } finally {
      await slack.close();
      await teams.close();
    }
  });

  it('signs webhooks with HMAC-SHA256 over timestamp and body, which the receiver verifies', async () => {
    const receiver = await startHttpReceiver();
    try {
      const hook = await channel('webhook', receiver.url);
      expect(hook.secret).toMatch(/^whsec_/);
      const account = await fire([{ type: 'call_webhook', channel_id: hook.id }]);
      await eventually(async () => receiver.received.length > 0);
      const [req] = receiver.received;
      const signature = String(req?.headers['tend-signature']);
      expect(verifyWebhook(hook.secret as string, req?.body ?? '', signature)).toBe(true);
      expect(verifyWebhook('whsec_wrong-secret-000000', req?.body ?? '', signature)).toBe(false);
      expect(verifyWebhook(hook.secret as string, `${req?.body} `, signature)).toBe(false);
      expect(JSON.parse(req?.body ?? '{}').data).toMatchObject({
        account_id: account.id,
        facts: { kind: account.id },
      });
    } finally {
      await receiver.close();
    }
  });

  it('retries a failing receiver with backoff, then shows the delivery failed; the retry button sends it again', async () => {
    let healthy = false;
    const receiver = await startHttpReceiver(() => (healthy ? 200 : 500));
    try {
      const hook = await channel('webhook', receiver.url);
      const account = await fire([{ type: 'call_webhook', channel_id: hook.id }]);
      const failed = await eventually(async () =>
        (await deliveries()).find((d) => d.account_name === account.name && d.status === 'failed'),
      );
      expect(receiver.received).toHaveLength(3); // the first try and two retries
      expect(failed).toMatchObject({ attempts: 3, response_status: 500 });
      expect(failed.last_error).toMatch(/500/);
      // The queue lists the job among the failed ones, for admins only.
      // (pg-boss marks the job failed just after the handler recorded the delivery as failed.)
      const failedJob = await eventually(async () => {
        const listed = (await (await admin.get('/api/jobs/failed')).json()).data;
        return listed.find((j: { data: { deliveryId: string } }) => j.data.deliveryId === failed.id);
      });
      expect(failedJob).toMatchObject({ queue: 'notifications.deliver', error: 'The receiver answered 500' });
      expect((await csm.get('/api/jobs/failed')).status).toBe(403);

      healthy = true;
      expect((await admin.post(`/api/notifications/deliveries/${failed.id}/retry`)).status).toBe(204);
      await eventually(async () =>
        (await deliveries()).find((d) => d.id === failed.id && d.status === 'sent'),
      );
      expect(receiver.received).toHaveLength(4);
      expect((await admin.post(`/api/notifications/deliveries/${failed.id}/retry`)).status).toBe(409);
    } finally {
      await receiver.close();
    }
  });

  it("emails the owner through SMTP in the owner's language, unless they turned rule emails off", async () => {
    const smtp = await startSmtpReceiver();
    try {
      const res = await admin.request('PUT', '/api/notifications/smtp', {
        host: '127.0.0.1',
        port: smtp.port,
        secure: false,
        user: 'tend',
        password: 'smtp-secret-password',
        from: 'tend@example.com',
      });
      expect(res.status).toBe(200);
      const shown = await (await admin.get('/api/notifications/smtp')).json();
      expect(shown).toMatchObject({ host: '127.0.0.1', password_set: true });
      expect(JSON.stringify(shown)).not.toContain('smtp-secret-password');

      const account = await fire([{ type: 'send_email', to: 'owner' }]);
      await eventually(async () => smtp.received.length > 0);
      const [mail] = smtp.received;
      expect(mail?.to).toEqual([csm.email]);
      const text = decodeEmailBody(mail?.raw ?? '');
      expect(text).toContain('Tend가 담당 고객사 하나를 표시했습니다.');
      expect(text).toContain(account.name);

      const prefs = await csm.request('PUT', '/api/notifications/preferences', { rule_email: false });
      expect(await prefs.json()).toMatchObject({ rule_email: false });
      const quiet = await fire([{ type: 'send_email', to: 'owner' }]);
      await eventually(
        async () =>
          (
            await sql<{
              n: number;
            }>`select count(*)::int as n from rule_runs r join rules u on u.id = r.rule_id
          where u.name = ${`Alert ${quiet.name}`} and r.status = 'fired'`.execute(t.db)
          ).rows[0]?.n === 1,
      );
      const queued = await t.db
        .selectFrom('notification_deliveries')
        .select('id')
        .where('account_id', '=', quiet.id)
        .execute();
      expect(queued).toHaveLength(0);
    } finally {
      await smtp.close();
    }
  });
});
