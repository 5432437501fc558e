import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTACT_ROLES, type Contact, type ContactRole } from '../../../shared/accounts.ts';
import { fieldErrors } from '../../lib/api.ts';
import { describeError } from '../../lib/errors.ts';
import { Dialog } from '../../ui/dialog.tsx';
import { Field } from '../../ui/field.tsx';
import { showToast } from '../../ui/toast.tsx';
import { useSaveContact } from './account-records-api.ts';

type ContactDialogProps = { accountId: string; contact?: Contact; onClose: () => void };

/** Adds a contact, or edits one when `contact` is given. */
export function ContactDialog({ accountId, contact, onClose }: ContactDialogProps) {
  const { t } = useTranslation();
  const save = useSaveContact(accountId);
  const [draft, setDraft] = useState({
    name: contact?.name ?? '',
    email: contact?.email ?? '',
    title: contact?.title ?? '',
    phone: contact?.phone ?? '',
    role: contact?.role ?? ('user' as ContactRole),
  });
  const errors = fieldErrors(save.error);
  const general = save.error && Object.keys(errors).length === 0 ? describeError(save.error) : null;
  const set = (key: keyof typeof draft) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: e.target.value }));
  const orNull = (s: string) => s.trim() || null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
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
    <Dialog
      title={t(contact ? 'contacts.edit' : 'contacts.add')}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            form="contact-form"
            className="button button-primary"
            disabled={save.isPending || !draft.name.trim()}
          >
            {t(contact ? 'common.save' : 'contacts.add')}
          </button>
        </>
      }
    >
      <form id="contact-form" className="form form-grid" onSubmit={submit} noValidate>
        {general && (
          <p className="form-error span-2" role="alert">
            {general}
          </p>
        )}
        <div className="span-2">
          <Field label={t('contacts.fields.name')} error={errors.name} required>
            {(p) => <input {...p} className="input" value={draft.name} onChange={set('name')} autoFocus />}
          </Field>
        </div>
        <Field label={t('contacts.fields.email')} error={errors.email}>
          {(p) => <input {...p} type="email" className="input" value={draft.email} onChange={set('email')} />}
        </Field>
        <Field label={t('contacts.fields.phone')} error={errors.phone}>
          {(p) => <input {...p} type="tel" className="input" value={draft.phone} onChange={set('phone')} />}
        </Field>
        <Field label={t('contacts.fields.title')} error={errors.title}>
          {(p) => <input {...p} className="input" value={draft.title} onChange={set('title')} />}
        </Field>
        <Field label={t('contacts.fields.role')} error={errors.role}>
          {(p) => (
            <select {...p} className="input" value={draft.role} onChange={set('role')}>
              {CONTACT_ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`enums.contactRoles.${r}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </form>
    </Dialog>
  );
}
