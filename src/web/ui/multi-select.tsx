import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckIcon, ChevronDownIcon } from './icons.tsx';
import { useDismiss } from './popover.ts';

export type Option = { value: string; label: string };

type MultiSelectProps = {
  label: string;
  options: Option[];
  value: string[];
  onChange: (value: string[]) => void;
};

/** A toolbar filter: a button that names the choice and a checkbox list under it. */
export function MultiSelect({ label, options, value, onChange }: MultiSelectProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [filter, setFilter] = useState('');
  const ref = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(ref, open, close);

  const selected = new Set(value);
  const first = options.find((o) => selected.has(o.value));
  const summary =
    value.length === 0
      ? null
      : value.length === 1 && first
        ? first.label
        : t('common.selected', { count: value.length });
  const shown = filter
    ? options.filter((o) => o.label.toLowerCase().includes(filter.toLowerCase()))
    : options;

  const toggle = (v: string) => onChange(selected.has(v) ? value.filter((x) => x !== v) : [...value, v]);

  return (
    <div className="popover-anchor" ref={ref}>
      <button
        type="button"
        className={`filter-button${value.length ? ' filter-button-active' : ''}`}
        aria-haspopup="listbox"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="filter-button-label">{label}</span>
        {summary && <span className="filter-button-value">{summary}</span>}
        <ChevronDownIcon size={14} />
      </button>
      {open && (
        <div className="popover popover-list">
          {options.length > 8 && (
            <input
              className="input input-sm popover-search"
              placeholder={t('common.search')}
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
              // biome-ignore lint/a11y/noAutofocus: the list was opened to type into it
              autoFocus
            />
          )}
          <div role="listbox" aria-multiselectable="true" aria-label={label} className="popover-options">
            {shown.map((option) => (
              <div
                key={option.value}
                role="option"
                tabIndex={0}
                aria-selected={selected.has(option.value)}
                className="popover-option"
                onClick={() => toggle(option.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    toggle(option.value);
                  }
                }}
              >
                <span className={`checkbox${selected.has(option.value) ? ' checkbox-on' : ''}`}>
                  {selected.has(option.value) && <CheckIcon size={12} />}
                </span>
                <span className="popover-option-label">{option.label}</span>
              </div>
            ))}
            {shown.length === 0 && <div className="popover-empty">{t('common.noOptions')}</div>}
          </div>
          {value.length > 0 && (
            <button type="button" className="popover-clear" onClick={() => onChange([])}>
              {t('common.clearSelection')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
