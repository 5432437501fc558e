import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contract } from '../../../shared/accounts.ts';
import { useLocale } from '../../i18n/index.ts';
import { describeError } from '../../lib/errors.ts';
import { formatDate, formatMoney } from '../../lib/format.ts';
import { ConfirmDialog } from '../../ui/dialog.tsx';
import { EmptyState, ErrorState, Skeleton } from '../../ui/feedback.tsx';
import { AccountsIcon, PencilIcon, PlusIcon, TrashIcon } from '../../ui/icons.tsx';
import { showToast } from '../../ui/toast.tsx';
import { usePermissions } from '../auth/session.ts';
import { useContracts, useDeleteContract } from './account-records-api.ts';
import { accountQuery } from './accounts-api.ts';
import { ContractStatusBadge } from './badges.tsx';
import { ContractDialog } from './contract-dialog.tsx';

/** Sum of active contracts' ARR per currency; amounts in different currencies are not added up. */
function activeArr(contracts: Contract[]): [string, number][] {
  const totals = new Map<string, number>();
  for (const c of contracts) {
    if (c.status === 'active') totals.set(c.currency, (totals.get(c.currency) ?? 0) + c.arr);
  }
  return [...totals.entries()];
}

export function ContractsTab({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { canWrite } = usePermissions();
  const account = useQuery(accountQuery(accountId));
  const query = useContracts(accountId);
  const remove = useDeleteContract(accountId);
  const [editing, setEditing] = useState<Contract | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Contract | null>(null);
  const contracts = query.data ?? [];
  const currency = account.data?.currency ?? 'USD';
  const totals = activeArr(contracts);

  const addButton = canWrite && (
    <button type="button" className="button button-primary button-sm" onClick={() => setEditing('new')}>
      <PlusIcon size={14} />
      {t('contracts.add')}
    </button>
  );

  let body: React.ReactNode;
  if (query.isPending) body = <Skeleton rows={3} height={18} />;
  else if (query.isError)
    body = (
      <ErrorState
        message={describeError(query.error)}
        onRetry={() => void query.refetch()}
        retryLabel={t('common.retry')}
      />
    );
  else if (contracts.length === 0)
    body = (
      <EmptyState
        icon={<AccountsIcon size={22} />}
        title={t('contracts.empty.title')}
        body={t(canWrite ? 'contracts.empty.body' : 'contracts.empty.bodyReadOnly')}
        action={addButton}
      />
    );
  else
    body = (
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th>{t('contracts.fields.product')}</th>
              <th>{t('contracts.fields.start')}</th>
              <th>{t('contracts.fields.end')}</th>
              <th className="align-end">{t('contracts.fields.arr')}</th>
              <th>{t('contracts.fields.status')}</th>
              {canWrite && (
                <th className="col-actions">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {contracts.map((contract) => (
              <tr key={contract.id}>
                <td className="strong">{contract.product}</td>
                <td>{formatDate(contract.start_date, locale)}</td>
                <td>{formatDate(contract.end_date, locale)}</td>
                <td className="align-end numeric">{formatMoney(contract.arr, contract.currency, locale)}</td>
                <td>
                  <ContractStatusBadge status={contract.status} />
                </td>
                {canWrite && (
                  <td className="col-actions">
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={t('contracts.editNamed', { name: contract.product })}
                      title={t('common.edit')}
                      onClick={() => setEditing(contract)}
                    >
                      <PencilIcon size={14} />
                    </button>
                    <button
                      type="button"
                      className="icon-button icon-button-danger"
                      aria-label={t('contracts.deleteNamed', { name: contract.product })}
                      title={t('common.delete')}
                      onClick={() => setDeleting(contract)}
                    >
                      <TrashIcon size={14} />
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );

  return (
    <section className="card card-flush">
      <header className="card-header">
        <h2 className="card-title">{t('account.tabs.contracts')}</h2>
        <div className="card-header-side">
          {contracts.length > 0 && (
            <span className="total-pill">
              {t('contracts.totalActive')}{' '}
              <strong className="numeric">
                {totals.length === 0
                  ? formatMoney(0, currency, locale)
                  : totals.map(([code, sum]) => formatMoney(sum, code, locale)).join(' + ')}
              </strong>
            </span>
          )}
          {contracts.length > 0 && addButton}
        </div>
      </header>
      {body}
      {editing && (
        <ContractDialog
          accountId={accountId}
          currency={currency}
          contract={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title={t('contracts.deleteTitle')}
          body={t('contracts.deleteBody', { name: deleting.product })}
          confirmLabel={t('common.delete')}
          pending={remove.isPending}
          onClose={() => setDeleting(null)}
          onConfirm={() =>
            remove.mutate(deleting.id, {
              onSuccess: () => {
                setDeleting(null);
                showToast(t('contracts.deleted'), 'success');
              },
            })
          }
        />
      )}
    </section>
  );
}
