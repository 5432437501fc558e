import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../lib/api.ts';
import { describeError } from '../../lib/errors.ts';
import { Dialog } from '../../ui/dialog.tsx';
import { useDraft } from '../../ui/form-dialog.tsx';
import { InputField } from '../../ui/form-fields.tsx';
import { showToast } from '../../ui/toast.tsx';
import { useChangePassword } from './use-auth-actions.ts';

const MIN_PASSWORD = 10;

/** The form's values, whether the two new passwords differ, and submit (which checks that first). */
function usePasswordChange(onDone?: () => void) {
  const { t } = useTranslation();
  const change = useChangePassword();
  const { draft, bind, setDraft } = useDraft({ current: '', next: '', confirm: '' });
  const [mismatch, setMismatch] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (draft.next !== draft.confirm) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    change.mutate(
      { current_password: draft.current, new_password: draft.next },
      {
        onSuccess: () => {
          setDraft({ current: '', next: '', confirm: '' });
          showToast(t('profile.passwordChanged'), 'success');
          onDone?.();
        },
      },
    );
  };
  return { change, draft, bind, mismatch, submit };
}

/** Current password, new password twice. Used in the profile page and the user menu's dialog. */
export function ChangePasswordForm({ onDone, onCancel }: { onDone?: () => void; onCancel?: () => void }) {
  const { t } = useTranslation();
  const { change, draft, bind, mismatch, submit } = usePasswordChange(onDone);
  const errors = fieldErrors(change.error);
  const generalError = change.error && !errors.new_password && !errors.current_password;

  return (
    <form className="form" onSubmit={submit} noValidate>
      {generalError && (
        <p className="form-error" role="alert">
          {describeError(change.error)}
        </p>
      )}
      <InputField
        label={t('profile.currentPassword')}
        error={errors.current_password}
        type="password"
        autoComplete="current-password"
        value={draft.current}
        onChange={bind('current')}
      />
      <InputField
        label={t('profile.newPassword')}
        error={errors.new_password}
        hint={t('profile.passwordHint', { count: MIN_PASSWORD })}
        type="password"
        autoComplete="new-password"
        value={draft.next}
        onChange={bind('next')}
      />
      <InputField
        label={t('profile.confirmPassword')}
        error={mismatch ? t('profile.passwordMismatch') : undefined}
        type="password"
        autoComplete="new-password"
        value={draft.confirm}
        onChange={bind('confirm')}
      />
      <div className="form-actions">
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
        <button
          type="submit"
          className="button button-primary"
          disabled={change.isPending || !draft.current || draft.next.length === 0}
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
