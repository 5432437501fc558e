import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../lib/api.ts';
import { describeError } from '../../lib/errors.ts';
import { Dialog } from '../../ui/dialog.tsx';
import { Field } from '../../ui/field.tsx';
import { showToast } from '../../ui/toast.tsx';
import { useChangePassword } from './use-auth-actions.ts';

const MIN_PASSWORD = 10;

/** Current password, new password twice. Used in the profile page and the user menu's dialog. */
export function ChangePasswordForm({ onDone, onCancel }: { onDone?: () => void; onCancel?: () => void }) {
  const { t } = useTranslation();
  const change = useChangePassword();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const errors = fieldErrors(change.error);
  const generalError = change.error && !errors.new_password && !errors.current_password;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (next !== confirm) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    change.mutate(
      { current_password: current, new_password: next },
      {
        onSuccess: () => {
          setCurrent('');
          setNext('');
          setConfirm('');
          showToast(t('profile.passwordChanged'), 'success');
          onDone?.();
        },
      },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      {generalError && (
        <p className="form-error" role="alert">
          {describeError(change.error)}
        </p>
      )}
      <Field label={t('profile.currentPassword')} error={errors.current_password}>
        {(props) => (
          <input
            {...props}
            className="input"
            type="password"
            autoComplete="current-password"
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
          />
        )}
      </Field>
      <Field
        label={t('profile.newPassword')}
        error={errors.new_password}
        hint={t('profile.passwordHint', { count: MIN_PASSWORD })}
      >
        {(props) => (
          <input
            {...props}
            className="input"
            type="password"
            autoComplete="new-password"
            value={next}
            onChange={(e) => setNext(e.target.value)}
          />
        )}
      </Field>
      <Field
        label={t('profile.confirmPassword')}
        error={mismatch ? t('profile.passwordMismatch') : undefined}
      >
        {(props) => (
          <input
            {...props}
            className="input"
            type="password"
            autoComplete="new-password"
            value={confirm}
            onChange={(e) => setConfirm(e.target.value)}
          />
        )}
      </Field>
      <div className="form-actions">
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
        <button
          type="submit"
          className="button button-primary"
          disabled={change.isPending || !current || next.length === 0}
        >
          {t('profile.changePassword')}
        </button>
      </div>
    </form>
  );
}

export function ChangePasswordDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('profile.changePassword')} onClose={onClose} size="sm">
      <ChangePasswordForm onDone={onClose} onCancel={onClose} />
    </Dialog>
  );
}
