import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AccountHealth,
  csmSentiment,
  DistributionRow,
  HealthAlert,
  HealthHeatmap,
  HealthMover,
  HealthPoint,
  HealthRun,
  LatestHealthRun,
  PortfolioGroup,
  PreviewResult,
  SavedScorecard,
  Scorecard,
  ScorecardInput,
  supportTicket,
  surveyResponse,
} from '../../../shared/health.ts';
import { api, type DataList } from '../../lib/api.ts';

export type SurveyResponse = z.infer<typeof surveyResponse>;
export type SupportTicket = z.infer<typeof supportTicket>;
export type CsmSentiment = z.infer<typeof csmSentiment>;
export type { DistributionRow, PortfolioGroup };
export type Mover = HealthMover;
export type Heatmap = HealthHeatmap;

/** While a full recompute runs, its progress is asked for this often. */
const RUN_POLL_MS = 700;

export const healthKeys = {
  all: ['health'] as const,
  account: (id: string) => ['health', 'account', id] as const,
  history: (id: string, from?: string, to?: string) => ['health', 'history', id, from, to] as const,
  alerts: (accountId?: string) => ['health', 'alerts', accountId ?? 'all'] as const,
  surveys: (id: string) => ['health', 'surveys', id] as const,
  tickets: (id: string) => ['health', 'tickets', id] as const,
  sentiments: (id: string) => ['health', 'sentiments', id] as const,
  scorecards: ['health', 'scorecards'] as const,
  scorecard: (id: string) => ['health', 'scorecards', id] as const,
  run: (id: string) => ['health', 'run', id] as const,
  distribution: (by: PortfolioGroup) => ['health', 'distribution', by] as const,
  movers: (days: number) => ['health', 'movers', days] as const,
  heatmap: (scorecardId?: string) => ['health', 'heatmap', scorecardId ?? 'default'] as const,
};

const quiet = { meta: { toast: false } };

export function useAccountHealth(accountId: string) {
  return useQuery({
    queryKey: healthKeys.account(accountId),
    queryFn: ({ signal }) => api.get<AccountHealth>(`/accounts/${accountId}/health`, { signal }),
    ...quiet,
  });
}

export function useHealthHistory(accountId: string, from?: string, to?: string) {
  return useQuery({
    queryKey: healthKeys.history(accountId, from, to),
    queryFn: ({ signal }) =>
      api.get<DataList<HealthPoint>>(`/accounts/${accountId}/health/history`, {
        query: { from, to },
        signal,
      }),
    select: (d) => d.data,
    ...quiet,
  });
}

export function useHealthAlerts(accountId?: string) {
  return useQuery({
    queryKey: healthKeys.alerts(accountId),
    queryFn: ({ signal }) =>
      api.get<DataList<HealthAlert>>('/health/alerts', {
        query: { account_id: accountId, open: true, limit: 100 },
        signal,
      }),
    select: (d) => d.data,
    ...quiet,
  });
}

export function useAcknowledgeAlert() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<void>(`/health/alerts/${id}/acknowledge`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['health', 'alerts'] }),
  });
}

/** After a signal is recorded the worker rescores the account within seconds; ask again a little later. */
function refreshHealthSoon(queryClient: ReturnType<typeof useQueryClient>, accountId: string) {
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: healthKeys.account(accountId) });
    void queryClient.invalidateQueries({ queryKey: ['health', 'history', accountId] });
    void queryClient.invalidateQueries({ queryKey: ['accounts', 'detail', accountId] });
  };
  setTimeout(refresh, 1500);
  setTimeout(refresh, 4000);
}

function signalHooks<T, I>(
  path: 'survey-responses' | 'tickets' | 'sentiments',
  key: (id: string) => readonly unknown[],
) {
  return {
    useList: (accountId: string) =>
      useQuery({
        queryKey: key(accountId),
        queryFn: ({ signal }) => api.get<DataList<T>>(`/accounts/${accountId}/${path}`, { signal }),
        select: (d) => d.data,
        ...quiet,
      }),
    useCreate: (accountId: string) => {
      const queryClient = useQueryClient();
      return useMutation({
        mutationFn: (input: I) => api.post<T>(`/accounts/${accountId}/${path}`, input),
        onSuccess: () => {
          void queryClient.invalidateQueries({ queryKey: key(accountId) });
          refreshHealthSoon(queryClient, accountId);
        },
      });
    },
  };
}

export const surveys = signalHooks<
  SurveyResponse,
  { kind: 'nps' | 'csat'; score: number; comment: string | null }
