import { randomBytes } from 'node:crypto';
import type { Channel, CreateChannelInput, UpdateChannelInput } from '../../../shared/notifications.ts';
import type { Db } from '../../db/client.ts';
import { notFound } from '../../errors.ts';
import type { Actor } from '../auth/actor.ts';
import { recordAudit } from '../auth/record-audit.ts';
import { assertPublicHost } from './outbound-address.ts';

/** A Slack or Teams URL is itself a credential: show the host and the last characters only. */
export function maskUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}/…${url.slice(-4)}`;
  } catch {
    return '…';
  }
}
const maskSecret = (s: string | null) => (s ? `${s.slice(0, 4)}…${s.slice(-2)}` : null);

type Row = {
  id: string;
  kind: string;
  name: string;
  url: string;
  secret: string | null;
  enabled: boolean;
  created_at: Date;
};
function toChannel(r: Row): Channel {
  return {
    id: r.id,
    kind: r.kind as Channel['kind'],
    name: r.name,
    url_masked: maskUrl(r.url),
    secret_masked: maskSecret(r.secret),
    enabled: r.enabled,
    created_at: r.created_at.toISOString(),
  };
}
const COLUMNS = ['id', 'kind', 'name', 'url', 'secret', 'enabled', 'created_at'] as const;

export async function listChannels(db: Db): Promise<Channel[]> {
  return (await db.selectFrom('notification_channels').select(COLUMNS).orderBy('name').execute()).map(
    toChannel,
  );
}

/** A webhook channel gets a signing secret; it is shown once, in this answer. */
export async function createChannel(db: Db, actor: Actor, input: CreateChannelInput, allowPrivate: boolean) {
  assertPublicHost(new URL(input.url).hostname, 'url', allowPrivate);
  const secret =
    input.kind === 'webhook' ? (input.secret ?? `whsec_${randomBytes(24).toString('hex')}`) : null;
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('notification_channels')
      .values({ kind: input.kind, name: input.name, url: input.url, secret, enabled: input.enabled })
      .returning(COLUMNS)
      .executeTakeFirstOrThrow();
    const channel = toChannel(row);
    await recordAudit(trx, actor, {
      action: 'channel.created',
      entityType: 'notification_channel',
      entityId: row.id,
      after: channel,
    });
    return { ...channel, secret };
  });
}

export async function updateChannel(
  db: Db,
  actor: Actor,
  id: string,
  input: UpdateChannelInput,
  allowPrivate: boolean,
): Promise<Channel> {
  if (input.url) assertPublicHost(new URL(input.url).hostname, 'url', allowPrivate);
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('notification_channels')
      .set(input)
      .where('id', '=', id)
      .returning(COLUMNS)
      .executeTakeFirst();
    if (!row) throw notFound('Channel');
    const channel = toChannel(row);
    await recordAudit(trx, actor, {
      action: 'channel.updated',
      entityType: 'notification_channel',
      entityId: id,
      after: channel,
    });
    return channel;
  });
}

export async function deleteChannel(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .deleteFrom('notification_channels')
      .where('id', '=', id)
      .returning(['id', 'name'])
      .executeTakeFirst();
    if (!row) throw notFound('Channel');
    await recordAudit(trx, actor, {
      action: 'channel.deleted',
      entityType: 'notification_channel',
      entityId: id,
      before: row,
    });
  });
}
