import { Link } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountHealth, MeasureResult } from '../../../shared/health.ts';
import { useLocale } from '../../i18n/index.ts';
import { describeError } from '../../lib/errors.ts';
import { formatDateTime, formatRelative } from '../../lib/format.ts';
import { EmptyState, ErrorState, Skeleton } from '../../ui/feedback.tsx';
import { usePermissions } from '../auth/session.ts';
import { AlertList } from './alert-list.tsx';
import { SentimentPanel, SurveyPanel, TicketPanel } from './feedback-panels.tsx';
import { useAccountHealth } from './health-api.ts';
import {
  explainChange,
  formatDelta,
  formatMeasureValue,
  formatScore,
  formatWeight,
  isHealthColor,
} from './health-format.ts';
import './health.css';

const HealthHistory = lazy(() => import('./health-history.tsx'));

export function HealthTab({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const query = useAccountHealth(accountId);
  const { isAdmin } = usePermissions();

  if (query.isPending) {
    return (
      <div className="card">
        <Skeleton rows={6} height={18} />
      </div>
    );
  }
  if (query.isError) {
    return (
      <ErrorState
        message={describeError(query.error)}
        onRetry={() => void query.refetch()}
        retryLabel={t('common.retry')}
      />
    );
  }
  const health = query.data;
  return (
    <div className="health">
      {health.scorecard ? (
        <>
          <HealthSummary health={health} />
          <MeasuresTable health={health} />
          <section className="card card-flush card-span">
            <Suspense fallback={<Skeleton rows={6} height={30} />}>
              <HealthHistory accountId={accountId} bands={health.color_bands} />
            </Suspense>
          </section>
        </>
      ) : (
        <section className="card card-span">
          <EmptyState
            title={t('health.noScorecard.title')}
            body={t('health.noScorecard.body')}
            action={
              isAdmin ? (
                <Link to="/settings/scorecards" className="button button-primary">
                  {t('health.noScorecard.action')}
                </Link>
              ) : undefined
            }
          />
        </section>
      )}
      <section className="card card-flush card-span">
        <header className="card-header">
          <h2 className="card-title">{t('health.alerts.title')}</h2>
        </header>
        <AlertList accountId={accountId} />
      </section>
      <SurveyPanel accountId={accountId} />
      <SentimentPanel accountId={accountId} />
      <TicketPanel accountId={accountId} />
    </div>
  );
}

function Trend({ value }: { value: number | null }) {
  const locale = useLocale();
  if (value === null) return <span className="muted">—</span>;
  const cls = Math.round(value) > 0 ? 'trend-up' : Math.round(value) < 0 ? 'trend-down' : '';
  return <span className={`numeric ${cls}`}>{formatDelta(value, locale)}</span>;
}

function HealthSummary({ health }: { health: AccountHealth }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const band = isHealthColor(health.color) ? health.color : 'none';
  return (
    <section className="card card-span health-summary" aria-label={t('health.summary')}>
      <div className={`health-score-big health-${band}`} data-testid="health-score">
        <strong>{formatScore(health.score, locale)}</strong>
        <span>{t(`health.colors.${band}`)}</span>
      </div>
      <div className="health-summary-body">
        <p className="health-explanation" data-testid="health-explanation">
          {health.last_change
            ? explainChange(health.last_change, locale, t)
            : health.score === null
              ? t('health.noData')
              : t('health.noChange', { score: formatScore(health.score, locale) })}
        </p>
        <dl className="health-facts">
          <div>
            <dt>{t('health.trend7')}</dt>
            <dd>
              <Trend value={health.trend.d7} />
            </dd>
          </div>
          <div>
            <dt>{t('health.trend30')}</dt>
            <dd>
              <Trend value={health.trend.d30} />
            </dd>
          </div>
          <div>
            <dt>{t('health.scorecard')}</dt>
            <dd>{health.scorecard?.name}</dd>
          </div>
          {health.computed_at && (
            <div>
              <dt>{t('health.computed')}</dt>
              <dd title={formatDateTime(health.computed_at, locale)}>
                {formatRelative(health.computed_at, locale)}
              </dd>
            </div>
          )}
          {health.last_change && (
            <div>
              <dt>{t('health.changedAt')}</dt>
              <dd title={formatDateTime(health.last_change.at, locale)}>
                {formatRelative(health.last_change.at, locale)}
              </dd>
            </div>
          )}
        </dl>
      </div>
    </section>
  );
}

export function ScoreBar({ score, bands }: { score: number | null; bands: AccountHealth['color_bands'] }) {
  const locale = useLocale();
  if (score === null) return <span className="muted">—</span>;
  const band = bands.find((b) => Math.round(score) >= b.min && Math.round(score) <= b.max)?.color ?? 'none';
  return (
    <span className={`score-bar health-${band}`}>
      <span className="score-bar-track" aria-hidden="true">
        <span className="score-bar-fill" style={{ width: `${Math.max(2, score)}%`, display: 'block' }} />
      </span>
      <span className="numeric">{formatScore(score, locale)}</span>
    </span>
  );
}

/** Measures in their groups, in the scorecard's order of first appearance. */
function grouped(measures: MeasureResult[]): [string | null, MeasureResult[]][] {
  const groups = new Map<string | null, MeasureResult[]>();
  for (const m of measures) groups.set(m.group, [...(groups.get(m.group) ?? []), m]);
  return [...groups];
}

function MeasuresTable({ health }: { health: AccountHealth }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const present = health.measures.filter((m) => !m.missing).reduce((s, m) => s + m.weight, 0);
  const anyMissing = health.measures.some((m) => m.missing);
  const groups = grouped(health.measures);
  const showGroups = groups.length > 1 || groups[0]?.[0] !== null;
  return (
    <section className="card card-flush card-span">
      <header className="card-header">
        <h2 className="card-title">{t('health.measures.title')}</h2>
      </header>
      <div className="table-wrap">
        <table className="table" data-testid="health-measures">
          <thead>
            <tr>
              <th>{t('health.measures.measure')}</th>
              <th className="align-end">{t('health.measures.value')}</th>
              <th>{t('health.measures.score')}</th>
              <th className="align-end">{t('health.measures.weight')}</th>
              <th className="align-end">{t('health.measures.contribution')}</th>
            </tr>
          </thead>
          <tbody>
            {groups.map(([group, measures]) => (
              <GroupRows
                key={group ?? ''}
                group={showGroups ? (group ?? t('health.measures.ungrouped')) : null}
              >
                {measures.map((m) => (
                  <tr key={m.key} className={m.missing ? 'measure-missing' : undefined}>
                    <td>{m.label}</td>
                    <td className="align-end numeric">
                      {m.missing ? (
                        <span className="missing-tag">{t('health.measures.missing')}</span>
                      ) : (
                        formatMeasureValue(m.value, locale, t)
                      )}
                    </td>
                    <td>
                      <ScoreBar score={m.score} bands={health.color_bands} />
                    </td>
                    <td className="align-end numeric">
                      {formatWeight(m.weight, locale)}
                      {anyMissing && !m.missing && present > 0 && (
                        <span className="cell-sub" title={t('health.measures.effectiveHint')}>
                          {t('health.measures.effective', {
                            weight: formatWeight((m.weight / present) * 100, locale),
                          })}
                        </span>
                      )}
                    </td>
                    <td className="align-end numeric">
                      {m.contribution === null ? '—' : formatWeight(m.contribution, locale)}
                    </td>
                  </tr>
                ))}
              </GroupRows>
            ))}
          </tbody>
        </table>
      </div>
      {anyMissing && <p className="health-note">{t('health.measures.missingNote')}</p>}
    </section>
  );
}

function GroupRows({ group, children }: { group: string | null; children: React.ReactNode }) {
  return (
    <>
      {group !== null && (
        <tr className="health-group-row">
          <td colSpan={5}>{group}</td>
        </tr>
      )}
      {children}
    </>
  );
}
