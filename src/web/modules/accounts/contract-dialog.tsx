import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTRACT_STATUSES, type Contract, type ContractStatus } from '../../../shared/accounts.ts';
import { fieldErrors } from '../../lib/api.ts';
import { describeError } from '../../lib/errors.ts';
import { toMajorUnits, toMinorUnits } from '../../lib/format.ts';
import { Dialog } from '../../ui/dialog.tsx';
import { Field } from '../../ui/field.tsx';
import { showToast } from '../../ui/toast.tsx';
import { useSaveContract } from './account-records-api.ts';
import { CurrencyOptions } from './form-controls.tsx';

type ContractDialogProps = { accountId: string; currency: string; contract?: Contract; onClose: () => void };

export function ContractDialog({ accountId, currency, contract, onClose }: ContractDialogProps) {
  const { t } = useTranslation();
  const save = useSaveContract(accountId);
  const currencyList = useId();
  const [draft, setDraft] = useState({
    product: contract?.product ?? '',
    start_date: contract?.start_date ?? '',
    end_date: contract?.end_date ?? '',
    arr: contract ? toMajorUnits(contract.arr, contract.currency) : '',
    currency: contract?.currency ?? currency,
    status: contract?.status ?? ('active' as ContractStatus),
  });
  const [arrInvalid, setArrInvalid] = useState(false);
  const errors = fieldErrors(save.error);
  const general = save.error && Object.keys(errors).length === 0 ? describeError(save.error) : null;
  const set = (key: keyof typeof draft) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: e.target.value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const code = draft.currency.trim().toUpperCase();
    const arr = toMinorUnits(draft.arr || '0', code);
    setArrInvalid(arr === null);
    if (arr === null) return;
    const input = {
      product: draft.product.trim(),
      start_date: draft.start_date,
      end_date: draft.end_date,
      arr,
      currency: code,
      status: draft.status,
    };
    save.mutate(
      { id: contract?.id, input },
      {
        onSuccess: () => {
          showToast(t(contract ? 'contracts.updated' : 'contracts.created'), 'success');
          onClose();
        },
      },
    );
  };

  return (
    <Dialog
      title={t(contract ? 'contracts.edit' : 'contracts.add')}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            form="contract-form"
            className="button button-primary"
            disabled={save.isPending || !draft.product.trim()}
          >
            {t(contract ? 'common.save' : 'contracts.add')}
          </button>
        </>
      }
    >
      <form id="contract-form" className="form form-grid" onSubmit={submit} noValidate>
        {general && (
          <p className="form-error span-2" role="alert">
            {general}
          </p>
        )}
        <div className="span-2">
          <Field label={t('contracts.fields.product')} error={errors.product} required>
            {(p) => (
              <input {...p} className="input" value={draft.product} onChange={set('product')} autoFocus />
            )}
          </Field>
        </div>
        <Field label={t('contracts.fields.start')} error={errors.start_date} required>
          {(p) => (
            <input
              {...p}
              type="date"
              className="input"
              value={draft.start_date}
              onChange={set('start_date')}
            />
          )}
        </Field>
        <Field label={t('contracts.fields.end')} error={errors.end_date} required>
          {(p) => (
            <input {...p} type="date" className="input" value={draft.end_date} onChange={set('end_date')} />
          )}
        </Field>
        <Field label={t('contracts.fields.arr')} error={arrInvalid ? t('errors.notANumber') : errors.arr}>
          {(p) => (
            <input
              {...p}
              className="input"
              inputMode="decimal"
              placeholder="0"
              value={draft.arr}
              onChange={set('arr')}
            />
          )}
        </Field>
        <Field label={t('contracts.fields.currency')} error={errors.currency}>
          {(p) => (
            <>
              <input
                {...p}
                className="input"
                list={currencyList}
                maxLength={3}
                value={draft.currency}
                onChange={(e) => setDraft((d) => ({ ...d, currency: e.target.value.toUpperCase() }))}
              />
              <CurrencyOptions id={currencyList} />
            </>
          )}
        </Field>
        <Field label={t('contracts.fields.status')} error={errors.status}>
          {(p) => (
            <select {...p} className="input" value={draft.status} onChange={set('status')}>
              {CONTRACT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`enums.contractStatuses.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </form>
    </Dialog>
  );
}
