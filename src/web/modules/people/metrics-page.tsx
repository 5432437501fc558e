import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamMetrics } from '../../../shared/people.ts';
import { useLocale } from '../../i18n/index.ts';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { Skeleton } from '../../ui/feedback.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import { useTeamMetrics } from './people-api.ts';
import { formatPercent, TeamTabs, useLabel } from './people-tabs.tsx';
import './people.css';

// ECharts is fetched only when the metrics page opens, as on the usage tab.
const HeadcountChart = lazy(() => import('./headcount-chart.tsx'));

export function MetricsPage() {
  const { t } = useTranslation();
  const metrics = useTeamMetrics();
  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('people.metrics.title')}</h1>
      </header>
      <TeamTabs />
      <QueryState query={metrics}>{(m) => <MetricsView m={m} />}</QueryState>
    </div>
  );
}

function Figure({
  label,
  value,
  note,
  formula,
}: {
  label: string;
  value: string;
  note?: string;
  formula?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="team-figure">
      <dt>{label}</dt>
      <dd>
        {value} {note && <span className="stat-note">{note}</span>}
      </dd>
      {formula && (
        <p className="team-formula">
          <span className="visually-hidden">{t('people.metrics.formula')}: </span>
          {formula}
        </p>
      )}
    </div>
  );
}

function MetricsView({ m }: { m: TeamMetrics }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const days = (n: number | null) =>
    n === null ? t('people.metrics.none') : t('people.metrics.days', { count: Math.round(n) });
  return (
    <>
      <section className="card">
        <h2 className="card-title">
          {t('people.metrics.headcount')}{' '}
          <span className="muted">
            {t('people.metrics.period', { from: formatDate(m.from, locale), to: formatDate(m.to, locale) })}
          </span>
        </h2>
        <Suspense fallback={<Skeleton rows={6} height={28} />}>
          <HeadcountChart points={m.headcount} />
        </Suspense>
        <p className="team-formula">{t('people.formulas.headcount')}</p>
      </section>
      <dl className="team-figures">
        <Figure
          label={t('people.metrics.voluntary')}
          value={formatPercent(m.attrition.voluntary_rate, locale)}
          note={t('people.metrics.exits', { count: m.attrition.voluntary_exits })}
          formula={t('people.formulas.attrition')}
        />
        <Figure
          label={t('people.metrics.involuntary')}
          value={formatPercent(m.attrition.involuntary_rate, locale)}
          note={t('people.metrics.exits', { count: m.attrition.involuntary_exits })}
          formula={t('people.formulas.average_headcount')}
        />
        <Figure
          label={t('people.metrics.tenure')}
          value={days(m.average_tenure_days)}
          formula={t('people.formulas.tenure')}
        />
        <Figure
          label={t('people.metrics.ramp')}
          value={days(m.average_ramp_days)}
          formula={t('people.formulas.ramp')}
        />
        <Figure
          label={t('people.metrics.timeToFill')}
          value={days(m.average_time_to_fill_days)}
          formula={t('people.formulas.time_to_fill')}
        />
        <Figure
          label={t('people.metrics.hires')}
          value={formatNumber(m.hires.external + m.hires.internal, locale)}
          note={t('people.metrics.hiresValue', { external: m.hires.external, internal: m.hires.internal })}
          formula={t('people.formulas.hires')}
        />
      </dl>
      <div className="team-columns team-columns-3">
        <Counts title={t('people.metrics.inflow')} rows={m.inflow_sources} group="hiring.sources" />
        <Counts title={t('people.metrics.outflow')} rows={m.outflow_destinations} />
        <Counts title={t('people.metrics.exitReasons')} rows={m.exit_reasons} group="exitReason" />
      </div>
      <Pulse m={m} />
    </>
  );
}

function Counts({
  title,
  rows,
  group,
}: {
  title: string;
  rows: { key: string; count: number; kind?: string }[];
  group?: 'exitReason' | 'hiring.sources';
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const label = useLabel();
  return (
    <section className="card">
      <h2 className="card-title">{title}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('people.metrics.nothing')}</p>
      ) : (
        <ul className="team-counts">
          {rows.map((r) => (
            <li key={`${r.kind ?? ''}${r.key}`}>
              <span>
                {group ? label(group, r.key) : r.key}
                {r.kind && (
                  <span className="cell-sub"> · {t(`people.exitKind.${r.kind as 'voluntary'}`)}</span>
                )}
              </span>
              <span className="strong">{formatNumber(r.count, locale)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Pulse({ m }: { m: TeamMetrics }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const score = (v: number | null) =>
    v === null ? <span className="muted">{t('people.metrics.hidden')}</span> : formatNumber(v, locale);
  return (
    <section className="card card-flush table-wrap">
      <div className="card-header">
        <h2 className="card-title">{t('people.metrics.pulse')}</h2>
      </div>
      <p className="card-description team-pad">{t('people.metrics.pulseHint')}</p>
      {m.pulse.length === 0 ? (
        <p className="muted team-pad">{t('people.metrics.noPulse')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th>{t('people.metrics.pulsePeriod')}</th>
              <th>{t('people.metrics.responses')}</th>
              <th>{t('people.metrics.growth')}</th>
              <th>{t('people.metrics.clarity')}</th>
              <th>{t('people.metrics.support')}</th>
              <th>{t('people.metrics.favourable')}</th>
            </tr>
          </thead>
          <tbody>
            {m.pulse.map((p) => (
              <tr key={p.period}>
                <td>{p.period}</td>
                <td>{formatNumber(p.responses, locale)}</td>
                <td>{score(p.growth)}</td>
                <td>{score(p.clarity)}</td>
                <td>{score(p.support)}</td>
                <td>
                  {p.favourable_share === null ? score(null) : formatPercent(p.favourable_share, locale, 0)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
