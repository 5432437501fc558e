import { Link } from '@tanstack/react-router';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/index.ts';
import { describeError } from '../../lib/errors.ts';
import { html } from '../../lib/escape-html.ts';
import { formatMoney, formatNumber } from '../../lib/format.ts';
import { ErrorState, Skeleton } from '../../ui/feedback.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import { AlertList } from './alert-list.tsx';
import {
  type DistributionRow,
  type Heatmap,
  type PortfolioGroup,
  useDistribution,
  useHeatmap,
  useMovers,
  useScorecards,
} from './health-api.ts';
import { HealthBadge } from './health-badge.tsx';
import { asOption, EChart } from './health-charts.ts';
import { formatDelta, formatScore, HEALTH_HEX } from './health-format.ts';
import './health.css';

const GROUPS: PortfolioGroup[] = ['segment', 'owner', 'coverage_model', 'tier'];
/** ARR is summed across accounts as stored; the demo and most workspaces bill in one currency. */
const ARR_CURRENCY = 'USD';

export function HealthPage() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>{t('health.portfolio.title')}</h1>
          <p className="page-subtitle">{t('health.portfolio.subtitle')}</p>
        </div>
      </header>
      <div className="health-portfolio">
        <Distribution />
        <Movers />
        <section className="card card-flush">
          <header className="card-header">
            <h2 className="card-title">{t('health.portfolio.warnings')}</h2>
          </header>
          <AlertList />
        </section>
        <HeatmapCard />
      </div>
    </div>
  );
}

function groupLabel(row: DistributionRow, by: PortfolioGroup, t: TFunction): string {
  if (by === 'owner') return row.label ?? t('accounts.unassigned');
  if (by === 'coverage_model' && row.key) return t(`enums.coverageModels.${row.key as 'pooled'}`);
  return row.key ?? t('health.portfolio.none');
}

function distributionOption(rows: DistributionRow[], by: PortfolioGroup, t: TFunction) {
  const labels = rows.map((r) => groupLabel(r, by, t));
  const series = (['red', 'yellow', 'green', 'none'] as const).map((c) => ({
    name: t(`health.colors.${c}`),
    type: 'bar',
    stack: 'health',
    barMaxWidth: 22,
    itemStyle: { color: HEALTH_HEX[c] },
    data: rows.map((r) => r[c]),
  }));
  return asOption({
    grid: { left: 8, right: 16, top: 30, bottom: 8, containLabel: true },
    legend: { top: 0, itemWidth: 10, itemHeight: 10 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      data: labels,
      inverse: true,
      axisLabel: { width: 120, overflow: 'truncate' },
    },
    series,
  });
}

function Distribution() {
  const { t } = useTranslation();
  const [by, setBy] = useState<PortfolioGroup>('segment');
  const query = useDistribution(by);
  return (
    <section className="card card-flush card-span">
      <header className="card-header">
        <h2 className="card-title">{t('health.portfolio.distribution')}</h2>
        <div className="segmented" title={t('health.portfolio.groupBy')}>
          {GROUPS.map((g) => (
            <button
              key={g}
              type="button"
              aria-pressed={by === g}
              className={`segmented-option${by === g ? ' segmented-option-active' : ''}`}
              onClick={() => setBy(g)}
            >
              {t(`health.portfolio.groups.${g}`)}
            </button>
          ))}
        </div>
      </header>
      <QueryState
        query={query}
        placement="card"
        empty={{ title: t('health.portfolio.emptyTitle'), body: t('health.portfolio.emptyBody') }}
      >
        {(rows) => (
          <div className="distribution">
            <DistributionChart rows={rows} by={by} />
            <DistributionTable rows={rows} by={by} />
          </div>
        )}
      </QueryState>
    </section>
  );
}

function DistributionChart({ rows, by }: { rows: DistributionRow[]; by: PortfolioGroup }) {
  const { t } = useTranslation();
  const option = useMemo(() => distributionOption(rows, by, t), [rows, by, t]);
  return (
    <EChart
      option={option}
      height={Math.max(160, rows.length * 34 + 50)}
      label={t('health.portfolio.distribution')}
    />
  );
}

