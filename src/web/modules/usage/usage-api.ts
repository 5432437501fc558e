import { infiniteQueryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AccountEventsPage,
  AccountUsage,
  IngestDebugger,
  UsageSettings,
} from '../../../shared/usage.ts';
import { api } from '../../lib/api.ts';

const EVENTS_PAGE = 25;
/** How often the ingest debugger asks again while it is open. */
const DEBUGGER_REFRESH_MS = 5_000;

export const usageKeys = {
  account: (id: string, days: number) => ['usage', 'account', id, days] as const,
  events: (id: string, event: string) => ['usage', 'events', id, event] as const,
  settings: ['usage', 'settings'] as const,
  debugger: ['usage', 'debugger'] as const,
};

export function useAccountUsage(accountId: string, days = 90) {
  return useQuery({
    queryKey: usageKeys.account(accountId, days),
    queryFn: ({ signal }) =>
      api.get<AccountUsage>(`/accounts/${accountId}/usage`, { query: { days }, signal }),
    meta: { toast: false },
  });
}

/** Raw events of an account, newest first; `event` narrows to one event name (exact). */
export function accountEventsQuery(accountId: string, event: string) {
  return infiniteQueryOptions({
    queryKey: usageKeys.events(accountId, event),
    queryFn: ({ pageParam, signal }) =>
      api.get<AccountEventsPage>(`/accounts/${accountId}/events`, {
        query: { event, cursor: pageParam, limit: EVENTS_PAGE },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next_cursor ?? undefined,
    meta: { toast: false },
  });
}

export function useUsageSettings() {
  return useQuery({
    queryKey: usageKeys.settings,
    queryFn: () => api.get<UsageSettings>('/settings/usage'),
    meta: { toast: false },
  });
}

export function useSaveUsageSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: UsageSettings) => api.put<UsageSettings>('/settings/usage', settings),
    onSuccess: (saved) => {
      queryClient.setQueryData(usageKeys.settings, saved);
      // Adoption on every account's usage tab is measured against the key features.
      void queryClient.invalidateQueries({ queryKey: ['usage', 'account'] });
    },
  });
}

export function useIngestDebugger() {
  return useQuery({
    queryKey: usageKeys.debugger,
    queryFn: ({ signal }) => api.get<IngestDebugger>('/ingest/debugger', { signal }),
    refetchInterval: DEBUGGER_REFRESH_MS,
    meta: { toast: false },
  });
}
