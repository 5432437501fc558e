import { useInfiniteQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountEventsPage } from '../../../shared/usage.ts';
import { useLocale } from '../../i18n/index.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useDebounced } from '../../lib/use-debounced.ts';
import { Badge } from '../../ui/badge.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import { JsonPreview } from './json-preview.tsx';
import { accountEventsQuery } from './usage-api.ts';

/** The account's raw events, newest first, narrowed to one event name and paged with the cursor. */
export function RawEvents({ accountId, eventNames }: { accountId: string; eventNames: string[] }) {
  const { t } = useTranslation();
  const listId = useId();
  const [filter, setFilter] = useState('');
  const event = useDebounced(filter.trim(), 300);
  const query = useInfiniteQuery(accountEventsQuery(accountId, event));
  return (
    <section className="card card-flush card-span">
      <header className="card-header">
        <h2 className="card-title">{t('usage.events.title')}</h2>
        <input
          type="search"
          className="input input-sm usage-event-filter"
          placeholder={t('usage.events.filter')}
          aria-label={t('usage.events.filter')}
          list={listId}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
        <datalist id={listId}>
          {eventNames.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      </header>
      <QueryState query={query} placement="card">
        {(data) => {
          const events = data.pages.flatMap((p) => p.data);
          if (events.length === 0)
            return (
              <p className="card-empty usage-card-empty">
                {event ? t('usage.events.noneNamed', { event }) : t('usage.events.none')}
              </p>
            );
          return (
            <div className="table-wrap">
              <EventsTable events={events} />
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
        }}
      </QueryState>
    </section>
  );
}

type AccountEvent = AccountEventsPage['data'][number];

function EventsTable({ events }: { events: AccountEvent[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <table className="table usage-events-table">
      <thead>
        <tr>
          <th>{t('usage.events.time')}</th>
          <th>{t('usage.events.type')}</th>
          <th>{t('usage.events.event')}</th>
          <th>{t('usage.events.user')}</th>
          <th>{t('usage.events.properties')}</th>
        </tr>
      </thead>
      <tbody>
        {events.map((e) => (
          <tr key={e.id}>
            <td className="nowrap">{formatDateTime(e.timestamp, locale)}</td>
            <td>
              <Badge tone="gray">{e.type}</Badge>
            </td>
            <td className="strong usage-event-column">{e.event ?? <span className="muted">—</span>}</td>
            <td className="mono usage-user">
              {e.user_id ?? <span className="muted">{e.anonymous_id}</span>}
            </td>
            <td className="usage-properties">
              <JsonPreview value={e.properties} label={t('usage.events.showProperties')} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
