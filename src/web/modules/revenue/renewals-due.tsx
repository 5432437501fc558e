import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Opportunity } from '../../../shared/revenue.ts';
import { Skeleton } from '../../ui/feedback.tsx';
import { ExportButtons } from './export-buttons.tsx';
import { Card } from './overview-cards.tsx';
import { type RevenueFilters, useRenewals } from './revenue-api.ts';
import { formatDate, money } from './revenue-format.ts';

/** Renewals closing in the next 90 days for the filtered accounts. */
function renewalsDueQuery(filters: RevenueFilters) {
  const today = new Date().toISOString().slice(0, 10);
  const until = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);
  return {
    from: today,
    to: until,
    kind: 'renewal',
    segment: filters.segment,
    tier: filters.tier,
    coverage_model: filters.coverage_model,
    owner_id: filters.owner_id,
  };
}

export function RenewalsDue({ filters }: { filters: RevenueFilters }) {
  const { t } = useTranslation();
  const query = renewalsDueQuery(filters);
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
        <RenewalsDueTable renewals={open} />
      )}
    </Card>
  );
}

function RenewalsDueTable({ renewals }: { renewals: Opportunity[] }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return (
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
          {renewals.map((o) => (
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
  );
}
