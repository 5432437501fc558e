import { Link } from '@tanstack/react-router';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RetentionResponse } from '../../../shared/revenue.ts';
import { describeError } from '../../lib/errors.ts';
import { EmptyState, ErrorState, Skeleton } from '../../ui/feedback.tsx';
import { ExportButtons } from './export-buttons.tsx';
import { ArrChart, ChurnChart, WaterfallChart } from './overview-charts.tsx';
import { CohortTable, RetentionTable, WaterfallTable } from './overview-tables.tsx';
import { RenewalHealthChart, RenewalHealthTable } from './renewal-health.tsx';
import {
  type RevenueFilters,
  useCohorts,
  useRenewalHealth,
  useRenewals,
  useRetention,
  useWaterfall,
} from './revenue-api.ts';
import { defaultFilters, RevenueFilterBar } from './revenue-filters.tsx';
import { formatDate, formatPeriod, formatRate, money } from './revenue-format.ts';
import './revenue.css';

/** The executive overview: ARR, retention, churn, the waterfall, cohorts and renewals coming up. */
export function RevenueOverviewPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<RevenueFilters>(defaultFilters);
  const retention = useRetention(filters);
  const waterfall = useWaterfall(filters);
  const cohorts = useCohorts(filters);
  const renewalHealth = useRenewalHealth(filters);
  const { groupBy: _g, interval: _i, ...accountFilters } = filters;
  return (
    <div className="page revenue">
      <header className="page-header">
        <div>
          <h1>{t('revenue.overview.title')}</h1>
          {retention.data && (
            <p className="page-subtitle">
              {t('revenue.overview.subtitle', { currency: retention.data.currency })}
            </p>
          )}
        </div>
      </header>
      <RevenueFilterBar value={filters} onChange={setFilters} />
      {retention.isPending ? (
        <div className="card">
          <Skeleton rows={8} height={18} />
        </div>
      ) : retention.isError ? (
        <ErrorState
          message={describeError(retention.error)}
          onRetry={() => void retention.refetch()}
          retryLabel={t('common.retry')}
        />
      ) : (
        <>
          {retention.data.missing_rates.length > 0 && (
            <div className="alert alert-warning" role="status">
              {t('revenue.overview.missingRates', { currencies: retention.data.missing_rates.join(', ') })}
            </div>
          )}
          <KeyFigures retention={retention.data} />
          {retention.data.data.every((r) => r.starting_arr === 0 && r.ending_arr === 0) ? (
            <EmptyState title={t('revenue.overview.title')} body={t('revenue.overview.empty')} />
          ) : (
            <div className="revenue-grid">
              <Card
                title={t('revenue.overview.arrChart')}
                wide
                actions={
                  <ExportButtons
                    report="retention"
                    filters={filters}
                    what={t('revenue.overview.retentionTable')}
                  />
                }
              >
                <ArrChart retention={retention.data} />
              </Card>
              <Card
                title={t('revenue.overview.waterfallChart')}
                actions={
                  <ExportButtons
                    report="waterfall"
                    filters={filters}
                    what={t('revenue.overview.waterfallChart')}
                  />
                }
              >
                {waterfall.data ? <WaterfallChart waterfall={waterfall.data} /> : <Skeleton rows={6} />}
              </Card>
              <Card
                title={t('revenue.overview.churnChart')}
                actions={
                  <ExportButtons
                    report="retention"
                    filters={filters}
                    what={t('revenue.overview.churnChart')}
                  />
                }
              >
                <ChurnChart retention={retention.data} />
              </Card>
              <Card
                title={t('revenue.overview.retentionTable')}
                wide
                actions={
                  <ExportButtons
                    report="retention"
                    filters={filters}
                    what={t('revenue.overview.retentionTable')}
                  />
                }
              >
                <RetentionTable retention={retention.data} />
                <Formulas formulas={retention.data.formulas} />
              </Card>
              <Card
                title={t('revenue.overview.waterfallTable')}
                wide
                actions={
                  <ExportButtons
                    report="waterfall"
                    filters={{ ...filters, groupBy: 'none' }}
                    what={t('revenue.overview.waterfallTable')}
                  />
                }
              >
                {waterfall.data ? <WaterfallTable waterfall={waterfall.data} /> : <Skeleton rows={6} />}
                {waterfall.data && <Formulas formulas={waterfall.data.formulas} />}
              </Card>
              <Card
                title={t('revenue.overview.cohorts')}
                wide
                actions={
                  <ExportButtons
                    report="cohorts"
                    filters={accountFilters}
                    what={t('revenue.overview.cohorts')}
                  />
                }
              >
                {cohorts.data ? <CohortTable cohorts={cohorts.data} /> : <Skeleton rows={5} />}
                {cohorts.data && <Formulas formulas={cohorts.data.formulas} />}
              </Card>
              <Card
                title={t('revenue.renewalHealth.title')}
                wide
                actions={
                  <ExportButtons
                    report="renewal_health"
                    filters={accountFilters}
                    what={t('revenue.renewalHealth.title')}
                  />
                }
              >
                {!renewalHealth.data ? (
                  <Skeleton rows={5} />
                ) : renewalHealth.data.colors.every((c) => c.renewals === 0) ? (
                  <p className="card-empty">{t('revenue.renewalHealth.empty')}</p>
                ) : (
                  <div className="revenue-split">
                    <RenewalHealthChart health={renewalHealth.data} />
                    <RenewalHealthTable health={renewalHealth.data} />
                  </div>
                )}
                {renewalHealth.data && <Formulas formulas={renewalHealth.data.formulas} />}
              </Card>
              <RenewalsDue filters={filters} />
            </div>
          )}
        </>
      )}
    </div>
  );
}

