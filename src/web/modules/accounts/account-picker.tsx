import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/accounts.ts';
import { useDebounced } from '../../lib/use-debounced.ts';
import { useAccountSearch } from './accounts-api.ts';

type AccountPickerProps = {
  excludeId: string;
  hasValue: boolean;
  onPick: (account: Account | null) => void;
  onCancel: () => void;
};

/** Search-as-you-type list of accounts, used to choose a parent account. */
export function AccountPicker({ excludeId, hasValue, onPick, onCancel }: AccountPickerProps) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [active, setActive] = useState(0);
  const debounced = useDebounced(q.trim(), 200);
  const search = useAccountSearch(debounced, 8);
  const results = (search.data?.data ?? []).filter((a) => a.id !== excludeId);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((i) => Math.min(i + 1, results.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const chosen = results[active];
      if (chosen) onPick(chosen);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onCancel();
    }
  };

  return (
    <div className="account-picker">
      <input
        className="input input-inline"
        placeholder={t('account.searchParent')}
        aria-label={t('account.searchParent')}
        value={q}
        // biome-ignore lint/a11y/noAutofocus: opened by clicking the field to edit it
        autoFocus
        onChange={(e) => {
          setQ(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(onCancel, 150)}
      />
      <div className="popover account-picker-list" role="listbox">
        {results.map((account, index) => (
          <div
            key={account.id}
            role="option"
            tabIndex={-1}
            aria-selected={index === active}
            className={`search-result${index === active ? ' search-result-active' : ''}`}
            onMouseDown={(e) => e.preventDefault()}
            onMouseEnter={() => setActive(index)}
            onClick={() => onPick(account)}
          >
            <div className="search-result-main">
              <span className="search-result-name">{account.name}</span>
              {account.domain && <span className="search-result-sub">{account.domain}</span>}
            </div>
          </div>
        ))}
        {!search.isFetching && results.length === 0 && (
          <div className="popover-empty">{t('common.noOptions')}</div>
        )}
        {hasValue && (
          <button
            type="button"
            className="popover-clear"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onPick(null)}
          >
            {t('account.removeParent')}
          </button>
        )}
      </div>
    </div>
  );
}
