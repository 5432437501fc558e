import { useTranslation } from 'react-i18next';
import type { ContactRole } from '../../../shared/accounts.ts';
import type { AccountUsage } from '../../../shared/usage.ts';
import { useLocale } from '../../i18n/index.ts';
import { formatDate } from '../../lib/format.ts';
import { Avatar } from '../../ui/avatar.tsx';
import { ContactRoleBadge } from '../accounts/badges.tsx';
import { formatDaysAgo } from './last-seen.ts';

/** When each contact of the account was last active in the product (matched by email). */
export function ContactsLastSeen({ contacts }: { contacts: AccountUsage['contacts'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <section className="card card-flush card-span">
      <header className="card-header">
        <h2 className="card-title">{t('usage.contacts.title')}</h2>
      </header>
      {contacts.length === 0 ? (
        <p className="card-empty usage-card-empty">{t('usage.contacts.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th>{t('contacts.fields.name')}</th>
                <th>{t('contacts.fields.role')}</th>
                <th>{t('contacts.fields.email')}</th>
                <th>{t('usage.contacts.lastSeen')}</th>
              </tr>
            </thead>
            <tbody>
              {contacts.map((c) => (
                <tr key={c.contact_id}>
                  <td>
                    <span className="with-avatar">
                      <Avatar name={c.name} />
                      <span className="strong">{c.name}</span>
                    </span>
                  </td>
                  <td>
                    <ContactRoleBadge role={c.role as ContactRole} />
                  </td>
                  <td>{c.email ?? <span className="muted">—</span>}</td>
                  <td className="nowrap">
                    {c.last_seen ? (
                      <span title={formatDate(c.last_seen, locale)}>
                        {formatDaysAgo(c.last_seen, locale)}
                      </span>
                    ) : (
                      <span className="muted">{t('usage.contacts.never')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
