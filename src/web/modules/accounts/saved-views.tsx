import { type FormEvent, useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedView } from '../../../shared/accounts.ts';
import { fieldErrors } from '../../lib/api.ts';
import { describeError } from '../../lib/errors.ts';
import { ConfirmDialog } from '../../ui/dialog.tsx';
import { BookmarkIcon, CloseIcon, PlusIcon } from '../../ui/icons.tsx';
import { useDismiss } from '../../ui/popover.ts';
import { showToast } from '../../ui/toast.tsx';
import { type AccountsSearch, accountsSearch, normalizeSearch, sameSearch } from './accounts-search.ts';
import { useCreateSavedView, useDeleteSavedView, useSavedViews } from './saved-views-api.ts';

type SavedViewsProps = {
  search: AccountsSearch;
  onApply: (search: AccountsSearch) => void;
  canWrite: boolean;
};

function viewSearch(view: SavedView): AccountsSearch {
  const parsed = accountsSearch.safeParse(view.query);
  return parsed.success ? parsed.data : {};
}

/** Named filter+sort combinations as tabs above the list. */
export function SavedViews({ search, onApply, canWrite }: SavedViewsProps) {
  const { t } = useTranslation();
  const views = useSavedViews();
  const deleteView = useDeleteSavedView();
  const [deleting, setDeleting] = useState<SavedView | null>(null);
  const current = normalizeSearch(search);
  const isDefault = Object.keys(current).length === 0;
  const activeView = (views.data ?? []).find((v) => sameSearch(viewSearch(v), search));

  return (
    <div className="views-bar" role="tablist" aria-label={t('accounts.views.label')}>
      <button
        type="button"
        role="tab"
        aria-selected={isDefault}
        className={`view-chip${isDefault ? ' view-chip-active' : ''}`}
        onClick={() => onApply({})}
      >
        {t('accounts.views.all')}
      </button>
      {(views.data ?? []).map((view) => (
        <span key={view.id} className={`view-chip${activeView?.id === view.id ? ' view-chip-active' : ''}`}>
          <button
            type="button"
            role="tab"
            aria-selected={activeView?.id === view.id}
            className="view-chip-label"
            onClick={() => onApply(viewSearch(view))}
          >
            <BookmarkIcon size={13} />
            {view.name}
          </button>
          {canWrite && (
            <button
              type="button"
              className="view-chip-remove"
              aria-label={t('accounts.views.delete', { name: view.name })}
              onClick={() => setDeleting(view)}
            >
              <CloseIcon size={12} />
            </button>
          )}
        </span>
      ))}
      {canWrite && !isDefault && !activeView && <SaveViewButton search={current} />}
      {deleting && (
        <ConfirmDialog
          title={t('accounts.views.deleteTitle')}
          body={t('accounts.views.deleteBody', { name: deleting.name })}
          confirmLabel={t('common.delete')}
          pending={deleteView.isPending}
          onClose={() => setDeleting(null)}
          onConfirm={() =>
            deleteView.mutate(deleting.id, {
              onSuccess: () => {
                setDeleting(null);
                showToast(t('accounts.views.deleted'), 'success');
              },
            })
          }
        />
      )}
    </div>
  );
}

function SaveViewButton({ search }: { search: AccountsSearch }) {
  const { t } = useTranslation();
  const createView = useCreateSavedView();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const ref = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(ref, open, close);
  const error = createView.error
    ? (fieldErrors(createView.error).name ?? describeError(createView.error))
    : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    createView.mutate(
      { name: name.trim(), query: search },
      {
        onSuccess: () => {
          setOpen(false);
          setName('');
          showToast(t('accounts.views.saved'), 'success');
        },
      },
    );
  };

  return (
    <div className="popover-anchor" ref={ref}>
      <button type="button" className="view-chip view-chip-add" onClick={() => setOpen((o) => !o)}>
        <PlusIcon size={13} />
        {t('accounts.views.save')}
      </button>
      {open && (
        <form className="popover popover-form" onSubmit={submit}>
          <label className="field">
            <span className="field-label">{t('accounts.views.name')}</span>
            <input
              className="input input-sm"
              value={name}
              maxLength={100}
              placeholder={t('accounts.views.namePlaceholder')}
              onChange={(e) => setName(e.target.value)}
              // biome-ignore lint/a11y/noAutofocus: the popover opens to name the view
              autoFocus
            />
          </label>
          {error && <p className="field-error">{error}</p>}
          <div className="form-actions">
            <button type="button" className="button button-sm" onClick={close}>
              {t('common.cancel')}
            </button>
            <button
              type="submit"
              className="button button-primary button-sm"
              disabled={!name.trim() || createView.isPending}
            >
              {t('common.save')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
