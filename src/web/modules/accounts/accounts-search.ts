import { z } from 'zod';
import { ACCOUNT_SORTS, type AccountSort } from '../../../shared/accounts.ts';

// The router parses search values as JSON, so "123" arrives as a number; text filters accept both.
const searchText = z.preprocess(
  (v) => (v === null || v === undefined || v === '' ? undefined : String(v)),
  z.string().optional(),
);
const amount = z.preprocess(
  (v) => (v === '' || v === null || v === undefined ? undefined : Number(v)),
  z.number().nonnegative().optional().catch(undefined),
);

/**
 * Filters and sort of the accounts list, as they live in the URL. Multi-value filters are
 * comma-separated, like the API's; ARR bounds are major units (what the person typed).
 */
export const accountsSearch = z.object({
  q: searchText,
  segment: searchText,
  tier: searchText,
  coverage_model: searchText,
  lifecycle_stage: searchText,
  owner_id: searchText,
  arr_min: amount,
  arr_max: amount,
  sort: z.enum(ACCOUNT_SORTS).optional().catch(undefined),
  order: z.enum(['asc', 'desc']).optional().catch(undefined),
});
export type AccountsSearch = z.infer<typeof accountsSearch>;

export const FILTER_KEYS = [
  'q',
  'segment',
  'tier',
  'coverage_model',
  'lifecycle_stage',
  'owner_id',
  'arr_min',
  'arr_max',
] as const;

export const DEFAULT_SORT: { sort: AccountSort; order: 'asc' | 'desc' } = { sort: 'name', order: 'asc' };

export function splitList(value: string | undefined): string[] {
  return value ? value.split(',').filter(Boolean) : [];
}

export function joinList(values: string[]): string | undefined {
  return values.length ? values.join(',') : undefined;
}

export function hasFilters(search: AccountsSearch): boolean {
  return FILTER_KEYS.some((key) => search[key] !== undefined);
}

/** The search without empty entries, in a stable key order, so two equal views compare equal. */
export function normalizeSearch(search: AccountsSearch): AccountsSearch {
  const out: Record<string, unknown> = {};
  for (const key of [...FILTER_KEYS, 'sort', 'order'] as const) {
    const value = search[key];
    if (value !== undefined) out[key] = value;
  }
  return out as AccountsSearch;
}

export function sameSearch(a: AccountsSearch, b: AccountsSearch): boolean {
  return JSON.stringify(normalizeSearch(a)) === JSON.stringify(normalizeSearch(b));
}

// ARR bounds are typed in major units; accounts store minor units. Filters assume a two-decimal
// currency, which holds for the common ones (USD, EUR, GBP); mixed-currency books compare raw amounts.
const ARR_FILTER_SCALE = 100;

/** Query string parameters for GET /api/accounts. */
export function toApiQuery(search: AccountsSearch) {
  return {
    q: search.q,
    segment: search.segment,
    tier: search.tier,
    coverage_model: search.coverage_model,
    lifecycle_stage: search.lifecycle_stage,
    owner_id: search.owner_id,
    arr_min: search.arr_min === undefined ? undefined : Math.round(search.arr_min * ARR_FILTER_SCALE),
    arr_max: search.arr_max === undefined ? undefined : Math.round(search.arr_max * ARR_FILTER_SCALE),
    sort: search.sort ?? DEFAULT_SORT.sort,
    order: search.order ?? DEFAULT_SORT.order,
  };
}
