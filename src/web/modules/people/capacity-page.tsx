import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CapacityReport, CapacityRow } from '../../../shared/people.ts';
import { useLocale } from '../../i18n/index.ts';
import { describeError } from '../../lib/errors.ts';
import { formatMoney, formatNumber } from '../../lib/format.ts';
import { QueryState } from '../../ui/query-state.tsx';
import { showToast } from '../../ui/toast.tsx';
import { KpiSection } from './kpi-section.tsx';
import { useApplyRebalance, useCapacity, useTeamSettings } from './people-api.ts';
import { formatPercent, TeamTabs } from './people-tabs.tsx';
import './people.css';

export function CapacityPage() {
  const { t } = useTranslation();
  const capacity = useCapacity();
  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>{t('people.capacity.title')}</h1>
          <p className="page-subtitle">{t('people.capacity.subtitle')}</p>
        </div>
      </header>
      <TeamTabs />
      <QueryState query={capacity}>{(report) => <Capacity report={report} />}</QueryState>
      <KpiSection />
    </div>
  );
}

function Capacity({ report }: { report: CapacityReport }) {
  const { t } = useTranslation();
  return (
    <>
      <section className="card card-flush table-wrap">
        <p className="card-description team-pad">
          {t('people.capacity.targets', {
            dedicated: report.targets.dedicated.max_accounts,
            pooled: report.targets.pooled.max_accounts,
            tech: report.targets.tech_touch.max_accounts,
          })}
        </p>
        {report.rows.length === 0 ? (
          <p className="muted team-pad">{t('people.capacity.empty')}</p>
        ) : (
          <WorkloadTable rows={report.rows} />
        )}
      </section>
      <EffortAgainstValue rows={report.rows} />
      <Suggestions report={report} />
    </>
  );
}

