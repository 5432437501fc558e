import type { TFunction } from 'i18next';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KPI_METRICS, type KpiMetric, type KpiReport } from '../../../shared/people.ts';
import { useLocale } from '../../i18n/index.ts';
import { fieldErrors } from '../../lib/api.ts';
import { describeError } from '../../lib/errors.ts';
import { formatMoney, formatNumber, toMajorUnits, toMinorUnits } from '../../lib/format.ts';
import { Badge } from '../../ui/badge.tsx';
import { Dialog } from '../../ui/dialog.tsx';
import { Field } from '../../ui/field.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import { showToast } from '../../ui/toast.tsx';
import { useKpis, useSetKpiGoal } from './people-api.ts';
import { formatPercent } from './people-tabs.tsx';

type KpiRow = KpiReport['rows'][number];

function quarterOf(date: Date): string {
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}

/** The current quarter, the four before it and the next one (goals are often set ahead). */
function quarterChoices(): string[] {
  const now = new Date();
  return [1, 0, -1, -2, -3, -4].map((shift) =>
    quarterOf(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + shift * 3, 1))),
  );
}

export function metricLabel(t: TFunction, metric: KpiMetric): string {
  return t(`people.kpis.metric.${metric}`);
}

/** A KPI's value in its unit: percentages for ratios, money for churned ARR, points for health trend. */
function formatKpi(metric: KpiMetric, value: number | null, currency: string, locale: string): string {
  if (value === null) return '—';
  if (metric === 'churned_arr') return formatMoney(value, currency, locale, true);
  if (metric === 'health_trend')
    return new Intl.NumberFormat(locale, { signDisplay: 'exceptZero', maximumFractionDigits: 1 }).format(
      value,
    );
  return formatPercent(value / 100, locale);
}

/** Churned ARR is a ceiling; every other goal is a floor. */
const goalMet = (metric: KpiMetric, actual: number, target: number) =>
  metric === 'churned_arr' ? actual <= target : actual >= target;

