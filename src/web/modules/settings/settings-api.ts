import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiKey, ApiKeyScope, AuditEntry } from '../../../shared/auth.ts';
import { api, type DataList } from '../../lib/api.ts';

const apiKeysKey = ['api-keys'] as const;

export function useApiKeys() {
  return useQuery({
    queryKey: apiKeysKey,
    queryFn: async () => (await api.get<DataList<ApiKey>>('/api-keys')).data,
  });
}

export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; scopes: ApiKeyScope[]; current_password: string }) =>
      api.post<ApiKey & { key: string }>('/api-keys', input),
    meta: { toast: false },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeysKey }),
  });
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api-keys/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeysKey }),
  });
}

const AUDIT_PAGE = 50;

export function useAuditLog(entityType: string | undefined) {
  return useInfiniteQuery({
    queryKey: ['audit-log', entityType ?? null],
    queryFn: ({ pageParam }) =>
      api.get<{ data: AuditEntry[]; next_cursor: string | null }>('/audit-log', {
        query: { entity_type: entityType, cursor: pageParam, limit: AUDIT_PAGE },
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next_cursor ?? undefined,
  });
}
