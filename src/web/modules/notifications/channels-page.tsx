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
import { describeError } from '../../lib/errors.ts';
import { Badge } from '../../ui/badge.tsx';
import { ConfirmDeleteDialog, Dialog } from '../../ui/dialog.tsx';
import { ErrorState, Skeleton } from '../../ui/feedback.tsx';
import { Field } from '../../ui/field.tsx';
import { AlertIcon } from '../../ui/icons.tsx';
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
  const update = useUpdateChannel();
  const test = useTestChannel();
  const remove = useDeleteChannel();
  const [deleting, setDeleting] = useState<Channel | null>(null);
  return (
    <div className="card card-flush">
      <NewChannelForm />
      {channels.isPending ? (
        <Skeleton rows={3} />
      ) : channels.isError ? (
        <ErrorState
          message={describeError(channels.error)}
          onRetry={() => void channels.refetch()}
          retryLabel={t('common.retry')}
        />
      ) : channels.data.length === 0 ? (
        <p className="card-empty notify-empty">{t('notifications.channels.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="channels-table">
            <thead>
              <tr>
                <th>{t('notifications.channels.name')}</th>
                <th>{t('notifications.channels.kind')}</th>
                <th>{t('notifications.channels.url')}</th>
                <th>{t('notifications.channels.secret')}</th>
                <th>{t('notifications.channels.enabled')}</th>
                <th className="col-actions">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {channels.data.map((c) => (
                <tr key={c.id} className={c.enabled ? undefined : 'row-muted'}>
                  <td className="strong">{c.name}</td>
                  <td>
                    <Badge tone={c.kind === 'slack' ? 'violet' : c.kind === 'teams' ? 'blue' : 'gray'}>
                      {t(`notifications.channels.kinds.${c.kind}`)}
                    </Badge>
                  </td>
                  <td>
                    <code className="key-prefix">{c.url_masked}</code>
                  </td>
                  <td>{c.secret_masked ? <code className="key-prefix">{c.secret_masked}</code> : '—'}</td>
                  <td>
                    <input
                      type="checkbox"
                      role="switch"
                      className="switch"
                      checked={c.enabled}
                      aria-checked={c.enabled}
                      aria-label={t('notifications.channels.toggle', { name: c.name })}
                      onChange={(e) => update.mutate({ id: c.id, enabled: e.target.checked })}
                    />
                  </td>
                  <td className="col-actions nowrap">
                    <button
                      type="button"
                      className="button button-sm"
                      disabled={test.isPending && test.variables === c.id}
                      onClick={() => test.mutate(c.id, { onSuccess: (r) => testToast(t, r) })}
                    >
                      {test.isPending && test.variables === c.id
                        ? t('notifications.channels.testing')
                        : t('notifications.channels.test')}
                    </button>{' '}
                    <RowDeleteButton
                      label={t('notifications.channels.delete', { name: c.name })}
                      onClick={() => setDeleting(c)}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
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

function NewChannelForm() {
  const { t } = useTranslation();
  const create = useCreateChannel();
  const [kind, setKind] = useState<ChannelKind>('slack');
  const [name, setName] = useState('');
  const [url, setUrl] = useState('');
  const [secret, setSecret] = useState('');
  const [shown, setShown] = useState<{ name: string; secret: string } | null>(null);
  const errors = fieldErrors(create.error);
  const general = create.error && Object.keys(errors).length === 0 ? describeError(create.error) : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(
      {
        kind,
        name: name.trim(),
        url: url.trim(),
        enabled: true,
        ...(secret.trim() ? { secret: secret.trim() } : {}),
      },
      {
        onSuccess: (c) => {
          showToast(t('notifications.channels.created'), 'success');
          setName('');
          setUrl('');
          setSecret('');
          if (c.secret) setShown({ name: c.name, secret: c.secret });
        },
      },
    );
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <div className="channel-form">
        <Field label={t('notifications.channels.kind')}>
          {(p) => (
            <select
              {...p}
              className="input"
              value={kind}
              onChange={(e) => setKind(e.target.value as ChannelKind)}
            >
              {CHANNEL_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`notifications.channels.kinds.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('notifications.channels.name')} error={errors.name} required>
          {(p) => (
            <input
              {...p}
              className="input"
              value={name}
              placeholder="#cs-alerts"
              onChange={(e) => setName(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('notifications.channels.url')} error={errors.url} required>
          {(p) => (
            <input
              {...p}
              className="input"
              type="url"
              value={url}
              placeholder="https://hooks.slack.com/services/…"
              onChange={(e) => setUrl(e.target.value)}
            />
          )}
        </Field>
        <button
          type="submit"
          className="button button-primary"
          disabled={create.isPending || !name.trim() || !url.trim()}
        >
          {t('notifications.channels.add')}
        </button>
        {kind === 'webhook' && (
          <div className="span-2">
            <Field
              label={t('notifications.channels.secret')}
              error={errors.secret}
              hint={t('notifications.channels.secretHint')}
            >
              {(p) => (
                <input {...p} className="input" value={secret} onChange={(e) => setSecret(e.target.value)} />
              )}
            </Field>
          </div>
        )}
      </div>
      {general && (
        <p className="form-error" role="alert">
          {general}
        </p>
      )}
      {shown && (
        <Dialog
          title={t('notifications.channels.secretTitle', { name: shown.name })}
          onClose={() => setShown(null)}
          footer={
            <button type="button" className="button button-primary" onClick={() => setShown(null)}>
              {t('notifications.channels.done')}
            </button>
          }
        >
          <div className="alert alert-warning">
            <AlertIcon />
            <span>{t('notifications.channels.secretOnce')}</span>
          </div>
          <div className="secret">
            <code className="secret-value">{shown.secret}</code>
          </div>
        </Dialog>
      )}
    </form>
  );
}
