import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColorBand, HealthPoint } from '../../../shared/health.ts';
import { useLocale } from '../../i18n/index.ts';
import { describeError } from '../../lib/errors.ts';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { ErrorState, Skeleton } from '../../ui/feedback.tsx';
import { useHealthHistory } from './health-api.ts';
import { asOption, EChart } from './health-charts.ts';
import {
  daysAgo,
  formatDelta,
  formatMeasureValue,
  formatScore,
  HEALTH_HEX,
  isHealthColor,
  isoDay,
} from './health-format.ts';

const RANGES = [30, 90, 365] as const;

/** The account's score over time on its color bands, color changes marked, and two dates compared. */
export default function HealthHistory({ accountId, bands }: { accountId: string; bands: ColorBand[] }) {
  const { t } = useTranslation();
  const [range, setRange] = useState<(typeof RANGES)[number]>(90);
  const query = useHealthHistory(accountId, daysAgo(365));
  const points = query.data ?? [];
  const shown = useMemo(() => {
    const from = daysAgo(range);
    return points.filter((p) => p.day >= from);
  }, [points, range]);

  return (
    <>
      <header className="card-header">
        <h2 className="card-title">{t('health.history.title')}</h2>
        <div className="segmented">
          {RANGES.map((r) => (
            <button
              key={r}
              type="button"
              aria-pressed={range === r}
              className={`segmented-option${range === r ? ' segmented-option-active' : ''}`}
              onClick={() => setRange(r)}
            >
              {t('health.history.days', { count: r })}
            </button>
          ))}
        </div>
      </header>
      {query.isPending ? (
        <Skeleton rows={6} height={30} />
      ) : query.isError ? (
        <ErrorState
          message={describeError(query.error)}
          onRetry={() => void query.refetch()}
          retryLabel={t('common.retry')}
        />
      ) : shown.length === 0 ? (
        <p className="card-empty health-note">{t('health.history.empty')}</p>
      ) : (
        <HistoryChart points={shown} bands={bands} />
      )}
      {points.length > 0 && <CompareDates points={points} />}
    </>
  );
}

function HistoryChart({ points, bands }: { points: HealthPoint[]; bands: ColorBand[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const option = useMemo(() => {
    const daily = points.filter((p) => p.kind === 'daily' && p.score !== null);
    const changes = points.filter((p) => p.kind === 'color_change' && p.score !== null);
    return asOption({
      grid: { left: 36, right: 16, top: 16, bottom: 28 },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v: number) => formatScore(v, locale),
      },
      xAxis: {
        type: 'time',
        minInterval: 86_400_000,
        axisLabel: { formatter: (v: number) => formatDate(isoDay(new Date(v)), locale), hideOverlap: true },
        splitLine: { show: false },
      },
      yAxis: { type: 'value', min: 0, max: 100, interval: 25 },
      series: [
        {
          name: t('health.history.score'),
          type: 'line',
          showSymbol: daily.length < 40,
          symbolSize: 5,
          lineStyle: { width: 2, color: '#16191d' },
          itemStyle: { color: '#16191d' },
          data: daily.map((p) => [p.at, p.score]),
          markArea: {
            silent: true,
            data: bands.map((b) => [
              { yAxis: b.min, itemStyle: { color: HEALTH_HEX[b.color], opacity: 0.12 } },
              { yAxis: b.max === 100 ? 100 : b.max + 1 },
            ]),
          },
          markPoint: {
            symbol: 'pin',
            symbolSize: 34,
            label: { fontSize: 10, formatter: (p: { value: number }) => formatScore(p.value, locale) },
            data: changes.map((p) => ({
              coord: [p.at, p.score],
              value: p.score,
              name: formatDateTime(p.at, locale),
              itemStyle: { color: HEALTH_HEX[isHealthColor(p.color) ? p.color : 'none'] },
            })),
          },
        },
      ],
    });
  }, [points, bands, locale, t]);
  return <EChart option={option} height={240} label={t('health.history.chartLabel')} />;
}

/** The last point on or before a day (a color change that day wins over its daily point only if later). */
function pointOn(points: HealthPoint[], day: string): HealthPoint | undefined {
  return points.findLast((p) => p.day <= day && p.score !== null);
}

