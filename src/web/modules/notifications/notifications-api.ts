import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Channel,
  CreateChannelInput,
  CreatedChannel,
  Delivery,
  Preferences,
  SmtpSettings,
  SmtpSettingsInput,
  TestResult,
  UpdateChannelInput,
} from '../../../shared/notifications.ts';
import type { FailedJob } from '../../../shared/rules.ts';
import { api, type DataList } from '../../lib/api.ts';

const channelsKey = ['notifications', 'channels'] as const;

export function useChannels(enabled = true) {
  return useQuery({
    queryKey: channelsKey,
    queryFn: async () => (await api.get<DataList<Channel>>('/notifications/channels')).data,
    enabled,
    meta: { toast: false },
  });
}

export function useCreateChannel() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateChannelInput) => api.post<CreatedChannel>('/notifications/channels', input),
    meta: { toast: false },
    onSuccess: () => client.invalidateQueries({ queryKey: channelsKey }),
  });
}

export function useUpdateChannel() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: UpdateChannelInput & { id: string }) =>
      api.patch<Channel>(`/notifications/channels/${id}`, input),
    onSuccess: () => client.invalidateQueries({ queryKey: channelsKey }),
  });
}

export function useDeleteChannel() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/notifications/channels/${id}`),
    onSuccess: () => client.invalidateQueries({ queryKey: channelsKey }),
  });
}

export function useTestChannel() {
  return useMutation({
    mutationFn: (id: string) => api.post<TestResult>(`/notifications/channels/${id}/test`),
  });
}

const smtpKey = ['notifications', 'smtp'] as const;

export function useSmtpSettings() {
  return useQuery({
    queryKey: smtpKey,
    queryFn: () => api.get<SmtpSettings | null>('/notifications/smtp'),
  });
}

export function useSaveSmtp() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SmtpSettingsInput) => api.put<SmtpSettings>('/notifications/smtp', input),
    meta: { toast: false },
    onSuccess: (saved) => client.setQueryData(smtpKey, saved),
  });
}

export function useTestSmtp() {
  return useMutation({
    mutationFn: (to: string) => api.post<TestResult>('/notifications/smtp/test', { to }),
    meta: { toast: false },
  });
}

/** The log refreshes while it is open: deliveries move from pending to sent or failed within seconds. */
export function useDeliveries(status: Delivery['status'] | undefined) {
  return useQuery({
    queryKey: ['notifications', 'deliveries', status ?? null],
    queryFn: async () =>
      (await api.get<DataList<Delivery>>('/notifications/deliveries', { query: { status, limit: 200 } }))
        .data,
    refetchInterval: 5_000,
  });
}

export function useRetryDelivery() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post(`/notifications/deliveries/${id}/retry`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['notifications', 'deliveries'] }),
  });
}

const jobsKey = ['jobs', 'failed'] as const;

export function useFailedJobs() {
  return useQuery({
    queryKey: jobsKey,
    queryFn: async () => (await api.get<DataList<FailedJob>>('/jobs/failed')).data,
  });
}

export function useRetryJob() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post(`/jobs/${id}/retry`),
    onSuccess: () => client.invalidateQueries({ queryKey: jobsKey }),
  });
}

const prefsKey = ['notifications', 'preferences'] as const;

export function usePreferences() {
  return useQuery({
    queryKey: prefsKey,
    queryFn: () => api.get<Preferences>('/notifications/preferences'),
  });
}

export function useSavePreferences() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Partial<Preferences>) => api.put<Preferences>('/notifications/preferences', input),
    onSuccess: (saved) => client.setQueryData(prefsKey, saved),
  });
}