function DistributionTable({ rows, by }: { rows: DistributionRow[]; by: PortfolioGroup }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th>{t(`health.portfolio.groups.${by}`)}</th>
            <th className="align-end">{t('health.portfolio.accounts')}</th>
            <th className="align-end">{t('health.portfolio.average')}</th>
            <th className="align-end">{t('health.colors.red')}</th>
            <th className="align-end">{t('health.portfolio.arrAtRisk')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key ?? ''}>
              <td>{groupLabel(r, by, t)}</td>
              <td className="align-end numeric">{formatNumber(r.accounts, locale)}</td>
              <td className="align-end numeric">{formatScore(r.average, locale)}</td>
              <td className="align-end numeric">{formatNumber(r.red, locale)}</td>
              <td className="align-end numeric">
                {r.arr_at_risk > 0 ? formatMoney(r.arr_at_risk, ARR_CURRENCY, locale, true) : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Movers() {
  const { t } = useTranslation();
  const locale = useLocale();
  const query = useMovers(7);
  return (
    <section className="card card-flush">
      <header className="card-header">
        <h2 className="card-title">{t('health.portfolio.movers')}</h2>
        <span className="muted">{t('health.history.days', { count: 7 })}</span>
      </header>
      {query.isPending ? (
        <Skeleton rows={5} height={16} />
      ) : query.isError ? (
        <ErrorState
          message={describeError(query.error)}
          onRetry={() => void query.refetch()}
          retryLabel={t('common.retry')}
        />
      ) : query.data.length === 0 ? (
        <p className="health-note">{t('health.portfolio.noMovers')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="health-movers">
            <thead>
              <tr>
                <th>{t('accounts.columns.name')}</th>
                <th className="align-end">{t('health.portfolio.weekAgo')}</th>
                <th>{t('health.portfolio.now')}</th>
                <th className="align-end">{t('health.compare.delta')}</th>
              </tr>
            </thead>
            <tbody>
              {query.data.map((m) => (
                <tr key={m.account_id}>
                  <td>
                    <Link
                      to="/accounts/$accountId"
                      params={{ accountId: m.account_id }}
                      search={{ tab: 'health' }}
                    >
                      {m.name}
                    </Link>
                  </td>
                  <td className="align-end numeric">{formatScore(m.before, locale)}</td>
                  <td>
                    <HealthBadge score={m.score} color={m.color} />
                  </td>
                  <td
                    className={`align-end numeric ${m.change < 0 ? 'delta-neg' : m.change > 0 ? 'delta-pos' : ''}`}
                  >
                    {formatDelta(m.change, locale)}
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

function HeatmapCard() {
  const { t } = useTranslation();
  const cards = useScorecards();
  const [scorecardId, setScorecardId] = useState<string | undefined>(undefined);
  const query = useHeatmap(scorecardId);
  return (
    <section className="card card-flush card-span">
      <header className="card-header">
        <h2 className="card-title">{t('health.portfolio.heatmap')}</h2>
        {(cards.data?.length ?? 0) > 1 && (
          <select
            className="input input-sm"
            aria-label={t('health.scorecard')}
            value={scorecardId ?? query.data?.scorecard?.id ?? ''}
            onChange={(e) => setScorecardId(e.target.value)}
          >
            {cards.data?.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        )}
      </header>
      <p className="card-description health-panel-hint">{t('health.portfolio.heatmapHint')}</p>
      {query.isPending ? (
        <Skeleton rows={6} height={20} />
      ) : query.isError ? (
        <ErrorState
          message={describeError(query.error)}
          onRetry={() => void query.refetch()}
          retryLabel={t('common.retry')}
        />
      ) : query.data.accounts.length === 0 || query.data.measures.length === 0 ? (
        <p className="health-note">{t('health.portfolio.heatmapEmpty')}</p>
      ) : (
        <HeatmapChart data={query.data} />
      )}
    </section>
  );
}

function HeatmapChart({ data }: { data: Heatmap }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const option = useMemo(() => {
    const cells: [number, number, number | string][] = [];
    data.accounts.forEach((a, y) => {
      a.scores.forEach((s, x) => {
        cells.push([x, y, s === null ? '-' : Math.round(s)]);
      });
    });
    const names = data.accounts.map((a) => `${a.name} · ${formatScore(a.score, locale)}`);
    return asOption({
      grid: { left: 8, right: 16, top: 8, bottom: 60, containLabel: true },
      tooltip: {
        position: 'top',
        formatter: (p: { value: [number, number, number | string] }) => {
          const [x, y, v] = p.value;
          const label = data.measures[x]?.label ?? '';
          const account = data.accounts[y]?.name ?? '';
          const score = v === '-' ? t('health.measures.missing') : formatScore(Number(v), locale);
          return html`${account}<br/>${label}: <b>${score}</b>`;
        },
      },
      xAxis: {
        type: 'category',
        data: data.measures.map((m) => m.label),
        splitArea: { show: true },
        axisLabel: { interval: 0, rotate: data.measures.length > 6 ? 30 : 0 },
      },
      yAxis: {
        type: 'category',
        data: names,
        inverse: true,
        axisLabel: { width: 180, overflow: 'truncate' },
      },
      visualMap: {
        min: 0,
        max: 100,
        calculable: false,
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
        itemHeight: 120,
        inRange: { color: [HEALTH_HEX.red, HEALTH_HEX.yellow, HEALTH_HEX.green] },
      },
      series: [
        {
          type: 'heatmap',
          data: cells,
          label: { show: true, fontSize: 10 },
          itemStyle: { borderColor: '#fff', borderWidth: 1 },
        },
      ],
    });
  }, [data, locale, t]);
  return (
    <div data-testid="health-heatmap">
      <EChart
        option={option}
        height={Math.max(220, data.accounts.length * 24 + 90)}
        label={t('health.portfolio.heatmap')}
      />
    </div>
  );
}
