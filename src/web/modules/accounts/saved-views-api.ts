import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SavedView } from '../../../shared/accounts.ts';
import { api, type DataList } from '../../lib/api.ts';
import type { AccountsSearch } from './accounts-search.ts';

const savedViewsKey = ['saved-views'] as const;

export function useSavedViews() {
  return useQuery({
    queryKey: savedViewsKey,
    queryFn: async () => (await api.get<DataList<SavedView>>('/saved-views')).data,
    staleTime: 5 * 60_000,
  });
}

export function useCreateSavedView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; query: AccountsSearch }) =>
      api.post<SavedView>('/saved-views', input),
    meta: { toast: false },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: savedViewsKey }),
  });
}

export function useDeleteSavedView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/saved-views/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: savedViewsKey }),
  });
}
