import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Touchpoint } from '../../../shared/ctas.ts';
import { useLocale } from '../../i18n/index.ts';
import { api } from '../../lib/api.ts';
import { formatDateTime } from '../../lib/format.ts';
import { Badge } from '../../ui/badge.tsx';
import { EmptyState, ErrorState, Skeleton } from '../../ui/feedback.tsx';
import './cockpit.css';

/** An account's touchpoints, newest first: what the no-touchpoint rules count from. */
export function TimelineTab({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const query = useQuery({
    queryKey: ['touchpoints', accountId],
    queryFn: ({ signal }) =>
      api.get<{ data: Touchpoint[] }>(`/accounts/${accountId}/touchpoints`, { signal }),
  });
  if (query.isPending) return <Skeleton rows={4} />;
  if (query.isError)
    return (
      <ErrorState
        message={t('cockpit.timeline.loadError')}
        onRetry={() => query.refetch()}
        retryLabel={t('common.retry')}
      />
    );
  const touchpoints = query.data.data;
  return (
    <section className="card" aria-labelledby="timeline-title">
      <h2 className="card-title" id="timeline-title">
        {t('cockpit.timeline.title')}
      </h2>
      {touchpoints.length === 0 ? (
        <EmptyState title={t('cockpit.timeline.empty')} />
      ) : (
        <ul className="cockpit-list">
          {touchpoints.map((tp) => (
            <li key={tp.id}>
              <span>
                <Badge tone="blue">{t(`cockpit.timeline.type.${tp.type}`)}</Badge>{' '}
                {formatDateTime(tp.occurred_at, locale)}
                {tp.author_name && (
                  <span className="muted"> · {t('cockpit.timeline.by', { name: tp.author_name })}</span>
                )}
              </span>
              <span>{tp.summary}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
