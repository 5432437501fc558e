import { useNavigate } from '@tanstack/react-router';
import { type RefObject, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/accounts.ts';
import { useDebounced } from '../../lib/use-debounced.ts';
import { SearchIcon } from '../../ui/icons.tsx';
import { useAccountSearch } from '../accounts/accounts-api.ts';
import { LifecycleBadge } from '../accounts/badges.tsx';

const LIST_ID = 'global-search-results';

/** The top bar's account finder: type, pick with arrows, Enter opens. "/" focuses it from anywhere. */
export function GlobalSearch() {
  const { t } = useTranslation();
  const inputRef = useRef<HTMLInputElement>(null);
  useFocusShortcut(inputRef);
  const finder = useAccountFinder(inputRef);
  const { q, active, expanded } = finder;
  return (
    <div className="global-search">
      <SearchIcon className="global-search-icon" />
      <input
        ref={inputRef}
        type="search"
        className="global-search-input"
        placeholder={t('shell.searchPlaceholder')}
        aria-label={t('shell.searchLabel')}
        role="combobox"
        aria-expanded={expanded}
        aria-controls={LIST_ID}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? `${LIST_ID}-${active}` : undefined}
        value={q}
        onChange={(e) => finder.type(e.target.value)}
        onFocus={() => finder.setOpen(true)}
        onBlur={() => setTimeout(() => finder.setOpen(false), 150)}
        onKeyDown={finder.onKeyDown}
      />
      {!q && <kbd className="global-search-kbd">/</kbd>}
      {expanded && <SearchResults finder={finder} />}
    </div>
  );
}

/** "/" outside a text field, or Cmd/Ctrl+K anywhere, focuses the search input. */
function useFocusShortcut(inputRef: RefObject<HTMLInputElement | null>) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      const typing = target.closest('input, textarea, select, [contenteditable="true"]');
      if ((e.key === '/' && !typing) || (e.key === 'k' && (e.metaKey || e.ctrlKey))) {
        e.preventDefault();
        inputRef.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [inputRef]);
}

/**
 * The typed term, the matching accounts and the active option. Options are the results and then
 * "see all" (index `results.length`); -1 means none is active.
 */
function useAccountFinder(inputRef: RefObject<HTMLInputElement | null>) {
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const debounced = useDebounced(q.trim(), 200);
  const search = useAccountSearch(debounced, 8, open && debounced.length > 0);
  const results = debounced ? (search.data?.data ?? []) : [];

  const reset = () => {
    setQ('');
    setOpen(false);
    setActive(-1);
    inputRef.current?.blur();
  };
  const openAccount = (accountId: string) => {
    reset();
    void navigate({ to: '/accounts/$accountId', params: { accountId } });
  };
  const showAll = () => {
    const term = q.trim();
    reset();
    void navigate({ to: '/accounts', search: term ? { q: term } : {} });
  };
  const type = (value: string) => {
    setQ(value);
    setOpen(true);
    setActive(-1);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((i) => Math.min(i + 1, results.length));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => Math.max(i - 1, -1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const chosen = results[active];
      if (chosen) openAccount(chosen.id);
      else showAll();
    } else if (e.key === 'Escape') {
      reset();
    }
  };

  const expanded = open && debounced.length > 0;
  const searching = search.isFetching;
  return {
    q,
    debounced,
    results,
    searching,
    active,
    expanded,
    setActive,
    setOpen,
    type,
    openAccount,
    showAll,
    onKeyDown,
  };
}

function SearchResults({ finder }: { finder: ReturnType<typeof useAccountFinder> }) {
  const { t } = useTranslation();
  const { results, active, debounced, searching } = finder;
  const allActive = active === results.length;
  return (
    <div className="popover global-search-popover" id={LIST_ID} role="listbox">
      {results.map((account, index) => (
        <SearchResult
          key={account.id}
          account={account}
          index={index}
          active={index === active}
          onHover={() => finder.setActive(index)}
          onPick={() => finder.openAccount(account.id)}
        />
      ))}
      {searching && results.length === 0 && <div className="popover-empty">{t('common.searching')}</div>}
      {!searching && results.length === 0 && (
        <div className="popover-empty">{t('shell.noMatches', { q: debounced })}</div>
      )}
      <div
        id={`${LIST_ID}-${results.length}`}
        role="option"
        tabIndex={-1}
        aria-selected={allActive}
        className={`search-result search-result-all${allActive ? ' search-result-active' : ''}`}
        onMouseDown={(e) => e.preventDefault()}
        onClick={finder.showAll}
      >
        <SearchIcon size={14} />
        <span>{t('shell.seeAll', { q: debounced })}</span>
      </div>
    </div>
  );
}

type SearchResultProps = {
  account: Account;
  index: number;
  active: boolean;
  onHover: () => void;
  onPick: () => void;
};

function SearchResult({ account, index, active, onHover, onPick }: SearchResultProps) {
  return (
    <div
      id={`${LIST_ID}-${index}`}
      role="option"
      tabIndex={-1}
      aria-selected={active}
      className={`search-result${active ? ' search-result-active' : ''}`}
      // Keeps focus in the input, so its blur does not close the list before the click lands.
      onMouseDown={(e) => e.preventDefault()}
      onMouseEnter={onHover}
      onClick={onPick}
    >
      <div className="search-result-main">
        <span className="search-result-name">{account.name}</span>
        {account.domain && <span className="search-result-sub">{account.domain}</span>}
      </div>
      <LifecycleBadge stage={account.lifecycle_stage} />
    </div>
  );
}
