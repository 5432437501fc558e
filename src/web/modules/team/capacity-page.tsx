import { useTranslation } from 'react-i18next';
import type { CapacityReport, KpiReport } from '../../../shared/team.ts';
import { useLocale } from '../../i18n/index.ts';
import { describeError } from '../../lib/errors.ts';
import { formatMoney, formatNumber } from '../../lib/format.ts';
import { showToast } from '../../ui/toast.tsx';
import { QueryState } from './query-state.tsx';
import { useApplyRebalance, useCapacity, useKpis } from './team-api.ts';
import { formatPercent, TeamTabs } from './team-tabs.tsx';
import './team.css';

export function CapacityPage() {
  const { t } = useTranslation();
  const capacity = useCapacity();
  const kpis = useKpis();
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
      <QueryState query={kpis}>{(report) => <Kpis report={report} />}</QueryState>
    </div>
  );
}

function Capacity({ report }: { report: CapacityReport }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const names = new Map(report.rows.map((r) => [r.user_id, r.name]));
  const apply = useApplyRebalance();
  const applyAll = () =>
    apply.mutate(report.suggestions, {
      onSuccess: (r) => showToast(t('people.capacity.applied', { count: r.applied }), 'success'),
      onError: (e) => showToast(describeError(e)),
    });
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
          <table className="table" aria-label={t('people.capacity.title')}>
            <thead>
              <tr>
                <th>{t('people.capacity.csm')}</th>
                <th>{t('people.capacity.dedicated')}</th>
                <th>{t('people.capacity.pooled')}</th>
                <th>{t('people.capacity.techTouch')}</th>
                <th>{t('people.capacity.arr')}</th>
                <th>{t('people.capacity.load')}</th>
                <th>{t('people.capacity.lowValue')}</th>
              </tr>
            </thead>
            <tbody>
              {report.rows.map((r) => (
                <tr key={r.user_id}>
                  <td className="strong">{r.name}</td>
                  <td>{formatNumber(r.accounts.dedicated, locale)}</td>
                  <td>{formatNumber(r.accounts.pooled, locale)}</td>
                  <td>{formatNumber(r.accounts.tech_touch, locale)}</td>
                  <td>
                    {r.arr.length === 0
                      ? '—'
                      : r.arr.map((a) => formatMoney(a.amount, a.currency, locale, true)).join(' · ')}
                  </td>
                  <td>
                    <span className="team-load">
                      <span
                        className={`team-load-bar${r.load > 1 ? ' team-load-over' : ''}`}
                        style={{ width: `${Math.min(100, r.load * 100)}%` }}
                      />
                    </span>{' '}
                    <span className={r.load > 1 ? 'stat-note-warn' : ''}>
                      {formatPercent(r.load, locale, 0)}
                    </span>
                  </td>
                  <td>{formatNumber(r.low_value_dedicated, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
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
          <ul className="team-counts">
            {report.suggestions.slice(0, 20).map((s) => (
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
        )}
      </section>
    </>
  );
}

function Kpis({ report }: { report: KpiReport }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const metricLabel = {
    grr: 'GRR',
    nrr: 'NRR',
    churned_arr: t('people.capacity.churned'),
    renewals_on_time: t('people.capacity.renewals'),
  };
  return (
    <section className="card card-flush table-wrap">
      <div className="card-header">
        <h2 className="card-title">{t('people.capacity.kpis', { quarter: report.quarter })}</h2>
      </div>
      <p className="card-description team-pad">{t('people.capacity.kpisHint')}</p>
      {report.rows.length === 0 ? (
        <p className="muted team-pad">{t('people.capacity.noKpis')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th>{t('people.capacity.csm')}</th>
              <th>{t('people.capacity.grr')}</th>
              <th>{t('people.capacity.nrr')}</th>
              <th>{t('people.capacity.churned')}</th>
              <th>{t('people.capacity.renewals')}</th>
              <th>{t('people.capacity.goals')}</th>
            </tr>
          </thead>
          <tbody>
            {report.rows.map((r) => (
              <tr key={`${r.member_id}${r.currency}`}>
                <td className="strong">{r.name}</td>
                <td>{formatPercent(r.grr, locale)}</td>
                <td>{formatPercent(r.nrr, locale)}</td>
                <td>{formatMoney(r.churned_arr, r.currency, locale, true)}</td>
                <td>
                  {formatNumber(r.renewals_on_time, locale)} / {formatNumber(r.renewals_due, locale)}
                </td>
                <td>
                  {r.goals.map((g) => (
                    <div key={g.metric} className="cell-sub">
                      {t('people.capacity.goal', {
                        metric: metricLabel[g.metric],
                        actual: g.actual === null ? '—' : formatNumber(g.actual, locale),
                        target: formatNumber(g.target, locale),
                      })}
                    </div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
