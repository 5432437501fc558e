import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale, ROLES, type Role } from '../../../shared/auth.ts';
import { LOCALE_NAMES, useLocale } from '../../i18n/index.ts';
import { fieldErrors } from '../../lib/api.ts';
import { describeError } from '../../lib/errors.ts';
import { Dialog } from '../../ui/dialog.tsx';
import { Field } from '../../ui/field.tsx';
import { showToast } from '../../ui/toast.tsx';
import { useCreateUser } from '../users/users-api.ts';

export function InviteUserDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const uiLocale = useLocale();
  const create = useCreateUser();
  const [draft, setDraft] = useState({
    email: '',
    name: '',
    role: 'csm' as Role,
    locale: uiLocale as Locale,
    password: '',
    current_password: '',
  });
  const errors = fieldErrors(create.error);
  const general = create.error && Object.keys(errors).length === 0 ? describeError(create.error) : null;
  const set = (key: keyof typeof draft) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: e.target.value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(
      {
        ...draft,
        email: draft.email.trim(),
        name: draft.name.trim(),
        // Only an admin is confirmed with the inviter's password.
        current_password: draft.role === 'admin' ? draft.current_password : undefined,
      },
      {
        onSuccess: (user) => {
          showToast(t('users.invited', { name: user.name }), 'success');
          onClose();
        },
      },
    );
  };

  return (
    <Dialog
      title={t('users.invite')}
      description={t('users.inviteDescription')}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            form="invite-form"
            className="button button-primary"
            disabled={
              create.isPending ||
              !draft.email ||
              !draft.name ||
              !draft.password ||
              (draft.role === 'admin' && !draft.current_password)
            }
          >
            {t('users.create')}
          </button>
        </>
      }
    >
      <form id="invite-form" className="form form-grid" onSubmit={submit} noValidate>
        {general && (
          <p className="form-error span-2" role="alert">
            {general}
          </p>
        )}
        <Field label={t('users.fields.name')} error={errors.name} required>
          {(p) => <input {...p} className="input" value={draft.name} onChange={set('name')} autoFocus />}
        </Field>
        <Field label={t('users.fields.email')} error={errors.email} required>
          {(p) => <input {...p} type="email" className="input" value={draft.email} onChange={set('email')} />}
        </Field>
        <Field label={t('users.fields.role')} error={errors.role}>
          {(p) => (
            <select {...p} className="input" value={draft.role} onChange={set('role')}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`enums.roles.${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('users.fields.language')} error={errors.locale}>
          {(p) => (
            <select {...p} className="input" value={draft.locale} onChange={set('locale')}>
              {LOCALES.map((l) => (
                <option key={l} value={l}>
                  {LOCALE_NAMES[l]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="span-2">
          <Field
            label={t('users.fields.initialPassword')}
            error={errors.password}
            hint={t('users.initialPasswordHint')}
            required
          >
            {(p) => (
              <input
                {...p}
                type="text"
                className="input mono"
                autoComplete="off"
                value={draft.password}
                onChange={set('password')}
              />
            )}
          </Field>
        </div>
        {draft.role === 'admin' && (
          <div className="span-2">
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
                  value={draft.current_password}
                  onChange={set('current_password')}
                />
              )}
            </Field>
          </div>
        )}
        <p className="role-help span-2">{t(`users.roleHelp.${draft.role}`)}</p>
      </form>
    </Dialog>
  );
}
