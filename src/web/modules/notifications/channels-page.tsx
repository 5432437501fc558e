import type { TFunction } from 'i18next';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CHANNEL_KINDS,
  type Channel,
  type ChannelKind,
  type TestResult,
} from '../../../shared/notifications.ts';
import { fieldErrors } from '../../lib/api.ts';
import { Badge } from '../../ui/badge.tsx';
import { ConfirmDeleteDialog, Dialog } from '../../ui/dialog.tsx';
import { generalErrors, useDraft } from '../../ui/form-dialog.tsx';
import { InputField, SelectField } from '../../ui/form-fields.tsx';
import { AlertIcon } from '../../ui/icons.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import { type RecordColumn, RecordTable } from '../../ui/record-table.tsx';
import { RowDeleteButton } from '../../ui/row-delete-button.tsx';
import { showToast } from '../../ui/toast.tsx';
import { SectionHeader } from '../settings/settings-layout.tsx';
import {
  useChannels,
  useCreateChannel,
  useDeleteChannel,
  useTestChannel,
  useUpdateChannel,
} from './notifications-api.ts';
import { SmtpCard } from './smtp-card.tsx';
import '../rules/rules.css';

/** Settings › Notifications: where rules post (Slack, Teams, webhooks) and the SMTP server for email. */
export function ChannelsPage() {
  const { t } = useTranslation();
  return (
    <section className="settings-stack">
      <SectionHeader
        title={t('notifications.channels.title')}
        description={t('notifications.channels.description')}
      />
      <ChannelsCard />
      <SmtpCard />
    </section>
  );
}

function testToast(t: TFunction, result: TestResult) {
  const message: string = result.ok
    ? t('notifications.channels.testOk', { status: result.response_status ?? 'OK' })
    : t('notifications.channels.testFailed', { error: result.error ?? '' });
  showToast(message, result.ok ? 'success' : 'error');
}

function ChannelsCard() {
  const { t } = useTranslation();
  const channels = useChannels();
  const remove = useDeleteChannel();
  const columns = useChannelColumns();
  const [deleting, setDeleting] = useState<Channel | null>(null);
  return (
    <div className="card card-flush">
      <NewChannelForm />
      <QueryState query={channels} placement="card" skeletonRows={3}>
        {(list) => (
          <RecordTable
            records={list}
            columns={columns}
            recordId={(c) => c.id}
            label={t('notifications.channels.title')}
            empty={{ inline: true, title: t('notifications.channels.empty') }}
            rowClassName={(c) => (c.enabled ? undefined : 'row-muted')}
            actions={(c) => (
              <>
                <TestChannelButton id={c.id} />{' '}
                <RowDeleteButton
                  label={t('notifications.channels.delete', { name: c.name })}
                  onClick={() => setDeleting(c)}
                />
              </>
            )}
            testId="channels-table"
          />
        )}
      </QueryState>
      {deleting && (
        <ConfirmDeleteDialog
          title={t('notifications.channels.deleteTitle', { name: deleting.name })}
          body={t('notifications.channels.deleteBody')}
          deletedMessage={t('notifications.channels.deleted')}
          remove={remove}
          id={deleting.id}
          onClose={() => setDeleting(null)}
        />
      )}
    </div>
  );
}

function TestChannelButton({ id }: { id: string }) {
  const { t } = useTranslation();
  const test = useTestChannel();
  return (
    <button
      type="button"
      className="button button-sm"
      disabled={test.isPending}
      onClick={() => test.mutate(id, { onSuccess: (r) => testToast(t, r) })}
    >
      {test.isPending ? t('notifications.channels.testing') : t('notifications.channels.test')}
    </button>
  );
}

function EnabledSwitch({ channel }: { channel: Channel }) {
  const { t } = useTranslation();
  const update = useUpdateChannel();
  return (
    <input
      type="checkbox"
      role="switch"
      className="switch"
      checked={channel.enabled}
      aria-checked={channel.enabled}
      aria-label={t('notifications.channels.toggle', { name: channel.name })}
      onChange={(e) => update.mutate({ id: channel.id, enabled: e.target.checked })}
    />
  );
}

