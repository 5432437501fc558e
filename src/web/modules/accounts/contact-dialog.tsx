import { useTranslation } from 'react-i18next';
import { CONTACT_ROLES, type Contact, type ContactRole } from '../../../shared/accounts.ts';
import { type FieldErrors, FormDialog, useDraft } from '../../ui/form-dialog.tsx';
import { InputField, SelectField } from '../../ui/form-fields.tsx';
import { showToast } from '../../ui/toast.tsx';
import { useSaveContact } from './account-records-api.ts';

type ContactDialogProps = { accountId: string; contact?: Contact; onClose: () => void };

const FIELDS = ['name', 'email', 'phone', 'title', 'role'] as const;
type ContactDraft = { name: string; email: string; title: string; phone: string; role: ContactRole };
const orNull = (s: string) => s.trim() || null;

/** Adds a contact, or edits one when `contact` is given. */
export function ContactDialog({ accountId, contact, onClose }: ContactDialogProps) {
  const { t } = useTranslation();
  const save = useSaveContact(accountId);
  const { draft, bind, patch } = useDraft<ContactDraft>({
    name: contact?.name ?? '',
    email: contact?.email ?? '',
    title: contact?.title ?? '',
    phone: contact?.phone ?? '',
    role: contact?.role ?? 'user',
  });

  const submit = () => {
    const input = {
      name: draft.name.trim(),
      email: orNull(draft.email),
      title: orNull(draft.title),
      phone: orNull(draft.phone),
      role: draft.role,
    };
    save.mutate(
      { id: contact?.id, input },
      {
        onSuccess: () => {
          showToast(t(contact ? 'contacts.updated' : 'contacts.created'), 'success');
          onClose();
        },
      },
    );
  };

  return (
    <FormDialog
      title={t(contact ? 'contacts.edit' : 'contacts.add')}
      submitLabel={t(contact ? 'common.save' : 'contacts.add')}
      mutation={save}
      fields={FIELDS}
      canSubmit={draft.name.trim() !== ''}
      onSubmit={submit}
      onClose={onClose}
    >
      {(errors) => <ContactFields draft={draft} bind={bind} patch={patch} errors={errors} />}
    </FormDialog>
  );
}

type ContactFieldsProps = {
  draft: ContactDraft;
  bind: (key: keyof ContactDraft) => (e: { target: { value: string } }) => void;
  patch: (change: Partial<ContactDraft>) => void;
  errors: FieldErrors;
};

function ContactFields({ draft, bind, patch, errors }: ContactFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <InputField
        wide
        label={t('contacts.fields.name')}
        error={errors.name}
        required
        value={draft.name}
        onChange={bind('name')}
        autoFocus
      />
      <InputField
        label={t('contacts.fields.email')}
        error={errors.email}
        type="email"
        value={draft.email}
        onChange={bind('email')}
      />
      <InputField
        label={t('contacts.fields.phone')}
        error={errors.phone}
        type="tel"
        value={draft.phone}
        onChange={bind('phone')}
      />
      <InputField
        label={t('contacts.fields.title')}
        error={errors.title}
        value={draft.title}
        onChange={bind('title')}
      />
      <SelectField
        label={t('contacts.fields.role')}
        error={errors.role}
        value={draft.role}
        options={CONTACT_ROLES}
        optionLabel={(r) => t(`enums.contactRoles.${r}`)}
        onChange={(role) => patch({ role })}
      />
    </>
  );
}
