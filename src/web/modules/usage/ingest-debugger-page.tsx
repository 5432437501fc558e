import { useTranslation } from 'react-i18next';
import type { IngestDebugger } from '../../../shared/usage.ts';
import { useLocale } from '../../i18n/index.ts';
import { describeError } from '../../lib/errors.ts';
import { formatNumber } from '../../lib/format.ts';
import { EmptyState, ErrorState, Skeleton } from '../../ui/feedback.tsx';
import { KeyIcon } from '../../ui/icons.tsx';
import { SectionHeader } from '../settings/settings-layout.tsx';
import { ConnectSource } from './connect-source.tsx';
import { RecentEventsTable, RejectionsTable, WriteKeysTable } from './ingest-tables.tsx';
import { useIngestDebugger } from './usage-api.ts';
import './usage.css';

/** Live view of what Segment or RudderStack sources send: per key, latest events, rejected messages. */
export function IngestDebuggerPage() {
  const { t } = useTranslation();
  const query = useIngestDebugger();

  let body: React.ReactNode;
  if (query.isPending) body = <Skeleton rows={6} height={18} />;
  else if (query.isError)
    body = (
      <ErrorState
        message={describeError(query.error)}
        onRetry={() => void query.refetch()}
        retryLabel={t('common.retry')}
      />
    );
  else body = <DebuggerBody state={query.data} />;

  return (
    <section className="debugger">
      <SectionHeader
        title={t('settings.sections.ingest')}
        description={t('usage.debugger.description')}
        action={
          query.isSuccess && (
            <span className="debugger-status" role="status">
              <span className="debugger-live" aria-hidden="true" />
              {t('usage.debugger.refreshing')}
            </span>
          )
        }
      />
      {body}
    </section>
  );
}

function DebuggerBody({ state }: { state: IngestDebugger }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const sum = (pick: (k: IngestDebugger['per_key'][number]) => number) =>
    state.per_key.reduce((total, key) => total + pick(key), 0);
  const stats = [
    { label: t('usage.debugger.events24h'), value: sum((k) => k.events_24h) },
    { label: t('usage.debugger.rejected24h'), value: sum((k) => k.rejected_24h), warn: true },
    {
      label: t('usage.debugger.unattached'),
      value: state.unattached_events,
      note: t('usage.debugger.unattachedHint'),
    },
    {
      label: t('usage.debugger.backlog'),
      value: state.rollup_backlog,
      note: t('usage.debugger.backlogHint'),
    },
  ];
  // Without an ingest key nothing can arrive: say how to connect, above whatever came in before.
  const noKey = state.per_key.length === 0;
  if (noKey && state.recent_events.length === 0 && state.rejections.length === 0) return <NoSource />;
  return (
    <>
      <dl className="stat-row">
        {stats.map((s) => (
          <div key={s.label} className="stat" title={s.note}>
            <dt>{s.label}</dt>
            <dd className={s.warn && s.value > 0 ? 'stat-note-warn' : undefined}>
              {formatNumber(s.value, locale)}
            </dd>
          </div>
        ))}
      </dl>
      {noKey ? <NoSource /> : <WriteKeysTable keys={state.per_key} />}
      <RecentEventsTable events={state.recent_events} />
      <RejectionsTable rejections={state.rejections} keys={state.per_key} />
    </>
  );
}

function NoSource() {
  const { t } = useTranslation();
  return (
    <div className="card usage-connect">
      <EmptyState
        icon={<KeyIcon size={22} />}
        title={t('usage.debugger.emptyTitle')}
        body={t('usage.debugger.emptyBody')}
      />
      <ConnectSource />
    </div>
  );
}
