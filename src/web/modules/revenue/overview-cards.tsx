import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RetentionResponse } from '../../../shared/revenue.ts';
import { Skeleton } from '../../ui/feedback.tsx';
import { ExportButtons } from './export-buttons.tsx';
import { ArrChart, ChurnChart, WaterfallChart } from './overview-charts.tsx';
import { CohortTable, RetentionTable, WaterfallTable } from './overview-tables.tsx';
import { RenewalHealthChart, RenewalHealthTable } from './renewal-health.tsx';
import { type RevenueFilters, useCohorts, useRenewalHealth, useWaterfall } from './revenue-api.ts';

/** The filters that select accounts: cohorts and renewals are not grouped or bucketed by interval. */
export function accountFiltersOf(filters: RevenueFilters): Partial<RevenueFilters> {
  const { groupBy: _g, interval: _i, ...accountFilters } = filters;
  return accountFilters;
}

/** One titled card of the overview, its export buttons in the header. */
export function Card({
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

/** How each figure of a card is computed, folded away under the card. */
export function Formulas({ formulas }: { formulas: Record<string, string> }) {
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

type CardProps = { filters: RevenueFilters };
type RetentionCardProps = CardProps & { retention: RetentionResponse };

export function ArrCard({ filters, retention }: RetentionCardProps) {
  const { t } = useTranslation();
  return (
    <Card
      title={t('revenue.overview.arrChart')}
      wide
      actions={
        <ExportButtons report="retention" filters={filters} what={t('revenue.overview.retentionTable')} />
      }
    >
      <ArrChart retention={retention} />
    </Card>
  );
}

export function ChurnCard({ filters, retention }: RetentionCardProps) {
  const { t } = useTranslation();
  return (
    <Card
      title={t('revenue.overview.churnChart')}
      actions={<ExportButtons report="retention" filters={filters} what={t('revenue.overview.churnChart')} />}
    >
      <ChurnChart retention={retention} />
    </Card>
  );
}

export function RetentionTableCard({ filters, retention }: RetentionCardProps) {
  const { t } = useTranslation();
  return (
    <Card
      title={t('revenue.overview.retentionTable')}
      wide
      actions={
        <ExportButtons report="retention" filters={filters} what={t('revenue.overview.retentionTable')} />
      }
    >
      <RetentionTable retention={retention} />
      <Formulas formulas={retention.formulas} />
    </Card>
  );
}

// The waterfall chart and table read the same query: TanStack Query fetches it once.
export function WaterfallChartCard({ filters }: CardProps) {
  const { t } = useTranslation();
  const waterfall = useWaterfall(filters);
  return (
    <Card
      title={t('revenue.overview.waterfallChart')}
      actions={
        <ExportButtons report="waterfall" filters={filters} what={t('revenue.overview.waterfallChart')} />
      }
    >
      {waterfall.data ? <WaterfallChart waterfall={waterfall.data} /> : <Skeleton rows={6} />}
    </Card>
  );
}

export function WaterfallTableCard({ filters }: CardProps) {
  const { t } = useTranslation();
  const waterfall = useWaterfall(filters);
  return (
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
  );
}

export function CohortsCard({ filters }: CardProps) {
  const { t } = useTranslation();
  const cohorts = useCohorts(filters);
  return (
    <Card
      title={t('revenue.overview.cohorts')}
      wide
      actions={
        <ExportButtons
          report="cohorts"
          filters={accountFiltersOf(filters)}
          what={t('revenue.overview.cohorts')}
        />
      }
    >
      {cohorts.data ? <CohortTable cohorts={cohorts.data} /> : <Skeleton rows={5} />}
      {cohorts.data && <Formulas formulas={cohorts.data.formulas} />}
    </Card>
  );
}

export function RenewalHealthCard({ filters }: CardProps) {
  const { t } = useTranslation();
  const renewalHealth = useRenewalHealth(filters);
  return (
    <Card
      title={t('revenue.renewalHealth.title')}
      wide
      actions={
        <ExportButtons
          report="renewal_health"
          filters={accountFiltersOf(filters)}
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
  );
}
