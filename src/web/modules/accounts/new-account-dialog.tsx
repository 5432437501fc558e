import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COVERAGE_MODELS,
  type CoverageModel,
  type CreateAccountInput,
  LIFECYCLE_STAGES,
  type LifecycleStage,
} from '../../../shared/accounts.ts';
import { fieldErrors } from '../../lib/api.ts';
import { describeError } from '../../lib/errors.ts';
import { toMinorUnits } from '../../lib/format.ts';
import { Dialog } from '../../ui/dialog.tsx';
import { Field } from '../../ui/field.tsx';
import { showToast } from '../../ui/toast.tsx';
import { useUsers } from '../users/users-api.ts';
import { useCreateAccount, useFacets } from './accounts-api.ts';
import { CurrencyOptions, UserSelect } from './form-controls.tsx';

type Draft = {
  name: string;
  segment: string;
  tier: string;
  coverage_model: CoverageModel;
  lifecycle_stage: LifecycleStage;
  owner_id: string;
  arr: string;
  currency: string;
  renewal_date: string;
  external_id: string;
  domain: string;
};

const EMPTY: Draft = {
  name: '',
  segment: '',
  tier: '',
  coverage_model: 'pooled',
  lifecycle_stage: 'onboarding',
  owner_id: '',
  arr: '',
  currency: 'USD',
  renewal_date: '',
  external_id: '',
  domain: '',
};

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

function toInput(draft: Draft): Partial<CreateAccountInput> {
  const currency = draft.currency.trim().toUpperCase() || 'USD';
  return {
    name: draft.name.trim(),
    segment: orNull(draft.segment),
    tier: orNull(draft.tier),
    coverage_model: draft.coverage_model,
    lifecycle_stage: draft.lifecycle_stage,
    owner_id: orNull(draft.owner_id),
    arr: toMinorUnits(draft.arr, currency) ?? 0,
    currency,
    renewal_date: orNull(draft.renewal_date),
    external_id: orNull(draft.external_id),
    domain: orNull(draft.domain),
  };
}

export function NewAccountDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateAccount();
  const users = useUsers();
  const facets = useFacets();
  const ids = { segments: useId(), tiers: useId(), currencies: useId() };
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [arrInvalid, setArrInvalid] = useState(false);
  const errors = fieldErrors(create.error);
  const conflict = create.error && Object.keys(errors).length === 0 ? describeError(create.error) : null;
  const set = (key: keyof Draft) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: e.target.value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const arrInvalid =
      draft.arr.trim() !== '' && toMinorUnits(draft.arr, draft.currency.trim() || 'USD') === null;
    setArrInvalid(arrInvalid);
    if (arrInvalid) return;
    create.mutate(toInput(draft), {
      onSuccess: (account) => {
        showToast(t('accounts.created', { name: account.name }), 'success');
        onClose();
        void navigate({ to: '/accounts/$accountId', params: { accountId: account.id } });
      },
    });
  };

  return (
    <Dialog
      title={t('accounts.new')}
      description={t('accounts.newDescription')}
      onClose={onClose}
      size="lg"
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            form="new-account-form"
            className="button button-primary"
            disabled={create.isPending || !draft.name.trim()}
          >
            {t('accounts.create')}
          </button>
        </>
      }
    >
      <form id="new-account-form" className="form form-grid" onSubmit={submit} noValidate>
        {conflict && (
          <p className="form-error span-2" role="alert">
            {conflict}
          </p>
        )}
        <div className="span-2">
          <Field label={t('account.fields.name')} error={errors.name} required>
            {(p) => (
              <input
                {...p}
                className="input"
                value={draft.name}
                onChange={set('name')}
                autoFocus
                maxLength={200}
              />
            )}
          </Field>
        </div>
        <Field label={t('account.fields.domain')} error={errors.domain}>
          {(p) => (
            <input
              {...p}
              className="input"
              placeholder="acme.com"
              value={draft.domain}
              onChange={set('domain')}
            />
          )}
        </Field>
        <Field label={t('account.fields.externalId')} error={errors.external_id}>
          {(p) => <input {...p} className="input" value={draft.external_id} onChange={set('external_id')} />}
        </Field>
        <Field label={t('account.fields.segment')} error={errors.segment}>
          {(p) => (
            <>
              <input
                {...p}
                className="input"
                list={ids.segments}
                value={draft.segment}
                onChange={set('segment')}
              />
              <datalist id={ids.segments}>
                {(facets.data?.segments ?? []).map((s) => (
                  <option key={s} value={s} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        <Field label={t('account.fields.tier')} error={errors.tier}>
          {(p) => (
            <>
              <input {...p} className="input" list={ids.tiers} value={draft.tier} onChange={set('tier')} />
              <datalist id={ids.tiers}>
                {(facets.data?.tiers ?? []).map((s) => (
                  <option key={s} value={s} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        <Field label={t('account.fields.coverageModel')} error={errors.coverage_model}>
          {(p) => (
            <select {...p} className="input" value={draft.coverage_model} onChange={set('coverage_model')}>
              {COVERAGE_MODELS.map((m) => (
                <option key={m} value={m}>
                  {t(`enums.coverageModels.${m}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('account.fields.lifecycleStage')} error={errors.lifecycle_stage}>
          {(p) => (
            <select {...p} className="input" value={draft.lifecycle_stage} onChange={set('lifecycle_stage')}>
              {LIFECYCLE_STAGES.map((s) => (
                <option key={s} value={s}>
                  {t(`enums.lifecycleStages.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('account.fields.owner')} error={errors.owner_id}>
          {(p) => (
            <UserSelect
              {...p}
              users={users.data ?? []}
              value={draft.owner_id}
              empty={t('accounts.unassigned')}
              onChange={(owner_id) => setDraft((d) => ({ ...d, owner_id }))}
            />
          )}
        </Field>
        <Field label={t('account.fields.renewalDate')} error={errors.renewal_date}>
          {(p) => (
            <input
              {...p}
              type="date"
              className="input"
              value={draft.renewal_date}
              onChange={set('renewal_date')}
            />
          )}
        </Field>
        <Field label={t('account.fields.arr')} error={arrInvalid ? t('errors.notANumber') : errors.arr}>
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
        <Field label={t('account.fields.currency')} error={errors.currency}>
          {(p) => (
            <>
              <input
                {...p}
                className="input"
                list={ids.currencies}
                maxLength={3}
                value={draft.currency}
                onChange={(e) => setDraft((d) => ({ ...d, currency: e.target.value.toUpperCase() }))}
              />
              <CurrencyOptions id={ids.currencies} />
            </>
          )}
        </Field>
      </form>
    </Dialog>
  );
}
