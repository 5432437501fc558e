import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { COVERAGE_MODELS } from '../../../shared/accounts.ts';
import { GROUP_BYS, INTERVALS } from '../../../shared/revenue.ts';
import { api } from '../../lib/api.ts';
import { useUsers } from '../users/users-api.ts';
import type { RevenueFilters } from './revenue-api.ts';

const today = () => new Date().toISOString().slice(0, 10);
const monthsAgo = (n: number) => {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - n + 1, 1)).toISOString().slice(0, 10);
};

export function defaultFilters(): RevenueFilters {
  return { from: monthsAgo(12), to: today(), interval: 'month', groupBy: 'none' };
}

const PRESETS = {
  last12: () => ({ from: monthsAgo(12), to: today() }),
  last24: () => ({ from: monthsAgo(24), to: today() }),
  thisYear: () => ({ from: `${today().slice(0, 4)}-01-01`, to: today() }),
};

type FilterBarProps = {
  value: RevenueFilters;
  onChange: (next: RevenueFilters) => void;
  /** Off on the pipeline, which has its own quarter and only filters accounts. */
  grouping?: boolean;
};
type Set = (patch: Partial<RevenueFilters>) => void;

/** Period, interval, grouping and the account filters of the revenue views. */
export function RevenueFilterBar({ value, onChange, grouping = true }: FilterBarProps) {
  const set: Set = (patch) => onChange({ ...value, ...patch });
  return (
    <div className="toolbar revenue-filters">
      {grouping && <PeriodControls value={value} set={set} />}
      {grouping && <GroupBySelect value={value} set={set} />}
      <AccountFilters value={value} set={set} />
    </div>
  );
}

function PeriodControls({ value, set }: { value: RevenueFilters; set: Set }) {
  const { t } = useTranslation();
  return (
    <>
      <fieldset className="segmented" aria-label={t('revenue.filters.from')}>
        {(Object.keys(PRESETS) as (keyof typeof PRESETS)[]).map((key) => (
          <button key={key} type="button" className="segmented-option" onClick={() => set(PRESETS[key]())}>
            {t(`revenue.filters.presets.${key}`)}
          </button>
        ))}
      </fieldset>
      <label className="inline-label">
        {t('revenue.filters.from')}
        <input
          className="input input-sm"
          type="date"
          value={value.from}
          max={value.to}
          onChange={(e) => e.target.value && set({ from: e.target.value })}
        />
      </label>
      <label className="inline-label">
        {t('revenue.filters.to')}
        <input
          className="input input-sm"
          type="date"
          value={value.to}
          min={value.from}
          onChange={(e) => e.target.value && set({ to: e.target.value })}
        />
      </label>
      <label className="inline-label">
        {t('revenue.filters.interval')}
        <select
          className="input input-sm"
          value={value.interval}
          onChange={(e) => set({ interval: e.target.value as RevenueFilters['interval'] })}
        >
          {INTERVALS.map((i) => (
            <option key={i} value={i}>
              {t(`revenue.filters.intervals.${i}`)}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}

function GroupBySelect({ value, set }: { value: RevenueFilters; set: Set }) {
  const { t } = useTranslation();
  return (
    <label className="inline-label">
      {t('revenue.filters.groupBy')}
      <select
        className="input input-sm"
        value={value.groupBy}
        onChange={(e) => set({ groupBy: e.target.value as RevenueFilters['groupBy'] })}
      >
        {GROUP_BYS.map((g) => (
          <option key={g} value={g}>
            {t(`revenue.filters.groups.${g}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

const optional = (v: string) => (v === '' ? undefined : v);

/** Segment, tier, coverage model and CSM: the filters that pick accounts. */
function AccountFilters({ value, set }: { value: RevenueFilters; set: Set }) {
  const { t } = useTranslation();
  const facets = useQuery({
    queryKey: ['accounts', 'facets'],
    queryFn: () => api.get<{ segments: string[]; tiers: string[] }>('/accounts/facets'),
  });
  const users = useUsers();
  return (
    <>
      <FilterSelect
        label={t('revenue.filters.segment')}
        value={value.segment}
        options={(facets.data?.segments ?? []).map((s) => [s, s])}
        onChange={(v) => set({ segment: optional(v) })}
      />
      <FilterSelect
        label={t('revenue.filters.tier')}
        value={value.tier}
        options={(facets.data?.tiers ?? []).map((s) => [s, s])}
        onChange={(v) => set({ tier: optional(v) })}
      />
      <FilterSelect
        label={t('revenue.filters.coverageModel')}
        value={value.coverage_model}
        options={COVERAGE_MODELS.map((c) => [c, t(`revenue.filters.coverage.${c}`)])}
        onChange={(v) => set({ coverage_model: optional(v) })}
      />
      <FilterSelect
        label={t('revenue.filters.csm')}
        value={value.owner_id}
        options={(users.data ?? []).filter((u) => u.role !== 'viewer').map((u) => [u.id, u.name])}
        onChange={(v) => set({ owner_id: optional(v) })}
      />
    </>
  );
}

function FilterSelect({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string | undefined;
  options: [string, string][];
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <label className="inline-label">
      {label}
      <select className="input input-sm" value={value ?? ''} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('revenue.filters.all')}</option>
        {options.map(([v, name]) => (
          <option key={v} value={v}>
            {name}
          </option>
        ))}
      </select>
    </label>
  );
}
