import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale, ROLES, type Role } from '../../../shared/auth.ts';
import { LOCALE_NAMES, useLocale } from '../../i18n/index.ts';
import { type FieldErrors, FormDialog, useDraft } from '../../ui/form-dialog.tsx';
import { InputField, SelectField } from '../../ui/form-fields.tsx';
import { showToast } from '../../ui/toast.tsx';
import { useCreateUser } from '../users/users-api.ts';

const FIELDS = ['name', 'email', 'role', 'locale', 'password', 'current_password'] as const;

export function InviteUserDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const uiLocale = useLocale();
  const create = useCreateUser();
  const { draft, bind, patch } = useDraft({
    email: '',
    name: '',
    role: 'csm' as Role,
    locale: uiLocale as Locale,
    password: '',
    current_password: '',
  });

  const submit = () =>
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

  return (
    <FormDialog
      title={t('users.invite')}
      description={t('users.inviteDescription')}
      submitLabel={t('users.create')}
      mutation={create}
      fields={FIELDS}
      canSubmit={Boolean(
        draft.email && draft.name && draft.password && (draft.role !== 'admin' || draft.current_password),
      )}
      onSubmit={submit}
      onClose={onClose}
    >
      {(errors) => <InviteFields draft={draft} bind={bind} patch={patch} errors={errors} />}
    </FormDialog>
  );
}

type Draft = {
  email: string;
  name: string;
  role: Role;
  locale: Locale;
  password: string;
  current_password: string;
};
type InviteFieldsProps = {
  draft: Draft;
  bind: (key: keyof Draft) => (e: { target: { value: string } }) => void;
  patch: (change: Partial<Draft>) => void;
  errors: FieldErrors;
};

function InviteFields({ draft, bind, patch, errors }: InviteFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <InputField
        label={t('users.fields.name')}
        error={errors.name}
        required
        value={draft.name}
        onChange={bind('name')}
        autoFocus
      />
      <InputField
        label={t('users.fields.email')}
        error={errors.email}
        required
        type="email"
        value={draft.email}
        onChange={bind('email')}
      />
      <SelectField
        label={t('users.fields.role')}
        error={errors.role}
        value={draft.role}
        options={ROLES}
        optionLabel={(r) => t(`enums.roles.${r}`)}
        onChange={(role) => patch({ role })}
      />
      <SelectField
        label={t('users.fields.language')}
        error={errors.locale}
        value={draft.locale}
        options={LOCALES}
        optionLabel={(l) => LOCALE_NAMES[l]}
        onChange={(locale) => patch({ locale })}
      />
      <InputField
        wide
        mono
        label={t('users.fields.initialPassword')}
        error={errors.password}
        hint={t('users.initialPasswordHint')}
        required
        type="text"
        autoComplete="off"
        value={draft.password}
        onChange={bind('password')}
      />
      {draft.role === 'admin' && (
        <InputField
          wide
          label={t('users.confirmPassword')}
          error={errors.current_password}
          hint={t('users.confirmPasswordHint')}
          required
          type="password"
          autoComplete="current-password"
          value={draft.current_password}
          onChange={bind('current_password')}
        />
      )}
      <p className="role-help span-2">{t(`users.roleHelp.${draft.role}`)}</p>
    </>
  );
}
