import { useTranslation } from 'react-i18next';
import type { AccountUsage } from '../../../shared/usage.ts';
import { useLocale } from '../../i18n/index.ts';
import { formatNumber } from '../../lib/format.ts';
import { formatDaysAgo } from './last-seen.ts';

/** The most frequent events of the last 30 days, each with a bar scaled to the busiest. */
export function TopEvents({ events }: { events: AccountUsage['top_events'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const busiest = Math.max(1, ...events.map((e) => e.count));
  return (
    <section className="card card-flush">
      <header className="card-header">
        <h2 className="card-title">{t('usage.topEvents.title')}</h2>
        <span className="muted">{t('usage.lastDays', { count: 30 })}</span>
      </header>
      {events.length === 0 ? (
        <p className="card-empty usage-card-empty">{t('usage.topEvents.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th>{t('usage.topEvents.event')}</th>
                <th className="align-end">{t('usage.topEvents.count')}</th>
                <th className="align-end">{t('usage.topEvents.users')}</th>
                <th>{t('usage.topEvents.lastSeen')}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.event}>
                  <td className="usage-event-cell">
                    <span className="usage-event-name">{e.event}</span>
                    <span className="usage-bar" aria-hidden="true">
                      <span style={{ width: `${(e.count / busiest) * 100}%` }} />
                    </span>
                  </td>
                  <td className="align-end numeric">{formatNumber(e.count, locale)}</td>
                  <td className="align-end numeric">{formatNumber(e.users, locale)}</td>
                  <td className="nowrap muted">{e.last_seen ? formatDaysAgo(e.last_seen, locale) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
