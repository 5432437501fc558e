import { Link } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreviewResult } from '../../../shared/health.ts';
import { useLocale } from '../../i18n/index.ts';
import { describeError } from '../../lib/errors.ts';
import { formatNumber } from '../../lib/format.ts';
import { Skeleton, Spinner } from '../../ui/feedback.tsx';
import { usePreview } from './health-api.ts';
import { HealthBadge } from './health-badge.tsx';
import type { Draft } from './scorecard-draft.ts';

const COLORS = ['red', 'yellow', 'green', 'none'] as const;
// ECharts loads with the chart, not with the app.
const Histogram = lazy(() => import('./preview-histogram.tsx'));

/** What the draft would do to every account it covers, asked again (debounced) as the draft changes. */
export function ScorecardPreview({
  id,
  draft,
  stale,
}: {
  id: string | null;
  draft: Draft | null;
  stale: boolean;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const query = usePreview(id, draft);
  const data = query.data;

  return (
    <div data-testid="scorecard-preview">
      <section className="card card-flush">
        <header className="card-header">
          <h3 className="card-title">{t('health.preview.title')}</h3>
          {query.isFetching && <Spinner size={14} />}
        </header>
        {stale && <p className="health-note preview-stale">{t('health.preview.stale')}</p>}
        {query.isError && <p className="field-error health-note">{describeError(query.error)}</p>}
        {!data ? (
          query.isPending && draft ? (
            <Skeleton rows={5} height={18} />
          ) : (
            !stale && <p className="health-note">{t('health.preview.waiting')}</p>
          )
        ) : (
          <div style={{ opacity: stale ? 0.5 : 1 }}>
            <p className="health-note preview-accounts">
              {t('health.preview.accounts', {
                count: data.accounts,
                formatted: formatNumber(data.accounts, locale),
              })}
            </p>
            <div className="color-counts health-note" data-testid="preview-colors">
              {COLORS.map((c) => (
                <span key={c} className={`health-${c}`}>
                  <span className="health-dot" />
                  {t(`health.colors.${c}`)}{' '}
                  <strong className="numeric">{formatNumber(data.colors[c], locale)}</strong>
                </span>
              ))}
            </div>
            <Suspense fallback={<Skeleton rows={4} height={24} />}>
              <Histogram data={data} bands={draft?.color_bands ?? []} />
            </Suspense>
          </div>
        )}
      </section>
      {data && <PreviewChanges changes={data.changes} stale={stale} />}
    </div>
  );
}

/** The accounts whose color the draft would change, from → to. */
function PreviewChanges({ changes, stale }: { changes: PreviewResult['changes']; stale: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <section className="card card-flush" style={{ opacity: stale ? 0.5 : 1 }}>
      <header className="card-header">
        <h3 className="card-title">{t('health.preview.changes')}</h3>
        <span className="card-count" data-testid="preview-change-count">
          {formatNumber(changes.total, locale)}
        </span>
      </header>
      {changes.items.length === 0 ? (
        <p className="health-note">{t('health.preview.noChanges')}</p>
      ) : (
        <ul className="change-list" data-testid="preview-changes">
          {changes.items.map((c) => (
            <li key={c.account_id}>
              <Link to="/accounts/$accountId" params={{ accountId: c.account_id }} search={{ tab: 'health' }}>
                {c.name}
              </Link>
              <span className="nowrap">
                <HealthBadge score={c.from_score} color={c.from_color} /> →{' '}
                <HealthBadge score={c.to_score} color={c.to_color} />
              </span>
            </li>
          ))}
        </ul>
      )}
      {changes.total > changes.items.length && (
        <p className="health-note">
          {t('health.preview.more', { count: changes.total - changes.items.length })}
        </p>
      )}
    </section>
  );
}