export function KpiSection() {
  const { t } = useTranslation();
  const choices = quarterChoices();
  const [quarter, setQuarter] = useState(choices[1] as string);
  const kpis = useKpis(quarter);
  return (
    <section className="card card-flush table-wrap">
      <div className="card-header card-header-row">
        <h2 className="card-title">{t('people.capacity.kpis', { quarter })}</h2>
        <label className="team-quarter">
          <span className="field-label">{t('people.kpis.quarter')}</span>
          <select className="input" value={quarter} onChange={(e) => setQuarter(e.target.value)}>
            {choices.map((q) => (
              <option key={q} value={q}>
                {q}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="card-description team-pad">
        {t('people.capacity.kpisHint')} {t('people.kpis.formula')}
      </p>
      <QueryState query={kpis}>{(report) => <KpiTable report={report} />}</QueryState>
    </section>
  );
}

/** Rows per member, the currency with the most ARR at the start first: goals are measured on that one. */
function byMember(rows: KpiRow[]): KpiRow[][] {
  const groups = new Map<string, KpiRow[]>();
  for (const r of rows) groups.set(r.member_id, [...(groups.get(r.member_id) ?? []), r]);
  return [...groups.values()].map((g) => g.sort((x, y) => y.starting_arr - x.starting_arr));
}

function KpiTable({ report }: { report: KpiReport }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<KpiRow | null>(null);
  if (report.rows.length === 0) return <p className="muted team-pad">{t('people.capacity.noKpis')}</p>;
  const groups = byMember(report.rows);
  return (
    <>
      <table className="table team-kpi-table" aria-label={t('people.kpis.label')}>
        <thead>
          <tr>
            <th>{t('people.capacity.csm')}</th>
            <th>{t('people.capacity.grr')}</th>
            <th>{t('people.capacity.nrr')}</th>
            <th>{t('people.capacity.churned')}</th>
            <th>{t('people.capacity.renewals')}</th>
            <th>{t('people.kpis.metric.csat')}</th>
            <th>{t('people.kpis.metric.health_trend')}</th>
            <th>{t('people.capacity.goals')}</th>
            <th>
              <span className="visually-hidden">{t('people.kpis.editGoals')}</span>
            </th>
          </tr>
        </thead>
        {groups.map((rows) => (
          <MemberKpis key={rows[0]?.member_id} rows={rows} onEdit={setEditing} />
        ))}
      </table>
      {editing && <GoalsDialog row={editing} quarter={report.quarter} onClose={() => setEditing(null)} />}
    </>
  );
}

/** One member: a line per currency of their book (no conversion), CSAT, health and goals once. */
function MemberKpis({ rows, onEdit }: { rows: KpiRow[]; onEdit: (row: KpiRow) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const main = rows[0] as KpiRow;
  const span = rows.length;
  return (
    <tbody className="team-kpi-member">
      {rows.map((r, i) => (
        <tr key={r.currency}>
          {i === 0 && (
            <td rowSpan={span} className="strong">
              {r.name}
            </td>
          )}
          <td>
            {formatPercent(r.grr, locale)}
            {span > 1 && <div className="cell-sub">{r.currency}</div>}
          </td>
          <td>{formatPercent(r.nrr, locale)}</td>
          <td>{formatMoney(r.churned_arr, r.currency, locale, true)}</td>
          <td>
            {formatNumber(r.renewals_on_time, locale)} / {formatNumber(r.renewals_due, locale)}
          </td>
          {i === 0 && (
            <>
              <td rowSpan={span}>
                {formatPercent(r.csat, locale, 0)}
                {r.csat_responses > 0 && (
                  <div className="cell-sub">
                    {t('people.capacity.responses', { count: r.csat_responses })}
                  </div>
                )}
              </td>
              <td rowSpan={span}>
                {formatKpi('health_trend', r.health_trend, r.currency, locale)}
                {r.health_start !== null && r.health_end !== null && (
                  <div className="cell-sub">
                    {t('people.kpis.healthFromTo', {
                      from: formatNumber(r.health_start, locale),
                      to: formatNumber(r.health_end, locale),
                    })}
                  </div>
                )}
              </td>
              <td rowSpan={span}>
                <Goals row={main} />
              </td>
              <td rowSpan={span}>
                <button type="button" className="button button-sm" onClick={() => onEdit(main)}>
                  {t('people.kpis.editGoals')}
                </button>
              </td>
            </>
          )}
        </tr>
      ))}
    </tbody>
  );
}

function Goals({ row }: { row: KpiRow }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (row.goals.length === 0) return <span className="muted">{t('people.kpis.noGoals')}</span>;
  return (
    <>
      {row.goals.map((g) => (
        <div key={g.metric} className="team-goal">
          <span>
            {t('people.capacity.goal', {
              metric: metricLabel(t, g.metric),
              actual: formatKpi(g.metric, g.actual, row.currency, locale),
              target: formatKpi(g.metric, g.target, row.currency, locale),
            })}
          </span>
          {g.actual !== null && (
            <Badge tone={goalMet(g.metric, g.actual, g.target) ? 'green' : 'amber'}>
              {goalMet(g.metric, g.actual, g.target) ? t('people.kpis.met') : t('people.kpis.behind')}
            </Badge>
          )}
        </div>
      ))}
    </>
  );
}

function GoalsDialog({ row, quarter, onClose }: { row: KpiRow; quarter: string; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSetKpiGoal();
  const current = new Map(row.goals.map((g) => [g.metric, g.target]));
  const shown = (metric: KpiMetric) => {
    const target = current.get(metric);
    if (target === undefined) return '';
    return metric === 'churned_arr' ? toMajorUnits(target, row.currency) : String(target);
  };
  const [values, setValues] = useState<Record<KpiMetric, string>>(
    () => Object.fromEntries(KPI_METRICS.map((m) => [m, shown(m)])) as Record<KpiMetric, string>,
  );
  const [errors, setErrors] = useState<Partial<Record<KpiMetric, string>>>({});
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: Partial<Record<KpiMetric, string>> = {};
    let saved = 0;
    for (const metric of KPI_METRICS) {
      const text = values[metric].trim();
      if (text === '' || text === shown(metric)) continue;
      const target =
        metric === 'churned_arr' ? toMinorUnits(text, row.currency) : Number(text.replace(',', '.'));
      if (target === null || !Number.isFinite(target)) {
        found[metric] = t('people.kpis.notANumber');
        continue;
      }
      try {
        await save.mutateAsync({ member_id: row.member_id, quarter, metric, target });
        saved += 1;
      } catch (err) {
        found[metric] = fieldErrors(err).target ?? describeError(err);
      }
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    if (saved > 0) showToast(t('people.kpis.saved', { count: saved }), 'success');
    onClose();
  };
  return (
    <Dialog
      title={t('people.kpis.goalsTitle', { name: row.name, quarter })}
      description={t('people.kpis.goalsHint')}
      onClose={onClose}
      size="sm"
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" form="kpi-goals" className="button button-primary" disabled={save.isPending}>
            {t('common.save')}
          </button>
        </>
      }
    >
      <form id="kpi-goals" className="form" onSubmit={submit} noValidate>
        {KPI_METRICS.map((metric) => (
          <Field
            key={metric}
            label={metricLabel(t, metric)}
            hint={t(`people.kpis.unit.${metric}`, { currency: row.currency })}
            error={errors[metric]}
          >
            {(p) => (
              <input
                {...p}
                className="input"
                inputMode="decimal"
                value={values[metric]}
                onChange={(e) => setValues((v) => ({ ...v, [metric]: e.target.value }))}
              />
            )}
          </Field>
        ))}
      </form>
    </Dialog>
  );
}
