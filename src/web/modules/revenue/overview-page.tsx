import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RetentionResponse } from '../../../shared/revenue.ts';
import { EmptyState } from '../../ui/feedback.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import {
  ArrCard,
  ChurnCard,
  CohortsCard,
  RenewalHealthCard,
  RetentionTableCard,
  WaterfallChartCard,
  WaterfallTableCard,
} from './overview-cards.tsx';
import { KeyFigures } from './overview-key-figures.tsx';
import { RenewalsDue } from './renewals-due.tsx';
import { type RevenueFilters, useRetention } from './revenue-api.ts';
import { defaultFilters, RevenueFilterBar } from './revenue-filters.tsx';
import './revenue.css';

/** The executive overview: ARR, retention, churn, the waterfall, cohorts and renewals coming up. */
export function RevenueOverviewPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<RevenueFilters>(defaultFilters);
  const retention = useRetention(filters);
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
      <QueryState query={retention} skeletonRows={8}>
        {(data) => <OverviewBody retention={data} filters={filters} />}
      </QueryState>
    </div>
  );
}

function OverviewBody({ retention, filters }: { retention: RetentionResponse; filters: RevenueFilters }) {
  const { t } = useTranslation();
  const noArr = retention.data.every((r) => r.starting_arr === 0 && r.ending_arr === 0);
  return (
    <>
      {retention.missing_rates.length > 0 && (
        <div className="alert alert-warning" role="status">
          {t('revenue.overview.missingRates', { currencies: retention.missing_rates.join(', ') })}
        </div>
      )}
      <KeyFigures retention={retention} />
      {noArr ? (
        <EmptyState title={t('revenue.overview.title')} body={t('revenue.overview.empty')} />
      ) : (
        <div className="revenue-grid">
          <ArrCard filters={filters} retention={retention} />
          <WaterfallChartCard filters={filters} />
          <ChurnCard filters={filters} retention={retention} />
          <RetentionTableCard filters={filters} retention={retention} />
          <WaterfallTableCard filters={filters} />
          <CohortsCard filters={filters} />
          <RenewalHealthCard filters={filters} />
          <RenewalsDue filters={filters} />
        </div>
      )}
    </>
  );
}
