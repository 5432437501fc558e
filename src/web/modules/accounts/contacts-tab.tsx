import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../shared/accounts.ts';
import { useLocale } from '../../i18n/index.ts';
import { describeError } from '../../lib/errors.ts';
import { formatNumber } from '../../lib/format.ts';
import { Avatar } from '../../ui/avatar.tsx';
import { ConfirmDialog } from '../../ui/dialog.tsx';
import { EmptyState, ErrorState, Skeleton } from '../../ui/feedback.tsx';
import { PencilIcon, PlusIcon, TrashIcon, UsersIcon } from '../../ui/icons.tsx';
import { showToast } from '../../ui/toast.tsx';
import { usePermissions } from '../auth/session.ts';
import { useContacts, useDeleteContact } from './account-records-api.ts';
import { ContactRoleBadge } from './badges.tsx';
import { ContactDialog } from './contact-dialog.tsx';

export function ContactsTab({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { canWrite } = usePermissions();
  const query = useContacts(accountId);
  const remove = useDeleteContact(accountId);
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

  let body: React.ReactNode;
  if (query.isPending) body = <Skeleton rows={4} height={18} />;
  else if (query.isError)
    body = (
      <ErrorState
        message={describeError(query.error)}
        onRetry={() => void query.refetch()}
        retryLabel={t('common.retry')}
      />
    );
  else if (contacts.length === 0)
    body = (
      <EmptyState
        icon={<UsersIcon size={22} />}
        title={t('contacts.empty.title')}
        body={t(canWrite ? 'contacts.empty.body' : 'contacts.empty.bodyReadOnly')}
        action={addButton}
      />
    );
  else
    body = (
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th>{t('contacts.fields.name')}</th>
              <th>{t('contacts.fields.email')}</th>
              <th>{t('contacts.fields.title')}</th>
              <th>{t('contacts.fields.phone')}</th>
              <th>{t('contacts.fields.role')}</th>
              {canWrite && (
                <th className="col-actions">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {contacts.map((contact) => (
              <tr key={contact.id}>
                <td>
                  <span className="with-avatar">
                    <Avatar name={contact.name} />
                    <span className="strong">{contact.name}</span>
                  </span>
                </td>
                <td>
                  {contact.email ? (
                    <a href={`mailto:${contact.email}`}>{contact.email}</a>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                <td>{contact.title ?? <span className="muted">—</span>}</td>
                <td>{contact.phone ?? <span className="muted">—</span>}</td>
                <td>
                  <ContactRoleBadge role={contact.role} />
                </td>
                {canWrite && (
                  <td className="col-actions">
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={t('contacts.editNamed', { name: contact.name })}
                      title={t('common.edit')}
                      onClick={() => setEditing(contact)}
                    >
                      <PencilIcon size={14} />
                    </button>
                    <button
                      type="button"
                      className="icon-button icon-button-danger"
                      aria-label={t('contacts.deleteNamed', { name: contact.name })}
                      title={t('common.delete')}
                      onClick={() => setDeleting(contact)}
                    >
                      <TrashIcon size={14} />
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
        {query.hasNextPage && (
          <div className="load-more">
            <button
              type="button"
              className="button"
              disabled={query.isFetchingNextPage}
              onClick={() => void query.fetchNextPage()}
            >
              {t('common.loadMore')}
            </button>
          </div>
        )}
      </div>
    );

  return (
    <section className="card card-flush">
      <header className="card-header">
        <h2 className="card-title">
          {t('account.tabs.contacts')}
          {contacts.length > 0 && <span className="card-count">{formatNumber(total, locale)}</span>}
        </h2>
        {contacts.length > 0 && addButton}
      </header>
      {body}
      {editing && (
        <ContactDialog
          accountId={accountId}
          contact={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title={t('contacts.deleteTitle')}
          body={t('contacts.deleteBody', { name: deleting.name })}
          confirmLabel={t('common.delete')}
          pending={remove.isPending}
          onClose={() => setDeleting(null)}
          onConfirm={() =>
            remove.mutate(deleting.id, {
              onSuccess: () => {
                setDeleting(null);
                showToast(t('contacts.deleted'), 'success');
              },
            })
          }
        />
      )}
    </section>
  );
}
