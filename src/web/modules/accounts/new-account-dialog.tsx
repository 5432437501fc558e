import { useNavigate } from '@tanstack/react-router';
import { type ComponentProps, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COVERAGE_MODELS, LIFECYCLE_STAGES } from '../../../shared/accounts.ts';
import { Field } from '../../ui/field.tsx';
import { type FieldErrors, FormDialog, useDraft } from '../../ui/form-dialog.tsx';
import { InputField, SelectField } from '../../ui/form-fields.tsx';
import { showToast } from '../../ui/toast.tsx';
import { useUsers } from '../users/users-api.ts';
import { useCreateAccount, useFacets } from './accounts-api.ts';
import { CurrencyOptions, UserSelect } from './form-controls.tsx';
import {
  arrIsInvalid,
  EMPTY_NEW_ACCOUNT,
  NEW_ACCOUNT_FIELDS,
  type NewAccountDraft,
  toCreateAccountInput,
} from './new-account-draft.ts';

export function NewAccountDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateAccount();
  const form = useDraft<NewAccountDraft>(EMPTY_NEW_ACCOUNT);
  const [arrInvalid, setArrInvalid] = useState(false);

  const submit = () => {
    const invalid = arrIsInvalid(form.draft);
    setArrInvalid(invalid);
    if (invalid) return;
    create.mutate(toCreateAccountInput(form.draft), {
      onSuccess: (account) => {
        showToast(t('accounts.created', { name: account.name }), 'success');
        onClose();
        void navigate({ to: '/accounts/$accountId', params: { accountId: account.id } });
      },
    });
  };

  return (
    <FormDialog
      title={t('accounts.new')}
      description={t('accounts.newDescription')}
      size="lg"
      submitLabel={t('accounts.create')}
      mutation={create}
      fields={NEW_ACCOUNT_FIELDS}
      canSubmit={Boolean(form.draft.name.trim())}
      onSubmit={submit}
      onClose={onClose}
    >
      {(errors) => (
        <>
          <IdentityFields form={form} errors={errors} />
          <CommercialFields
            form={form}
            errors={arrInvalid ? { ...errors, arr: t('errors.notANumber') } : errors}
          />
        </>
      )}
    </FormDialog>
  );
}

type FieldsProps = { form: ReturnType<typeof useDraft<NewAccountDraft>>; errors: FieldErrors };

/** What names the account and where it sits: name, domain, ids, segment, tier, coverage, stage. */
function IdentityFields({ form: { draft, bind, patch }, errors }: FieldsProps) {
  const { t } = useTranslation();
  const facets = useFacets();
  return (
    <>
      <InputField
        wide
        label={t('account.fields.name')}
        error={errors.name}
        required
        value={draft.name}
        onChange={bind('name')}
        autoFocus
        maxLength={200}
      />
      <InputField
        label={t('account.fields.domain')}
        error={errors.domain}
        placeholder="acme.com"
        value={draft.domain}
        onChange={bind('domain')}
      />
      <InputField
        label={t('account.fields.externalId')}
        error={errors.external_id}
        value={draft.external_id}
        onChange={bind('external_id')}
      />
      <SuggestedInputField
        label={t('account.fields.segment')}
        error={errors.segment}
        suggestions={facets.data?.segments ?? []}
        value={draft.segment}
        onChange={bind('segment')}
      />
      <SuggestedInputField
        label={t('account.fields.tier')}
        error={errors.tier}
        suggestions={facets.data?.tiers ?? []}
        value={draft.tier}
        onChange={bind('tier')}
      />
      <SelectField
        label={t('account.fields.coverageModel')}
        error={errors.coverage_model}
        value={draft.coverage_model}
        options={COVERAGE_MODELS}
        optionLabel={(m) => t(`enums.coverageModels.${m}`)}
        onChange={(coverage_model) => patch({ coverage_model })}
      />
      <SelectField
        label={t('account.fields.lifecycleStage')}
        error={errors.lifecycle_stage}
        value={draft.lifecycle_stage}
        options={LIFECYCLE_STAGES}
        optionLabel={(s) => t(`enums.lifecycleStages.${s}`)}
        onChange={(lifecycle_stage) => patch({ lifecycle_stage })}
      />
    </>
  );
}

/** Who owns the account and what it is worth: owner, renewal date, ARR and its currency. */
function CommercialFields({ form: { draft, bind, patch }, errors }: FieldsProps) {
  const { t } = useTranslation();
  const users = useUsers();
  const currencies = useId();
  return (
    <>
      <Field label={t('account.fields.owner')} error={errors.owner_id}>
        {(p) => (
          <UserSelect
            {...p}
            users={users.data ?? []}
            value={draft.owner_id}
            empty={t('accounts.unassigned')}
            onChange={(owner_id) => patch({ owner_id })}
          />
        )}
      </Field>
      <InputField
        label={t('account.fields.renewalDate')}
        error={errors.renewal_date}
        type="date"
        value={draft.renewal_date}
        onChange={bind('renewal_date')}
      />
      <InputField
        label={t('account.fields.arr')}
        error={errors.arr}
        inputMode="decimal"
        placeholder="0"
        value={draft.arr}
        onChange={bind('arr')}
      />
      <InputField
        label={t('account.fields.currency')}
        error={errors.currency}
        list={currencies}
        maxLength={3}
        value={draft.currency}
        onChange={(e) => patch({ currency: e.target.value.toUpperCase() })}
      />
      <CurrencyOptions id={currencies} />
    </>
  );
}

/** A text input that suggests the values other accounts already use. */
function SuggestedInputField({
  suggestions,
  ...input
}: ComponentProps<typeof InputField> & { suggestions: readonly string[] }) {
  const list = useId();
  return (
    <>
      <InputField {...input} list={list} />
      <datalist id={list}>
        {suggestions.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
    </>
  );
}