const KIND_TONE = { slack: 'violet', teams: 'blue', webhook: 'gray' } as const;

function useChannelColumns(): RecordColumn<Channel>[] {
  const { t } = useTranslation();
  return [
    { id: 'name', header: t('notifications.channels.name'), className: 'strong', cell: (c) => c.name },
    {
      id: 'kind',
      header: t('notifications.channels.kind'),
      cell: (c) => <Badge tone={KIND_TONE[c.kind]}>{t(`notifications.channels.kinds.${c.kind}`)}</Badge>,
    },
    {
      id: 'url',
      header: t('notifications.channels.url'),
      cell: (c) => <code className="key-prefix">{c.url_masked}</code>,
    },
    {
      id: 'secret',
      header: t('notifications.channels.secret'),
      cell: (c) => (c.secret_masked ? <code className="key-prefix">{c.secret_masked}</code> : '—'),
    },
    {
      id: 'enabled',
      header: t('notifications.channels.enabled'),
      cell: (c) => <EnabledSwitch channel={c} />,
    },
  ];
}

const CHANNEL_FIELDS = ['kind', 'name', 'url', 'secret'] as const;

/** The inline form above the channels table: kind, name, URL, and a signing secret for webhooks. */
function NewChannelForm() {
  const { t } = useTranslation();
  const create = useCreateChannel();
  const blank = { kind: 'slack' as ChannelKind, name: '', url: '', secret: '' };
  const { draft, bind, patch, setDraft } = useDraft(blank);
  const [shown, setShown] = useState<{ name: string; secret: string } | null>(null);
  const errors = fieldErrors(create.error);
  const general = generalErrors(create.error, CHANNEL_FIELDS);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const secret = draft.secret.trim();
    const input = { kind: draft.kind, name: draft.name.trim(), url: draft.url.trim(), enabled: true };
    create.mutate(secret ? { ...input, secret } : input, {
      onSuccess: (c) => {
        showToast(t('notifications.channels.created'), 'success');
        setDraft({ ...blank, kind: draft.kind });
        if (c.secret) setShown({ name: c.name, secret: c.secret });
      },
    });
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <div className="channel-form">
        <SelectField
          label={t('notifications.channels.kind')}
          value={draft.kind}
          options={CHANNEL_KINDS}
          optionLabel={(k) => t(`notifications.channels.kinds.${k}`)}
          onChange={(kind) => patch({ kind })}
        />
        <InputField
          label={t('notifications.channels.name')}
          error={errors.name}
          required
          value={draft.name}
          placeholder="#cs-alerts"
          onChange={bind('name')}
        />
        <InputField
          label={t('notifications.channels.url')}
          error={errors.url}
          required
          type="url"
          value={draft.url}
          placeholder="https://hooks.slack.com/services/…"
          onChange={bind('url')}
        />
        <button
          type="submit"
          className="button button-primary"
          disabled={create.isPending || !draft.name.trim() || !draft.url.trim()}
        >
          {t('notifications.channels.add')}
        </button>
        {draft.kind === 'webhook' && (
          <InputField
            wide
            label={t('notifications.channels.secret')}
            error={errors.secret}
            hint={t('notifications.channels.secretHint')}
            value={draft.secret}
            onChange={bind('secret')}
          />
        )}
      </div>
      {general.length > 0 && (
        <p className="form-error" role="alert">
          {general.join(' ')}
        </p>
      )}
      {shown && <ChannelSecretDialog {...shown} onClose={() => setShown(null)} />}
    </form>
  );
}

/** A webhook's signing secret, shown once right after the channel is created. */
function ChannelSecretDialog({
  name,
  secret,
  onClose,
}: {
  name: string;
  secret: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={t('notifications.channels.secretTitle', { name })}
      onClose={onClose}
      footer={
        <button type="button" className="button button-primary" onClick={onClose}>
          {t('notifications.channels.done')}
        </button>
      }
    >
      <div className="alert alert-warning">
        <AlertIcon />
        <span>{t('notifications.channels.secretOnce')}</span>
      </div>
      <div className="secret">
        <code className="secret-value">{secret}</code>
      </div>
    </Dialog>
  );
}