function WorkloadTable({ rows }: { rows: CapacityRow[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const n = (value: number) => formatNumber(value, locale);
  return (
    <table className="table team-capacity-table" aria-label={t('people.capacity.title')}>
      <thead>
        <tr className="team-header-groups">
          <th rowSpan={2}>{t('people.capacity.csm')}</th>
          <th colSpan={5}>{t('people.capacity.book')}</th>
          <th rowSpan={2}>{t('people.capacity.healthMix')}</th>
          <th colSpan={2}>{t('people.capacity.openWork')}</th>
          <th rowSpan={2}>{t('people.capacity.touchpoints')}</th>
          <th rowSpan={2}>{t('people.capacity.csat')}</th>
        </tr>
        <tr>
          <th>{t('people.capacity.dedicated')}</th>
          <th>{t('people.capacity.pooled')}</th>
          <th>{t('people.capacity.techTouch')}</th>
          <th>{t('people.capacity.arr')}</th>
          <th>{t('people.capacity.load')}</th>
          <th>{t('people.capacity.ctas')}</th>
          <th>{t('people.capacity.tasks')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.user_id}>
            <td className="strong">{r.name}</td>
            <td>{n(r.accounts.dedicated)}</td>
            <td>{n(r.accounts.pooled)}</td>
            <td>{n(r.accounts.tech_touch)}</td>
            <td className="team-arr">
              {r.arr.length === 0
                ? '—'
                : r.arr.map((a) => (
                    <span key={a.currency}>{formatMoney(a.amount, a.currency, locale, true)}</span>
                  ))}
            </td>
            <td className="nowrap">
              <span className="team-load">
                <span
                  className={`team-load-bar${r.load > 1 ? ' team-load-over' : ''}`}
                  style={{ width: `${Math.min(100, r.load * 100)}%` }}
                />
              </span>{' '}
              <span className={r.load > 1 ? 'stat-note-warn' : ''}>{formatPercent(r.load, locale, 0)}</span>
            </td>
            <td>
              <HealthMix health={r.health} />
            </td>
            <td>
              <OpenWork open={r.ctas.open} overdue={r.ctas.overdue} />
            </td>
            <td>
              <OpenWork open={r.tasks.open} overdue={r.tasks.overdue} />
            </td>
            <td>{n(r.touchpoints_30d)}</td>
            <td>
              {formatPercent(r.csat, locale, 0)}
              {r.csat_responses > 0 && (
                <div className="cell-sub">{t('people.capacity.responses', { count: r.csat_responses })}</div>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const COLORS = ['green', 'yellow', 'red', 'none'] as const;

/** A stacked bar of the book by health color, with the counts spelled out for screen readers and hover. */
function HealthMix({ health }: { health: CapacityRow['health'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const total = COLORS.reduce((sum, c) => sum + health[c], 0);
  if (total === 0) return <span className="muted">—</span>;
  const label = COLORS.map(
    (c) => `${t(`people.capacity.health.${c}`)} ${formatNumber(health[c], locale)}`,
  ).join(', ');
  return (
    <span className="team-health" role="img" aria-label={label} title={label}>
      <span className="team-health-bar">
        {COLORS.filter((c) => health[c] > 0).map((c) => (
          <span key={c} className={`team-health-${c}`} style={{ flexGrow: health[c] }} />
        ))}
      </span>
      <span className="team-health-counts" aria-hidden="true">
        {COLORS.filter((c) => c !== 'none').map((c) => (
          <span key={c} className={`team-health-count team-health-text-${c}`}>
            {formatNumber(health[c], locale)}
          </span>
        ))}
      </span>
    </span>
  );
}

function OpenWork({ open, overdue }: { open: number; overdue: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <>
      {formatNumber(open, locale)}
      {overdue > 0 && (
        <div className="cell-sub stat-note-warn">{t('people.capacity.overdue', { count: overdue })}</div>
      )}
    </>
  );
}

/** Where time goes to dedicated accounts under the low-value ARR: candidates for pooled or tech-touch. */
function EffortAgainstValue({ rows }: { rows: CapacityRow[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const settings = useTeamSettings().data;
  const flagged = rows.filter((r) => r.low_value_dedicated > 0);
  const threshold = settings ? formatMoney(settings.low_value_arr, settings.currency, locale) : '…';
  return (
    <section className="card card-flush table-wrap">
      <div className="card-header">
        <h2 className="card-title">{t('people.capacity.effortTitle')}</h2>
      </div>
      <p className="card-description team-pad">{t('people.capacity.effortHint', { threshold })}</p>
      {flagged.length === 0 ? (
        <p className="muted team-pad">{t('people.capacity.effortNone', { threshold })}</p>
      ) : (
        <table className="table" aria-label={t('people.capacity.effortTitle')}>
          <thead>
            <tr>
              <th>{t('people.capacity.csm')}</th>
              <th>{t('people.capacity.lowValue')}</th>
              <th>{t('people.capacity.lowValueTouchpoints')}</th>
              <th>{t('people.capacity.lowValueCtas')}</th>
              <th>{t('people.capacity.suggestion')}</th>
            </tr>
          </thead>
          <tbody>
            {flagged.map((r) => (
              <tr key={r.user_id}>
                <td className="strong">{r.name}</td>
                <td>{formatNumber(r.low_value_dedicated, locale)}</td>
                <td>{formatNumber(r.low_value_touchpoints_30d, locale)}</td>
                <td>{formatNumber(r.low_value_open_ctas, locale)}</td>
                <td className="muted">
                  {t('people.capacity.effortSuggestion', { count: r.low_value_dedicated })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

const SHOWN = 20;

function Suggestions({ report }: { report: CapacityReport }) {
  const { t } = useTranslation();
  const names = new Map(report.rows.map((r) => [r.user_id, r.name]));
  const apply = useApplyRebalance();
  const [all, setAll] = useState(false);
  const applyAll = () =>
    apply.mutate(report.suggestions, {
      onSuccess: (r) => showToast(t('people.capacity.applied', { count: r.applied }), 'success'),
      onError: (e) => showToast(describeError(e)),
    });
  const shown = all ? report.suggestions : report.suggestions.slice(0, SHOWN);
  return (
    <section className="card">
      <div className="card-header-row">
        <h2 className="card-title">{t('people.capacity.suggestions')}</h2>
        {report.suggestions.length > 0 && (
          <button
            type="button"
            className="button button-primary"
            disabled={apply.isPending}
            onClick={applyAll}
          >
            {t('people.capacity.applyAll', { count: report.suggestions.length })}
          </button>
        )}
      </div>
      {report.suggestions.length === 0 ? (
        <p className="muted">{t('people.capacity.noSuggestions')}</p>
      ) : (
        <>
          <p className="card-description">{t('people.capacity.suggestionsHint')}</p>
          <ul className="team-counts">
            {shown.map((s) => (
              <li key={`${s.kind}${s.account_id}`}>
                {s.kind === 'reassign'
                  ? t('people.capacity.reassign', {
                      account: s.account_name,
                      from: names.get(s.from_owner_id ?? '') ?? '—',
                      to: names.get(s.to_owner_id ?? '') ?? '—',
                    })
                  : t('people.capacity.changeCoverage', { account: s.account_name })}
              </li>
            ))}
          </ul>
          {report.suggestions.length > SHOWN && !all && (
            <button type="button" className="button button-ghost team-more" onClick={() => setAll(true)}>
              {t('people.capacity.showAll', { count: report.suggestions.length })}
            </button>
          )}
        </>
      )}
    </section>
  );
}
