import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Cockpit, Task } from '../../../shared/ctas.ts';
import { api } from '../../lib/api.ts';

/** New CTAs arrive from the job worker within seconds: the cockpit asks again while it is open. */
const REFRESH_MS = 10_000;

export const cockpitKeys = { scope: (scope: 'me' | 'team') => ['cockpit', scope] as const };

export function useCockpit(scope: 'me' | 'team') {
  return useQuery({
    queryKey: cockpitKeys.scope(scope),
    queryFn: ({ signal }) => api.get<Cockpit>('/cockpit', { query: { scope }, signal }),
    refetchInterval: REFRESH_MS,
  });
}

export function useCompleteTask() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.patch<Task>(`/tasks/${id}`, { done: true }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['cockpit'] }),
  });
}
