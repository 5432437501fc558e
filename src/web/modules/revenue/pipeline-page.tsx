import { Link } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FORECAST_CATEGORIES, type Forecast, type Opportunity, STAGES } from '../../../shared/revenue.ts';
import { describeError } from '../../lib/errors.ts';
import { currencyFractionDigits } from '../../lib/format.ts';
import { EmptyState, ErrorState, Skeleton } from '../../ui/feedback.tsx';
import { showToast } from '../../ui/toast.tsx';
import { usePermissions } from '../auth/session.ts';
import { ExportButtons } from './export-buttons.tsx';
import {
  type RevenueFilters,
  useForecast,
  useRenewals,
  useRevenueSettings,
  useUpdateOpportunity,
} from './revenue-api.ts';
import { CHART_COLORS, RevenueChart, type RevenueChartOption } from './revenue-chart.tsx';
import { defaultFilters, RevenueFilterBar } from './revenue-filters.tsx';
import { compactMoney, formatDate, money } from './revenue-format.ts';
import './revenue.css';

const quarterOf = (day: string) => `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
function shiftQuarter(quarter: string, by: number) {
  const index = Number(quarter.slice(0, 4)) * 4 + Number(quarter.slice(6)) - 1 + by;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}
function quarterRange(quarter: string) {
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(6));
  return {
    from: `${year}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01`,
    to: new Date(Date.UTC(year, q * 3, 0)).toISOString().slice(0, 10),
  };
}

/** The renewal and expansion pipeline of a quarter: its forecast and a board by stage. */
export function PipelinePage() {
  const { t } = useTranslation();
  const [quarter, setQuarter] = useState(() => quarterOf(new Date().toISOString().slice(0, 10)));
  const [filters, setFilters] = useState<RevenueFilters>(defaultFilters);
  const settings = useRevenueSettings();
  const accountFilters = {
    segment: filters.segment,
    tier: filters.tier,
    coverage_model: filters.coverage_model,
    owner_id: filters.owner_id,
  };
  const range = quarterRange(quarter);
  const forecast = useForecast({ quarter, ...accountFilters });
  const renewals = useRenewals({ ...range, ...accountFilters });
  return (
    <div className="page revenue">
      <header className="page-header">
        <div>
          <h1>{t('revenue.pipeline.title')}</h1>
          {settings.data && (
            <p className="page-subtitle">
              {t('revenue.pipeline.subtitle', {
                days: settings.data.renewal_lead_days,
                currency: settings.data.company_currency,
              })}
            </p>
          )}
        </div>
        <fieldset className="segmented" aria-label={t('revenue.pipeline.quarter')}>
          <button
            type="button"
            className="segmented-option"
            onClick={() => setQuarter(shiftQuarter(quarter, -1))}
            aria-label="←"
          >
            ←
          </button>
          <span className="segmented-option segmented-option-active">{quarter}</span>
          <button
            type="button"
            className="segmented-option"
            onClick={() => setQuarter(shiftQuarter(quarter, 1))}
            aria-label="→"
          >
            →
          </button>
        </fieldset>
      </header>
      <RevenueFilterBar value={filters} onChange={setFilters} grouping={false} />
      {forecast.isError ? (
        <ErrorState
          message={describeError(forecast.error)}
          onRetry={() => void forecast.refetch()}
          retryLabel={t('common.retry')}
        />
      ) : forecast.data ? (
        <ForecastSummary forecast={forecast.data} />
      ) : (
        <Skeleton rows={3} height={18} />
      )}
      <section className="card revenue-card" aria-label={t('revenue.pipeline.board')}>
        <div className="card-header">
          <h2 className="card-title">{t('revenue.pipeline.board')}</h2>
          <ExportButtons
            report="renewals"
            filters={{ ...range, ...accountFilters }}
            what={t('revenue.pipeline.board')}
          />
        </div>
        {renewals.isPending ? (
          <Skeleton rows={6} />
        ) : renewals.isError ? (
          <ErrorState
            message={describeError(renewals.error)}
            onRetry={() => void renewals.refetch()}
            retryLabel={t('common.retry')}
          />
        ) : renewals.data.length === 0 ? (
          <EmptyState title={t('revenue.pipeline.board')} body={t('revenue.pipeline.empty')} />
        ) : (
          <Board opportunities={renewals.data} reasons={settings.data?.reason_codes ?? []} />
        )}
      </section>
    </div>
  );
}

function ForecastSummary({ forecast }: { forecast: Forecast }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const m = (v: number) => money(v, forecast.currency, locale);
  const option = useMemo<RevenueChartOption>(() => {
    const unit = 10 ** currencyFractionDigits(forecast.currency);
    const bars: [string, number, string][] = [
      [t('revenue.pipeline.renewable'), forecast.renewable_arr, CHART_COLORS.muted],
      ...FORECAST_CATEGORIES.filter((c) => c !== 'lost').map((c): [string, number, string] => [
        t(`revenue.pipeline.categories.${c}`),
        forecast.by_category[c],
        c === 'commit' ? CHART_COLORS.nrr : c === 'best_case' ? CHART_COLORS.arr : CHART_COLORS.contraction,
      ]),
      [t('revenue.pipeline.won'), forecast.won, CHART_COLORS.expansion],
      [t('revenue.pipeline.lost'), forecast.lost, CHART_COLORS.churn],
    ];
    return {
      grid: { left: 64, right: 16, top: 16, bottom: 28 },
      tooltip: { trigger: 'axis', valueFormatter: (v) => money(Number(v) * unit, forecast.currency, locale) },
      xAxis: { type: 'category', data: bars.map((b) => b[0]) },
      yAxis: {
        type: 'value',
        axisLabel: { formatter: (v: number) => compactMoney(v * unit, forecast.currency, locale) },
      },
      series: [
        {
          type: 'bar',
          barMaxWidth: 40,
          data: bars.map(([, value, color]) => ({
            value: value / unit,
            itemStyle: { color, borderRadius: [3, 3, 0, 0] },
          })),
        },
      ],
    };
  }, [forecast, locale, t]);
  return (
    <div className="revenue-grid">
      <dl className="stat-row revenue-stats revenue-card-wide">
        {(
          [
            [t('revenue.pipeline.renewable'), forecast.renewable_arr],
            [t('revenue.pipeline.categories.commit'), forecast.by_category.commit],
            [t('revenue.pipeline.won'), forecast.won],
            [t('revenue.pipeline.lost'), forecast.lost],
          ] as const
        ).map(([label, value]) => (
          <div className="stat" key={label}>
            <dt>{label}</dt>
            <dd>{m(value)}</dd>
          </div>
        ))}
      </dl>
      <section
        className="card revenue-card revenue-card-wide"
        aria-label={t('revenue.pipeline.forecastChart')}
      >
        <div className="card-header">
          <h2 className="card-title">{t('revenue.pipeline.forecastChart')}</h2>
          <span className="muted">{`${t('revenue.pipeline.expansion')}: ${m(forecast.expansion_pipeline)}`}</span>
        </div>
        <RevenueChart option={option} height={220} label={t('revenue.pipeline.forecastChartLabel')} />
      </section>
    </div>
  );
}

function Board({ opportunities, reasons }: { opportunities: Opportunity[]; reasons: string[] }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="pipeline-board">
      {STAGES.map((stage) => {
        const cards = opportunities.filter((o) => o.stage === stage);
        const total = cards.reduce((s, o) => s + o.amount, 0);
        const currency = cards[0]?.currency;
        return (
          <section className="pipeline-column" key={stage} aria-label={t(`revenue.pipeline.stages.${stage}`)}>
            <h3>
              <span>{`${t(`revenue.pipeline.stages.${stage}`)} · ${cards.length}`}</span>
              {currency && cards.every((c) => c.currency === currency) && (
                <span className="muted">{compactMoney(total, currency, i18n.language)}</span>
              )}
            </h3>
            {cards.map((o) => (
              <PipelineCard key={o.id} opportunity={o} reasons={reasons} />
            ))}
          </section>
        );
      })}
    </div>
  );
}

function PipelineCard({ opportunity: o, reasons }: { opportunity: Opportunity; reasons: string[] }) {
  const { t, i18n } = useTranslation();
  const { canWrite } = usePermissions();
  const update = useUpdateOpportunity();
  const [losing, setLosing] = useState(false);
  const save = (input: Parameters<typeof update.mutate>[0]) =>
    update.mutate(input, {
      onSuccess: () => showToast(t('revenue.pipeline.saved'), 'success'),
      onError: (e) => showToast(describeError(e), 'error'),
    });
  const reasonLabel = (code: string) =>
    t(`revenue.reasons.${code}` as 'revenue.reasons.budget_cut', { defaultValue: code });
  return (
    <article className="pipeline-card">
      <div className="pipeline-card-head">
        <Link to="/accounts/$accountId" params={{ accountId: o.account_id }}>
          {o.account_name}
        </Link>
        {/* A lost renewal shows what was lost, not the zero it closed at. */}
        <span>{money(o.stage === 'lost' ? o.renewable_amount : o.amount, o.currency, i18n.language)}</span>
      </div>
      <div className="pipeline-card-meta">
        <span>{`${t(`revenue.pipeline.kinds.${o.kind}`)} · ${formatDate(o.close_date, i18n.language)}`}</span>
        <span className={`badge revenue-category-${o.forecast_category}`}>
          {t(`revenue.pipeline.categories.${o.forecast_category}`)}
        </span>
      </div>
      {o.reason_code && <div className="muted">{reasonLabel(o.reason_code)}</div>}
      {canWrite && (
        <>
          <select
            className="input input-sm"
            aria-label={t('revenue.columns.stage')}
            value={losing ? 'lost' : o.stage}
            disabled={update.isPending}
            onChange={(e) =>
              e.target.value === 'lost'
                ? setLosing(true)
                : save({ id: o.id, stage: e.target.value as Opportunity['stage'] })
            }
          >
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {t(`revenue.pipeline.stages.${s}`)}
              </option>
            ))}
          </select>
          {losing ? (
            <select
              className="input input-sm"
              aria-label={t('revenue.pipeline.reasonNeeded')}
              defaultValue=""
              onChange={(e) => {
                if (!e.target.value) return;
                setLosing(false);
                save({ id: o.id, stage: 'lost', reason_code: e.target.value });
              }}
            >
              <option value="">{t('revenue.pipeline.reasonNeeded')}</option>
              {reasons.map((r) => (
                <option key={r} value={r}>
                  {reasonLabel(r)}
                </option>
              ))}
            </select>
          ) : (
            o.stage !== 'lost' && (
              <select
                className="input input-sm"
                aria-label={t('revenue.columns.category')}
                value={o.forecast_category}
                disabled={update.isPending}
                onChange={(e) =>
                  save({ id: o.id, forecast_category: e.target.value as Opportunity['forecast_category'] })
                }
              >
                {FORECAST_CATEGORIES.filter((c) => c !== 'lost').map((c) => (
                  <option key={c} value={c}>
                    {t(`revenue.pipeline.categories.${c}`)}
                  </option>
                ))}
              </select>
            )
          )}
        </>
      )}
    </article>
  );
}
