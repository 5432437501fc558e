import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contract } from '../../../shared/accounts.ts';
import { useLocale } from '../../i18n/index.ts';
import { formatDate, formatMoney } from '../../lib/format.ts';
import { ConfirmDeleteDialog } from '../../ui/dialog.tsx';
import { AccountsIcon, PlusIcon } from '../../ui/icons.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import { type RecordColumn, RecordTable } from '../../ui/record-table.tsx';
import { RowDeleteButton } from '../../ui/row-delete-button.tsx';
import { RowEditButton } from '../../ui/row-edit-button.tsx';
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
  const { canWrite } = usePermissions();
  const account = useQuery(accountQuery(accountId));
  const query = useContracts(accountId);
  const remove = useDeleteContract(accountId);
  const columns = useContractColumns();
  const [editing, setEditing] = useState<Contract | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Contract | null>(null);
  const contracts = query.data ?? [];
  const currency = account.data?.currency ?? 'USD';

  const addButton = canWrite && (
    <button type="button" className="button button-primary button-sm" onClick={() => setEditing('new')}>
      <PlusIcon size={14} />
      {t('contracts.add')}
    </button>
  );
  const empty = {
    icon: <AccountsIcon size={22} />,
    title: t('contracts.empty.title'),
    body: t(canWrite ? 'contracts.empty.body' : 'contracts.empty.bodyReadOnly'),
    action: addButton,
  };

  return (
    <section className="card card-flush">
      <header className="card-header">
        <h2 className="card-title">{t('account.tabs.contracts')}</h2>
        <div className="card-header-side">
          {contracts.length > 0 && <ActiveArrPill contracts={contracts} currency={currency} />}
          {contracts.length > 0 && addButton}
        </div>
      </header>
      <QueryState query={query} placement="card" skeletonRows={3}>
        {(list) => (
          <RecordTable
            records={list}
            columns={columns}
            recordId={(c) => c.id}
            label={t('account.tabs.contracts')}
            empty={empty}
            {...(canWrite && {
              actions: (contract: Contract) => (
                <>
                  <RowEditButton
                    label={t('contracts.editNamed', { name: contract.product })}
                    onClick={() => setEditing(contract)}
                  />
                  <RowDeleteButton
                    label={t('contracts.deleteNamed', { name: contract.product })}
                    onClick={() => setDeleting(contract)}
                  />
                </>
              ),
            })}
          />
        )}
      </QueryState>
      {editing && (
        <ContractDialog
          accountId={accountId}
          currency={currency}
          contract={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
      {deleting && (
        <ConfirmDeleteDialog
          title={t('contracts.deleteTitle')}
          body={t('contracts.deleteBody', { name: deleting.product })}
          deletedMessage={t('contracts.deleted')}
          remove={remove}
          id={deleting.id}
          onClose={() => setDeleting(null)}
        />
      )}
    </section>
  );
}

function ActiveArrPill({ contracts, currency }: { contracts: Contract[]; currency: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const totals = activeArr(contracts);
  return (
    <span className="total-pill">
      {t('contracts.totalActive')}{' '}
      <strong className="numeric">
        {totals.length === 0
          ? formatMoney(0, currency, locale)
          : totals.map(([code, sum]) => formatMoney(sum, code, locale)).join(' + ')}
      </strong>
    </span>
  );
}

function useContractColumns(): RecordColumn<Contract>[] {
  const { t } = useTranslation();
  const locale = useLocale();
  return [
    { id: 'product', header: t('contracts.fields.product'), className: 'strong', cell: (c) => c.product },
    { id: 'start', header: t('contracts.fields.start'), cell: (c) => formatDate(c.start_date, locale) },
    { id: 'end', header: t('contracts.fields.end'), cell: (c) => formatDate(c.end_date, locale) },
    {
      id: 'arr',
      header: t('contracts.fields.arr'),
      className: 'align-end numeric',
      cell: (c) => formatMoney(c.arr, c.currency, locale),
    },
    {
      id: 'status',
      header: t('contracts.fields.status'),
      cell: (c) => <ContractStatusBadge status={c.status} />,
    },
  ];
}