>('survey-responses', healthKeys.surveys);
export const tickets = signalHooks<
  SupportTicket,
  { subject: string; priority: SupportTicket['priority']; escalated: boolean }
>('tickets', healthKeys.tickets);
export const sentiments = signalHooks<
  CsmSentiment,
  { sentiment: CsmSentiment['sentiment']; comment: string; expires_at: string | null }
>('sentiments', healthKeys.sentiments);

export function useUpdateTicket(accountId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...patch }: { id: string } & Partial<Pick<SupportTicket, 'status' | 'escalated'>>) =>
      api.patch<SupportTicket>(`/tickets/${id}`, patch),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: healthKeys.tickets(accountId) });
      refreshHealthSoon(queryClient, accountId);
    },
  });
}

export function useScorecards() {
  return useQuery({
    queryKey: healthKeys.scorecards,
    queryFn: ({ signal }) => api.get<DataList<Scorecard>>('/scorecards', { signal }),
    select: (d) => d.data,
    ...quiet,
  });
}

export function useScorecard(id: string | null) {
  return useQuery({
    queryKey: healthKeys.scorecard(id ?? 'new'),
    queryFn: ({ signal }) => api.get<Scorecard>(`/scorecards/${id}`, { signal }),
    enabled: id !== null,
    ...quiet,
  });
}

export function useSaveScorecard(id: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (doc: ScorecardInput) =>
      id ? api.put<SavedScorecard>(`/scorecards/${id}`, doc) : api.post<SavedScorecard>('/scorecards', doc),
    meta: { toast: false },
    onSuccess: (saved) => {
      queryClient.setQueryData(healthKeys.scorecard(saved.scorecard.id), saved.scorecard);
      void queryClient.invalidateQueries({ queryKey: healthKeys.scorecards });
    },
  });
}

export function useDeleteScorecard() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/scorecards/${id}`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: healthKeys.scorecards }),
  });
}

/** The draft scored against every account it would cover; nothing is saved. */
export function usePreview(id: string | null, draft: ScorecardInput | null) {
  return useQuery<PreviewResult>({
    queryKey: ['health', 'preview', id, draft],
    queryFn: ({ signal }) =>
      api.post<PreviewResult>(id ? `/scorecards/${id}/preview` : '/scorecards/preview', draft).then((r) => {
        signal.throwIfAborted();
        return r;
      }),
    enabled: draft !== null,
    placeholderData: keepPreviousData,
    retry: false,
    ...quiet,
  });
}

/** A full recompute, asked for again until it has finished. */
export function useHealthRun(id: string | null) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: healthKeys.run(id ?? 'none'),
    queryFn: async ({ signal }) => {
      const run = await api.get<HealthRun>(`/health/runs/${id}`, { signal });
      if (run.status === 'done') void queryClient.invalidateQueries({ queryKey: ['accounts'] });
      return run;
    },
    enabled: id !== null,
    refetchInterval: (q) =>
      q.state.data && (q.state.data.status === 'done' || q.state.data.status === 'failed')
        ? false
        : RUN_POLL_MS,
    ...quiet,
  });
}

export function useLatestRun() {
  return useQuery({
    queryKey: ['health', 'run', 'latest'],
    queryFn: ({ signal }) => api.get<LatestHealthRun>('/health/runs/latest', { signal }),
    select: (d) => d.run,
    ...quiet,
  });
}

export function useRecompute() {
  return useMutation({ mutationFn: () => api.post<HealthRun>('/health/recompute') });
}

export function useDistribution(by: PortfolioGroup) {
  return useQuery({
    queryKey: healthKeys.distribution(by),
    queryFn: ({ signal }) =>
      api.get<DataList<DistributionRow>>('/health/distribution', { query: { group_by: by }, signal }),
    select: (d) => d.data,
    placeholderData: keepPreviousData,
    ...quiet,
  });
}

export function useMovers(days = 7) {
  return useQuery({
    queryKey: healthKeys.movers(days),
    queryFn: ({ signal }) =>
      api.get<DataList<Mover>>('/health/movers', { query: { days, limit: 15 }, signal }),
    select: (d) => d.data,
    ...quiet,
  });
}

export function useHeatmap(scorecardId?: string) {
  return useQuery({
    queryKey: healthKeys.heatmap(scorecardId),
    queryFn: ({ signal }) =>
      api.get<Heatmap>('/health/heatmap', { query: { scorecard_id: scorecardId, limit: 40 }, signal }),
    placeholderData: keepPreviousData,
    ...quiet,
  });
}
