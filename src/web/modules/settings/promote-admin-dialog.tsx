import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../shared/auth.ts';
import { fieldErrors } from '../../lib/api.ts';
import { describeError } from '../../lib/errors.ts';
import { Dialog } from '../../ui/dialog.tsx';
import { Field } from '../../ui/field.tsx';
import { useUpdateUser } from '../users/users-api.ts';

/** Making someone admin hands out every right: the admin confirms with their own password. */
export function PromoteAdminDialog({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateUser();
  const [currentPassword, setCurrentPassword] = useState('');
  const errors = fieldErrors(update.error);
  const general = update.error && Object.keys(errors).length === 0 ? describeError(update.error) : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    update.mutate(
      { id: user.id, change: { role: 'admin', current_password: currentPassword } },
      { onSuccess: onClose },
    );
  };
  return (
    <Dialog
      title={t('users.promoteTitle', { name: user.name })}
      description={t('users.roleHelp.admin')}
      onClose={onClose}
      size="sm"
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            form="promote-form"
            className="button button-primary"
            disabled={update.isPending || !currentPassword}
          >
            {t('users.promote')}
          </button>
        </>
      }
    >
      <form id="promote-form" className="form" onSubmit={submit} noValidate>
        {general && (
          <p className="form-error" role="alert">
            {general}
          </p>
        )}
        <Field
          label={t('users.confirmPassword')}
          error={errors.current_password}
          hint={t('users.confirmPasswordHint')}
          required
        >
          {(p) => (
            <input
              {...p}
              type="password"
              className="input"
              autoComplete="current-password"
              value={currentPassword}
              onChange={(e) => setCurrentPassword(e.target.value)}
              autoFocus
            />
          )}
        </Field>
      </form>
    </Dialog>
  );
}
