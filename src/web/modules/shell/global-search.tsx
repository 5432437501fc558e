import { useNavigate } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebounced } from '../../lib/use-debounced.ts';
import { SearchIcon } from '../../ui/icons.tsx';
import { useAccountSearch } from '../accounts/accounts-api.ts';
import { LifecycleBadge } from '../accounts/badges.tsx';

/** The top bar's account finder: type, pick with arrows, Enter opens. "/" focuses it from anywhere. */
export function GlobalSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const inputRef = useRef<HTMLInputElement>(null);
  const [q, setQ] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const debounced = useDebounced(q.trim(), 200);
  const search = useAccountSearch(debounced, 8, open && debounced.length > 0);
  const results = debounced ? (search.data?.data ?? []) : [];

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
  }, []);

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

  const listId = 'global-search-results';
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
        aria-expanded={open && debounced.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
        value={q}
        onChange={(e) => {
          setQ(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {!q && <kbd className="global-search-kbd">/</kbd>}
      {open && debounced.length > 0 && (
        <div className="popover global-search-popover" id={listId} role="listbox">
          {results.map((account, index) => (
            <div
              key={account.id}
              id={`${listId}-${index}`}
              role="option"
              tabIndex={-1}
              aria-selected={index === active}
              className={`search-result${index === active ? ' search-result-active' : ''}`}
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setActive(index)}
              onClick={() => openAccount(account.id)}
            >
              <div className="search-result-main">
                <span className="search-result-name">{account.name}</span>
                {account.domain && <span className="search-result-sub">{account.domain}</span>}
              </div>
              <LifecycleBadge stage={account.lifecycle_stage} />
            </div>
          ))}
          {search.isFetching && results.length === 0 && (
            <div className="popover-empty">{t('common.searching')}</div>
          )}
          {!search.isFetching && results.length === 0 && (
            <div className="popover-empty">{t('shell.noMatches', { q: debounced })}</div>
          )}
          <div
            id={`${listId}-${results.length}`}
            role="option"
            tabIndex={-1}
            aria-selected={active === results.length}
            className={`search-result search-result-all${active === results.length ? ' search-result-active' : ''}`}
            onMouseDown={(e) => e.preventDefault()}
            onClick={showAll}
          >
            <SearchIcon size={14} />
            <span>{t('shell.seeAll', { q: debounced })}</span>
          </div>
        </div>
      )}
    </div>
  );
}
