import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { IngestDebugger } from '../../../shared/usage.ts';
import { useLocale } from '../../i18n/index.ts';
import { formatDateTime, formatNumber, formatRelative } from '../../lib/format.ts';
import { Badge } from '../../ui/badge.tsx';
import { JsonPreview } from './json-preview.tsx';

type WriteKey = IngestDebugger['per_key'][number];

export function WriteKeysTable({ keys }: { keys: WriteKey[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <section className="card card-flush">
      <header className="card-header">
        <h3 className="card-title">{t('usage.debugger.sources')}</h3>
      </header>
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th>{t('usage.debugger.keyName')}</th>
              <th className="align-end">{t('usage.debugger.events24h')}</th>
              <th className="align-end">{t('usage.debugger.rejected24h')}</th>
              <th>{t('usage.debugger.lastEvent')}</th>
            </tr>
          </thead>
          <tbody>
            {keys.map((key) => (
              <tr key={key.api_key_id ?? ''}>
                <td className="strong">{key.name ?? t('usage.debugger.deletedKey')}</td>
                <td className="align-end numeric">{formatNumber(key.events_24h, locale)}</td>
                <td className="align-end numeric">
                  {key.rejected_24h > 0 ? (
                    <Badge tone="red">{formatNumber(key.rejected_24h, locale)}</Badge>
                  ) : (
                    <span className="muted">0</span>
                  )}
                </td>
                <td className="muted">
                  {key.last_event_at ? (
                    <span title={formatDateTime(key.last_event_at, locale)}>
                      {formatRelative(key.last_event_at, locale)}
                    </span>
                  ) : (
                    t('usage.debugger.noEvents')
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function RecentEventsTable({ events }: { events: IngestDebugger['recent_events'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <section className="card card-flush">
      <header className="card-header">
        <h3 className="card-title">{t('usage.debugger.latest')}</h3>
      </header>
      {events.length === 0 ? (
        <p className="card-empty usage-card-empty">{t('usage.debugger.latestEmpty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="debugger-events">
            <thead>
              <tr>
                <th>{t('usage.debugger.received')}</th>
                <th>{t('usage.events.type')}</th>
                <th>{t('usage.events.event')}</th>
                <th>{t('usage.events.user')}</th>
                <th>{t('usage.debugger.group')}</th>
                <th>{t('usage.events.properties')}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.id}>
                  <td className="nowrap">{formatDateTime(e.received_at, locale)}</td>
                  <td>
                    <Badge tone="gray">{e.type}</Badge>
                  </td>
                  <td className="strong usage-event-name">{e.event ?? <span className="muted">—</span>}</td>
                  <td className="mono usage-user">
                    {e.user_id ?? <span className="muted">{e.anonymous_id}</span>}
                  </td>
                  <td className="usage-wrap">
                    {e.account_id ? (
                      <Link
                        to="/accounts/$accountId"
                        params={{ accountId: e.account_id }}
                        search={{ tab: 'usage' }}
                      >
                        {e.group_id ?? e.account_id}
                      </Link>
                    ) : (
                      <>
                        {e.group_id && <span className="mono">{e.group_id} </span>}
                        <Badge tone="amber">{t('usage.debugger.unattachedBadge')}</Badge>
                      </>
                    )}
                  </td>
                  <td className="usage-properties">
                    <JsonPreview value={e.properties} label={t('usage.events.showProperties')} />
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

export function RejectionsTable({
  rejections,
  keys,
}: {
  rejections: IngestDebugger['rejections'];
  keys: WriteKey[];
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const keyName = new Map(keys.map((k) => [k.api_key_id, k.name]));
  return (
    <section className="card card-flush">
      <header className="card-header">
        <h3 className="card-title">{t('usage.debugger.rejections')}</h3>
      </header>
      {rejections.length === 0 ? (
        <p className="card-empty usage-card-empty">{t('usage.debugger.rejectionsEmpty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th>{t('usage.debugger.received')}</th>
                <th>{t('usage.debugger.keyName')}</th>
                <th>{t('usage.debugger.code')}</th>
                <th>{t('usage.debugger.reason')}</th>
                <th>{t('usage.debugger.payload')}</th>
              </tr>
            </thead>
            <tbody>
              {rejections.map((r) => (
                <tr key={r.id}>
                  <td className="nowrap">{formatDateTime(r.received_at, locale)}</td>
                  <td>{(r.api_key_id && keyName.get(r.api_key_id)) ?? <span className="muted">—</span>}</td>
                  <td>
                    <Badge tone="red">{r.code}</Badge>
                  </td>
                  <td>{r.message}</td>
                  <td className="usage-properties">
                    <JsonPreview value={r.payload} label={t('usage.debugger.showPayload')} />
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
