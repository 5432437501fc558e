import type { CoverageModel, CreateAccountInput, LifecycleStage } from '../../../shared/accounts.ts';
import { toMinorUnits } from '../../lib/format.ts';

/** The new-account form as typed: every value a string until it is sent. */
export type NewAccountDraft = {
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

export const EMPTY_NEW_ACCOUNT: NewAccountDraft = {
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

/** The server's path names of the fields the form shows. */
export const NEW_ACCOUNT_FIELDS = Object.keys(EMPTY_NEW_ACCOUNT);

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** True when an ARR was typed that is not an amount in the draft's currency. */
export function arrIsInvalid(draft: NewAccountDraft): boolean {
  return draft.arr.trim() !== '' && toMinorUnits(draft.arr, draft.currency.trim() || 'USD') === null;
}

export function toCreateAccountInput(draft: NewAccountDraft): Partial<CreateAccountInput> {
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
