import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CohortsResponse,
  ExchangeRate,
  Forecast,
  GroupBy,
  Interval,
  Opportunity,
  RenewalHealthResponse,
  RetentionResponse,
  RevenueSettings,
  UpdateOpportunityInput,
  UpsertExchangeRateInput,
  WaterfallResponse,
} from '../../../shared/revenue.ts';
import { api, type DataList, toQueryString } from '../../lib/api.ts';

export type RevenueFilters = {
  from: string;
  to: string;
  interval: Interval;
  groupBy: GroupBy;
  segment?: string;
  tier?: string;
  coverage_model?: string;
  owner_id?: string;
};

export const revenueKeys = {
  all: ['revenue'] as const,
  retention: (f: RevenueFilters) => ['revenue', 'retention', f] as const,
  waterfall: (f: RevenueFilters) => ['revenue', 'waterfall', f] as const,
  cohorts: (f: RevenueFilters) => ['revenue', 'cohorts', f] as const,
  renewalHealth: (f: RevenueFilters) => ['revenue', 'renewal-health', f] as const,
  renewals: (q: Record<string, string | undefined>) => ['revenue', 'renewals', q] as const,
  forecast: (q: Record<string, string | undefined>) => ['revenue', 'forecast', q] as const,
  settings: ['revenue', 'settings'] as const,
  rates: ['revenue', 'rates'] as const,
};

const filterQuery = (f: RevenueFilters) => ({ ...f });

export function useRetention(f: RevenueFilters) {
  return useQuery({
    queryKey: revenueKeys.retention(f),
    queryFn: ({ signal }) =>
      api.get<RetentionResponse>('/metrics/retention', { query: filterQuery(f), signal }),
    placeholderData: keepPreviousData,
  });
}

/** The waterfall of all accounts in the filter (not split by group). */
export function useWaterfall(f: RevenueFilters) {
  const query = { ...filterQuery(f), groupBy: 'none' as const };
  return useQuery({
    queryKey: revenueKeys.waterfall(query),
    queryFn: ({ signal }) => api.get<WaterfallResponse>('/metrics/arr-waterfall', { query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useCohorts(f: RevenueFilters) {
  const { groupBy: _groupBy, interval: _interval, ...query } = f;
  return useQuery({
    queryKey: revenueKeys.cohorts(f),
    queryFn: ({ signal }) => api.get<CohortsResponse>('/metrics/cohorts', { query, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Health at renewal against the outcome, for the renewals closed in the filter's period. */
export function useRenewalHealth(f: RevenueFilters) {
  const { groupBy: _groupBy, interval: _interval, ...query } = f;
  return useQuery({
    queryKey: revenueKeys.renewalHealth(f),
    queryFn: ({ signal }) => api.get<RenewalHealthResponse>('/metrics/renewal-health', { query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useRenewals(query: Record<string, string | undefined>) {
  return useQuery({
    queryKey: revenueKeys.renewals(query),
    queryFn: async ({ signal }) =>
      (await api.get<DataList<Opportunity>>('/renewals', { query, signal })).data,
    placeholderData: keepPreviousData,
  });
}

export function useForecast(query: Record<string, string | undefined>) {
  return useQuery({
    queryKey: revenueKeys.forecast(query),
    queryFn: ({ signal }) => api.get<Forecast>('/renewals/forecast', { query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useUpdateOpportunity() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: UpdateOpportunityInput & { id: string }) =>
      api.patch<Opportunity>(`/renewals/${id}`, input),
    onSuccess: () => client.invalidateQueries({ queryKey: revenueKeys.all }),
  });
}

export function useRevenueSettings() {
  return useQuery({
    queryKey: revenueKeys.settings,
    queryFn: () => api.get<RevenueSettings>('/settings/revenue'),
  });
}

export function useSaveRevenueSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (settings: RevenueSettings) => api.put<RevenueSettings>('/settings/revenue', settings),
    onSuccess: () => client.invalidateQueries({ queryKey: revenueKeys.all }),
  });
}

export function useExchangeRates() {
  return useQuery({
    queryKey: revenueKeys.rates,
    queryFn: async () => (await api.get<DataList<ExchangeRate>>('/exchange-rates')).data,
  });
}

export function useSetExchangeRate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: UpsertExchangeRateInput) => api.put<ExchangeRate>('/exchange-rates', input),
    onSuccess: () => client.invalidateQueries({ queryKey: revenueKeys.all }),
  });
}

export function useDeleteExchangeRate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/exchange-rates/${id}`),
    onSuccess: () => client.invalidateQueries({ queryKey: revenueKeys.all }),
  });
}

/** The download address of a report: a plain GET, so the browser saves the server's attachment. */
export function exportUrl(report: string, format: 'csv' | 'xlsx', f: Partial<RevenueFilters>) {
  return `/api/metrics/export${toQueryString({ report, format, ...f })}`;
}