function CompareDates({ points }: { points: HealthPoint[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const first = points[0]?.day ?? daysAgo(30);
  const last = points.at(-1)?.day ?? isoDay(new Date());
  const [a, setA] = useState(() => (daysAgo(30) > first ? daysAgo(30) : first));
  const [b, setB] = useState(last);
  const pa = pointOn(points, a);
  const pb = pointOn(points, b);
  return (
    <div className="health-compare" data-testid="health-compare">
      <header className="card-header">
        <h3 className="card-title">{t('health.compare.title')}</h3>
      </header>
      <div className="compare-pickers">
        <DayPicker label={t('health.compare.from')} value={a} min={first} max={last} onChange={setA} />
        <DayPicker label={t('health.compare.to')} value={b} min={first} max={last} onChange={setB} />
      </div>
      {pa && pb && (pa.measures.length === 0 || pb.measures.length === 0) && (
        <p className="health-note muted">
          {t('health.compare.noDetail', {
            date: formatDate((pa.measures.length === 0 ? pa : pb).day, locale),
          })}
        </p>
      )}
      {!pa || !pb ? (
        <p className="card-empty health-note">{t('health.compare.noPoint')}</p>
      ) : (
        <CompareTable from={pa} to={pb} />
      )}
    </div>
  );
}

function DayPicker(props: {
  label: string;
  value: string;
  min: string;
  max: string;
  onChange: (day: string) => void;
}) {
  return (
    <label>
      {props.label}
      <input
        type="date"
        className="input input-sm"
        value={props.value}
        min={props.min}
        max={props.max}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </label>
  );
}

/** The score and each measure on both days, with the change of each one's contribution. */
function CompareTable({ from: pa, to: pb }: { from: HealthPoint; to: HealthPoint }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const keys = [...new Set([...pa.measures, ...pb.measures].map((m) => m.key))];
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th>{t('health.measures.measure')}</th>
            <th className="align-end">{formatDate(pa.day, locale)}</th>
            <th className="align-end">{formatDate(pb.day, locale)}</th>
            <th className="align-end">{t('health.compare.scores')}</th>
            <th className="align-end">{t('health.compare.delta')}</th>
          </tr>
        </thead>
        <tbody>
          <tr className="health-group-row">
            <td>{t('health.history.score')}</td>
            <td className="align-end numeric">{formatScore(pa.score, locale)}</td>
            <td className="align-end numeric">{formatScore(pb.score, locale)}</td>
            <td />
            <td className="align-end numeric">
              <Delta value={(pb.score ?? 0) - (pa.score ?? 0)} />
            </td>
          </tr>
          {keys.map((key) => (
            <MeasureCompareRow
              key={key}
              measureKey={key}
              from={pa.measures.find((m) => m.key === key)}
              to={pb.measures.find((m) => m.key === key)}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

type PointMeasure = HealthPoint['measures'][number];

function MeasureCompareRow({
  measureKey,
  from: ma,
  to: mb,
}: {
  measureKey: string;
  from: PointMeasure | undefined;
  to: PointMeasure | undefined;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  // Against a point without per-measure detail a change would read as the whole contribution.
  const delta = ma && mb ? (mb.contribution ?? 0) - (ma.contribution ?? 0) : null;
  return (
    <tr>
      <td>{mb?.label ?? ma?.label ?? measureKey}</td>
      <td className="align-end numeric">
        {ma && !ma.missing ? formatMeasureValue(ma.value, locale, t) : '—'}
      </td>
      <td className="align-end numeric">
        {mb && !mb.missing ? formatMeasureValue(mb.value, locale, t) : '—'}
      </td>
      <td className="align-end numeric nowrap">
        {formatScore(ma?.score, locale)} → {formatScore(mb?.score, locale)}
      </td>
      <td className="align-end numeric">{delta === null ? '—' : <Delta value={delta} />}</td>
    </tr>
  );
}

function Delta({ value }: { value: number }) {
  const locale = useLocale();
  const r = Math.round(value);
  return (
    <span className={r < 0 ? 'delta-neg' : r > 0 ? 'delta-pos' : 'muted'}>{formatDelta(value, locale)}</span>
  );
}
