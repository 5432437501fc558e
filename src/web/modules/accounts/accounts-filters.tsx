import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COVERAGE_MODELS, LIFECYCLE_STAGES } from '../../../shared/accounts.ts';
import { useDebounced } from '../../lib/use-debounced.ts';
import { SearchIcon } from '../../ui/icons.tsx';
import { MultiSelect } from '../../ui/multi-select.tsx';
import { useUsers } from '../users/users-api.ts';
import { useFacets } from './accounts-api.ts';
import { type AccountsSearch, hasFilters, joinList, splitList } from './accounts-search.ts';

type FiltersProps = {
  search: AccountsSearch;
  onChange: (change: Partial<AccountsSearch>) => void;
  onClear: () => void;
};

export function AccountsFilters({ search, onChange, onClear }: FiltersProps) {
  const { t } = useTranslation();
  const facets = useFacets();
  const users = useUsers();
  const list = (key: 'segment' | 'tier' | 'coverage_model' | 'lifecycle_stage' | 'owner_id') => ({
    value: splitList(search[key]),
    onChange: (values: string[]) => onChange({ [key]: joinList(values) }),
  });

  return (
    <search className="toolbar">
      <SearchBox value={search.q ?? ''} onChange={(q) => onChange({ q: q || undefined })} />
      <MultiSelect
        label={t('accounts.columns.segment')}
        options={(facets.data?.segments ?? []).map((s) => ({ value: s, label: s }))}
        {...list('segment')}
      />
      <MultiSelect
        label={t('accounts.columns.tier')}
        options={(facets.data?.tiers ?? []).map((s) => ({ value: s, label: s }))}
        {...list('tier')}
      />
      <MultiSelect
        label={t('accounts.columns.coverage')}
        options={COVERAGE_MODELS.map((m) => ({ value: m, label: t(`enums.coverageModels.${m}`) }))}
        {...list('coverage_model')}
      />
      <MultiSelect
        label={t('accounts.columns.lifecycle')}
        options={LIFECYCLE_STAGES.map((s) => ({ value: s, label: t(`enums.lifecycleStages.${s}`) }))}
        {...list('lifecycle_stage')}
      />
      <MultiSelect
        label={t('accounts.columns.owner')}
        options={(users.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
        {...list('owner_id')}
      />
      <div className="range-filter">
        <span className="range-filter-label">{t('accounts.columns.arr')}</span>
        <AmountInput
          label={t('accounts.filters.arrMin')}
          value={search.arr_min}
          onCommit={(arr_min) => onChange({ arr_min })}
        />
        <span className="range-filter-dash" aria-hidden="true">
          –
        </span>
        <AmountInput
          label={t('accounts.filters.arrMax')}
          value={search.arr_max}
          onCommit={(arr_max) => onChange({ arr_max })}
        />
      </div>
      {hasFilters(search) && (
        <button type="button" className="button button-ghost button-sm" onClick={onClear}>
          {t('accounts.filters.clear')}
        </button>
      )}
    </search>
  );
}

const SEARCH_DEBOUNCE_MS = 250;

/** Typing updates the URL 250ms after the last keystroke; a reset from outside (clear, saved view) shows here. */
function SearchBox({ value, onChange }: { value: string; onChange: (q: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const debounced = useDebounced(text.trim(), SEARCH_DEBOUNCE_MS);
  const latest = useRef({ value, onChange });
  latest.current = { value, onChange };

  useEffect(() => {
    if (debounced !== latest.current.value) latest.current.onChange(debounced);
  }, [debounced]);

  useEffect(() => {
    setText((current) => (current.trim() === value ? current : value));
  }, [value]);

  return (
    <div className="search-input">
      <SearchIcon size={14} />
      <input
        type="search"
        className="input input-sm"
        placeholder={t('accounts.filters.search')}
        aria-label={t('accounts.filters.search')}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
    </div>
  );
}

/** A bound in major units, applied on Enter or when the field loses focus. */
function AmountInput(props: {
  label: string;
  value: number | undefined;
  onCommit: (v: number | undefined) => void;
}) {
  const { label, value, onCommit } = props;
  const [text, setText] = useState(value === undefined ? '' : String(value));
  useEffect(() => setText(value === undefined ? '' : String(value)), [value]);

  const commit = () => {
    const n = text.trim() === '' ? undefined : Number(text);
    if (n !== undefined && (!Number.isFinite(n) || n < 0)) {
      setText(value === undefined ? '' : String(value));
      return;
    }
    if (n !== value) onCommit(n);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') commit();
  };

  return (
    <input
      type="number"
      min={0}
      inputMode="decimal"
      className="input input-sm range-input"
      placeholder={label}
      aria-label={label}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onKeyDown={onKeyDown}
    />
  );
}
