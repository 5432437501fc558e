import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTRACT_STATUSES, type Contract, type ContractStatus } from '../../../shared/accounts.ts';
import { toMajorUnits, toMinorUnits } from '../../lib/format.ts';
import { Field } from '../../ui/field.tsx';
import { type FieldErrors, FormDialog, useDraft } from '../../ui/form-dialog.tsx';
import { InputField, SelectField } from '../../ui/form-fields.tsx';
import { showToast } from '../../ui/toast.tsx';
import { useSaveContract } from './account-records-api.ts';
import { CurrencyOptions } from './form-controls.tsx';

type ContractDialogProps = { accountId: string; currency: string; contract?: Contract; onClose: () => void };

const FIELDS = ['product', 'start_date', 'end_date', 'arr', 'currency', 'status'] as const;

type ContractDraft = {
  product: string;
  start_date: string;
  end_date: string;
  /** In major units, as typed. */
  arr: string;
  currency: string;
  status: ContractStatus;
};

export function ContractDialog({ accountId, currency, contract, onClose }: ContractDialogProps) {
  const { t } = useTranslation();
  const save = useSaveContract(accountId);
  const { draft, bind, patch } = useDraft<ContractDraft>({
    product: contract?.product ?? '',
    start_date: contract?.start_date ?? '',
    end_date: contract?.end_date ?? '',
    arr: contract ? toMajorUnits(contract.arr, contract.currency) : '',
    currency: contract?.currency ?? currency,
    status: contract?.status ?? 'active',
  });
  const [arrInvalid, setArrInvalid] = useState(false);

  const submit = () => {
    const code = draft.currency.trim().toUpperCase();
    const arr = toMinorUnits(draft.arr || '0', code);
    setArrInvalid(arr === null);
    if (arr === null) return;
    const input = { ...draft, product: draft.product.trim(), arr, currency: code };
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
    <FormDialog
      title={t(contract ? 'contracts.edit' : 'contracts.add')}
      submitLabel={t(contract ? 'common.save' : 'contracts.add')}
      mutation={save}
      fields={FIELDS}
      canSubmit={draft.product.trim() !== ''}
      onSubmit={submit}
      onClose={onClose}
    >
      {(errors) => (
        <ContractFields
          draft={draft}
          bind={bind}
          patch={patch}
          errors={arrInvalid ? { ...errors, arr: t('errors.notANumber') } : errors}
        />
      )}
    </FormDialog>
  );
}

type ContractFieldsProps = {
  draft: ContractDraft;
  bind: (key: keyof ContractDraft) => (e: { target: { value: string } }) => void;
  patch: (change: Partial<ContractDraft>) => void;
  errors: FieldErrors;
};

function ContractFields({ draft, bind, patch, errors }: ContractFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <InputField
        wide
        label={t('contracts.fields.product')}
        error={errors.product}
        required
        value={draft.product}
        onChange={bind('product')}
        autoFocus
      />
      <InputField
        label={t('contracts.fields.start')}
        error={errors.start_date}
        required
        type="date"
        value={draft.start_date}
        onChange={bind('start_date')}
      />
      <InputField
        label={t('contracts.fields.end')}
        error={errors.end_date}
        required
        type="date"
        value={draft.end_date}
        onChange={bind('end_date')}
      />
      <InputField
        label={t('contracts.fields.arr')}
        error={errors.arr}
        inputMode="decimal"
        placeholder="0"
        value={draft.arr}
        onChange={bind('arr')}
      />
      <CurrencyField
        error={errors.currency}
        value={draft.currency}
        onChange={(code) => patch({ currency: code })}
      />
      <SelectField
        label={t('contracts.fields.status')}
        error={errors.status}
        value={draft.status}
        options={CONTRACT_STATUSES}
        optionLabel={(s) => t(`enums.contractStatuses.${s}`)}
        onChange={(status) => patch({ status })}
      />
    </>
  );
}

function CurrencyField(props: {
  error: string | undefined;
  value: string;
  onChange: (code: string) => void;
}) {
  const { t } = useTranslation();
  const currencyList = useId();
  return (
    <Field label={t('contracts.fields.currency')} error={props.error}>
      {(p) => (
        <>
          <input
            {...p}
            className="input"
            list={currencyList}
            maxLength={3}
            value={props.value}
            onChange={(e) => props.onChange(e.target.value.toUpperCase())}
          />
          <CurrencyOptions id={currencyList} />
        </>
      )}
    </Field>
  );
}