function Card({
  title,
  actions,
  wide,
  children,
}: {
  title: string;
  actions?: ReactNode;
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <section className={`card revenue-card${wide ? ' revenue-card-wide' : ''}`} aria-label={title}>
      <div className="card-header">
        <h2 className="card-title">{title}</h2>
        {actions}
      </div>
      {children}
    </section>
  );
}

function Formulas({ formulas }: { formulas: Record<string, string> }) {
  const { t } = useTranslation();
  return (
    <details className="revenue-formulas">
      <summary>{t('revenue.overview.formulas')}</summary>
      <ul>
        {Object.entries(formulas).map(([key, text]) => (
          <li key={key}>{text}</li>
        ))}
      </ul>
    </details>
  );
}

/** ARR now and the latest period's retention, summed over groups when grouped. */
function KeyFigures({ retention }: { retention: RetentionResponse }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const last = retention.data.at(-1)?.period_start;
  const rows = retention.data.filter((r) => r.period_start === last);
  const sum = (pick: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + pick(r), 0);
  const start = sum((r) => r.starting_arr);
  const ratio = (n: number, d: number) => (d === 0 ? null : n / d);
  const period = last ? formatPeriod(last, retention.interval, locale) : '';
  const figures: [string, string][] = [
    [
      t('revenue.overview.arr'),
      money(
        sum((r) => r.ending_arr),
        retention.currency,
        locale,
      ),
    ],
    [
      t('revenue.overview.grr'),
      formatRate(ratio(start - sum((r) => r.contraction + r.churn), start), locale),
    ],
    [
      t('revenue.overview.nrr'),
      formatRate(ratio(start + sum((r) => r.expansion - r.contraction - r.churn), start), locale),
    ],
    [
      t('revenue.overview.logoChurn'),
      formatRate(
        ratio(
          sum((r) => r.churned_logos),
          sum((r) => r.starting_logos),
        ),
        locale,
      ),
    ],
  ];
  return (
    <dl className="stat-row revenue-stats">
      {figures.map(([label, value]) => (
        <div className="stat" key={label}>
          <dt>{label}</dt>
          <dd>
            {value}
            <span className="stat-note">{t('revenue.overview.latest', { period })}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}

function RenewalsDue({ filters }: { filters: RevenueFilters }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const today = new Date().toISOString().slice(0, 10);
  const until = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);
  const query = {
    from: today,
    to: until,
    kind: 'renewal',
    segment: filters.segment,
    tier: filters.tier,
    coverage_model: filters.coverage_model,
    owner_id: filters.owner_id,
  };
  const renewals = useRenewals(query);
  const open = (renewals.data ?? []).filter((o) => o.stage === 'open' || o.stage === 'negotiation');
  return (
    <Card
      title={t('revenue.overview.renewalsDue')}
      wide
      actions={
        <ExportButtons
          report="renewals"
          filters={{ ...query, kind: undefined } as Partial<RevenueFilters>}
          what={t('revenue.overview.renewalsDue')}
        />
      }
    >
      {renewals.isPending ? (
        <Skeleton rows={4} />
      ) : open.length === 0 ? (
        <p className="card-empty">{t('revenue.overview.renewalsDueEmpty')}</p>
      ) : (
        <div className="table-wrap revenue-scroll">
          <table className="table revenue-table" aria-label={t('revenue.overview.renewalsDue')}>
            <thead>
              <tr>
                <th>{t('revenue.columns.account')}</th>
                <th>{t('revenue.columns.closeDate')}</th>
                <th className="align-end">{t('revenue.columns.renewable')}</th>
                <th>{t('revenue.columns.stage')}</th>
                <th>{t('revenue.columns.category')}</th>
              </tr>
            </thead>
            <tbody>
              {open.map((o) => (
                <tr key={o.id}>
                  <td>
                    <Link to="/accounts/$accountId" params={{ accountId: o.account_id }}>
                      {o.account_name}
                    </Link>
                  </td>
                  <td className="nowrap">{formatDate(o.close_date, locale)}</td>
                  <td className="numeric">{money(o.renewable_amount, o.currency, locale)}</td>
                  <td>{t(`revenue.pipeline.stages.${o.stage}`)}</td>
                  <td>
                    <span className={`badge revenue-category-${o.forecast_category}`}>
                      {t(`revenue.pipeline.categories.${o.forecast_category}`)}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
