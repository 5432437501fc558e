import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SmtpSettings } from '../../../shared/notifications.ts';
import { fieldErrors } from '../../lib/api.ts';
import { describeError } from '../../lib/errors.ts';
import { ErrorState, Skeleton } from '../../ui/feedback.tsx';
import { useDraft } from '../../ui/form-dialog.tsx';
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
  const form = useDraft({
    host: saved?.host ?? '',
    port: String(saved?.port ?? 587),
    secure: saved?.secure ?? false,
    user: saved?.user ?? '',
    password: '',
    from: saved?.from ?? '',
  });
  const errors = fieldErrors(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const { host, port, secure, user, password, from } = form.draft;
    // An empty password keeps the saved one; the API never sends it back.
    const passwordChange = password ? { password } : saved?.password_set ? {} : { password: null };
    const input = {
      host: host.trim(),
      port: Number(port),
      secure,
      user: user.trim() || null,
      from: from.trim(),
    };
    save.mutate(
      { ...input, ...passwordChange },
      {
        onSuccess: () => {
          form.patch({ password: '' });
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
      <SmtpFields form={form} errors={errors} passwordSet={saved?.password_set ?? false} />
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

type SmtpDraft = {
  host: string;
  port: string;
  secure: boolean;
  user: string;
  password: string;
  from: string;
};
type SmtpFieldsProps = {
  form: ReturnType<typeof useDraft<SmtpDraft>>;
  errors: Record<string, string>;
  passwordSet: boolean;
};

function SmtpFields({ form: { draft, bind, patch }, errors, passwordSet }: SmtpFieldsProps) {
  const { t } = useTranslation();
  return (
    <div className="form-grid">
      <InputField
        label={t('notifications.smtp.host')}
        error={errors.host}
        required
        value={draft.host}
        onChange={bind('host')}
      />
      <InputField
        label={t('notifications.smtp.port')}
        error={errors.port}
        required
        type="number"
        value={draft.port}
        onChange={bind('port')}
      />
      <InputField
        label={t('notifications.smtp.user')}
        error={errors.user}
        autoComplete="off"
        value={draft.user}
        onChange={bind('user')}
      />
      <InputField
        label={t('notifications.smtp.password')}
        error={errors.password}
        hint={passwordSet ? t('notifications.smtp.passwordSet') : undefined}
        type="password"
        autoComplete="new-password"
        value={draft.password}
        onChange={bind('password')}
      />
      <InputField
        label={t('notifications.smtp.from')}
        error={errors.from}
        required
        type="email"
        value={draft.from}
        placeholder="tend@example.com"
        onChange={bind('from')}
      />
      <label className="checkbox-row">
        <input type="checkbox" checked={draft.secure} onChange={(e) => patch({ secure: e.target.checked })} />
        <span>{t('notifications.smtp.secure')}</span>
      </label>
    </div>
  );
}
