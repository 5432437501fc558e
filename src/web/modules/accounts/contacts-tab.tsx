import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../shared/accounts.ts';
import { useLocale } from '../../i18n/index.ts';
import { formatNumber } from '../../lib/format.ts';
import { Avatar } from '../../ui/avatar.tsx';
import { ConfirmDeleteDialog } from '../../ui/dialog.tsx';
import { PlusIcon, UsersIcon } from '../../ui/icons.tsx';
import { LoadMore } from '../../ui/load-more.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import { type RecordColumn, RecordTable } from '../../ui/record-table.tsx';
import { RowDeleteButton } from '../../ui/row-delete-button.tsx';
import { RowEditButton } from '../../ui/row-edit-button.tsx';
import { usePermissions } from '../auth/session.ts';
import { useContacts, useDeleteContact } from './account-records-api.ts';
import { ContactRoleBadge } from './badges.tsx';
import { ContactDialog } from './contact-dialog.tsx';

const orDash = (value: string | null) => value ?? <span className="muted">—</span>;

export function ContactsTab({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { canWrite } = usePermissions();
  const query = useContacts(accountId);
  const columns = useContactColumns();
  const [editing, setEditing] = useState<Contact | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Contact | null>(null);
  const contacts = query.data?.pages.flatMap((p) => p.data) ?? [];
  const total = query.data?.pages[0]?.total ?? 0;

  const addButton = canWrite && (
    <button type="button" className="button button-primary button-sm" onClick={() => setEditing('new')}>
      <PlusIcon size={14} />
      {t('contacts.add')}
    </button>
  );
  const empty = {
    icon: <UsersIcon size={22} />,
    title: t('contacts.empty.title'),
    body: t(canWrite ? 'contacts.empty.body' : 'contacts.empty.bodyReadOnly'),
    action: addButton,
  };

  return (
    <section className="card card-flush">
      <header className="card-header">
        <h2 className="card-title">
          {t('account.tabs.contacts')}
          {contacts.length > 0 && <span className="card-count">{formatNumber(total, locale)}</span>}
        </h2>
        {contacts.length > 0 && addButton}
      </header>
      <QueryState query={query} placement="card" skeletonRows={4}>
        {() => (
          <>
            <RecordTable
              records={contacts}
              columns={columns}
              recordId={(c) => c.id}
              label={t('account.tabs.contacts')}
              empty={empty}
              {...(canWrite && {
                actions: (contact: Contact) => (
                  <ContactRowActions contact={contact} onEdit={setEditing} onDelete={setDeleting} />
                ),
              })}
            />
            <LoadMore query={query} />
          </>
        )}
      </QueryState>
      {editing && (
        <ContactDialog
          accountId={accountId}
          contact={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
      {deleting && (
        <DeleteContactDialog accountId={accountId} contact={deleting} onClose={() => setDeleting(null)} />
      )}
    </section>
  );
}

type ContactRowActionsProps = {
  contact: Contact;
  onEdit: (contact: Contact) => void;
  onDelete: (contact: Contact) => void;
};

function ContactRowActions({ contact, onEdit, onDelete }: ContactRowActionsProps) {
  const { t } = useTranslation();
  return (
    <>
      <RowEditButton
        label={t('contacts.editNamed', { name: contact.name })}
        onClick={() => onEdit(contact)}
      />
      <RowDeleteButton
        label={t('contacts.deleteNamed', { name: contact.name })}
        onClick={() => onDelete(contact)}
      />
    </>
  );
}

function DeleteContactDialog(props: { accountId: string; contact: Contact; onClose: () => void }) {
  const { t } = useTranslation();
  const remove = useDeleteContact(props.accountId);
  return (
    <ConfirmDeleteDialog
      title={t('contacts.deleteTitle')}
      body={t('contacts.deleteBody', { name: props.contact.name })}
      deletedMessage={t('contacts.deleted')}
      remove={remove}
      id={props.contact.id}
      onClose={props.onClose}
    />
  );
}

function useContactColumns(): RecordColumn<Contact>[] {
  const { t } = useTranslation();
  return [
    {
      id: 'name',
      header: t('contacts.fields.name'),
      cell: (contact) => (
        <span className="with-avatar">
          <Avatar name={contact.name} />
          <span className="strong">{contact.name}</span>
        </span>
      ),
    },
    {
      id: 'email',
      header: t('contacts.fields.email'),
      cell: (contact) =>
        contact.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : orDash(null),
    },
    { id: 'title', header: t('contacts.fields.title'), cell: (contact) => orDash(contact.title) },
    { id: 'phone', header: t('contacts.fields.phone'), cell: (contact) => orDash(contact.phone) },
    {
      id: 'role',
      header: t('contacts.fields.role'),
      cell: (contact) => <ContactRoleBadge role={contact.role} />,
    },
  ];
}
