import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SmtpSettings } from '../../../shared/notifications.ts';
import { fieldErrors } from '../../lib/api.ts';
import { describeError } from '../../lib/errors.ts';
import { ErrorState, Skeleton } from '../../ui/feedback.tsx';
import { InputField } from '../../ui/form-fields.tsx';
import { showToast } from '../../ui/toast.tsx';
import { useCurrentUser } from '../auth/session.ts';
import { useSaveSmtp, useSmtpSettings, useTestSmtp } from './notifications-api.ts';

/** The SMTP server rules send email through, and a test email to check it. */
export function SmtpCard() {
  const { t } = useTranslation();
  const smtp = useSmtpSettings();
  return (
    <div className="card">
      <h3 className="card-title">{t('notifications.smtp.title')}</h3>
      <p className="card-description">{t('notifications.smtp.description')}</p>
      {smtp.isPending ? (
        <Skeleton rows={4} />
      ) : smtp.isError ? (
        <ErrorState
          message={describeError(smtp.error)}
          onRetry={() => void smtp.refetch()}
          retryLabel={t('common.retry')}
        />
      ) : (
        <SmtpForm saved={smtp.data} />
      )}
    </div>
  );
}

function SmtpForm({ saved }: { saved: SmtpSettings | null }) {
  const { t } = useTranslation();
  const save = useSaveSmtp();
  const [host, setHost] = useState(saved?.host ?? '');
  const [port, setPort] = useState(String(saved?.port ?? 587));
  const [secure, setSecure] = useState(saved?.secure ?? false);
  const [smtpUser, setSmtpUser] = useState(saved?.user ?? '');
  const [password, setPassword] = useState('');
  const [from, setFrom] = useState(saved?.from ?? '');
  const errors = fieldErrors(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(
      {
        host: host.trim(),
        port: Number(port),
        secure,
        user: smtpUser.trim() || null,
        // An empty password keeps the saved one; the API never sends it back.
        ...(password ? { password } : saved?.password_set ? {} : { password: null }),
        from: from.trim(),
      },
      {
        onSuccess: () => {
          setPassword('');
          showToast(t('notifications.smtp.saved'), 'success');
        },
      },
    );
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      {!saved && <p className="alert alert-warning">{t('notifications.smtp.notSet')}</p>}
      {save.error && Object.keys(errors).length === 0 && (
        <p className="form-error" role="alert">
          {describeError(save.error)}
        </p>
      )}
      <div className="form-grid">
        <InputField
          label={t('notifications.smtp.host')}
          error={errors.host}
          required
          value={host}
          onChange={(e) => setHost(e.target.value)}
        />
        <InputField
          label={t('notifications.smtp.port')}
          error={errors.port}
          required
          type="number"
          value={port}
          onChange={(e) => setPort(e.target.value)}
        />
        <InputField
          label={t('notifications.smtp.user')}
          error={errors.user}
          autoComplete="off"
          value={smtpUser}
          onChange={(e) => setSmtpUser(e.target.value)}
        />
        <InputField
          label={t('notifications.smtp.password')}
          error={errors.password}
          hint={saved?.password_set ? t('notifications.smtp.passwordSet') : undefined}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <InputField
          label={t('notifications.smtp.from')}
          error={errors.from}
          required
          type="email"
          value={from}
          placeholder="tend@example.com"
          onChange={(e) => setFrom(e.target.value)}
        />
        <label className="checkbox-row">
          <input type="checkbox" checked={secure} onChange={(e) => setSecure(e.target.checked)} />
          <span>{t('notifications.smtp.secure')}</span>
        </label>
      </div>
      <div className="form-actions form-actions-start">
        <button type="submit" className="button button-primary" disabled={save.isPending}>
          {t('notifications.smtp.save')}
        </button>
      </div>
      {saved && <SmtpTestRow />}
    </form>
  );
}

/** Sends a test email to an address, by default the signed-in user's. */
function SmtpTestRow() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const test = useTestSmtp();
  const [to, setTo] = useState(user.email);
  return (
    <div className="filter-row">
      <label className="field-label" htmlFor="smtp-test-to">
        {t('notifications.smtp.testTo')}
      </label>
      <input
        id="smtp-test-to"
        className="input input-sm"
        type="email"
        value={to}
        onChange={(e) => setTo(e.target.value)}
      />
      <button
        type="button"
        className="button button-sm"
        disabled={test.isPending || !to.trim()}
        onClick={() =>
          test.mutate(to.trim(), {
            onSuccess: (r) =>
              r.ok
                ? showToast(t('notifications.smtp.testOk'), 'success')
                : showToast(t('notifications.channels.testFailed', { error: r.error ?? '' }), 'error'),
            onError: (err) => showToast(describeError(err), 'error'),
          })
        }
      >
        {test.isPending ? t('notifications.channels.testing') : t('notifications.smtp.test')}
      </button>
    </div>
  );
}
