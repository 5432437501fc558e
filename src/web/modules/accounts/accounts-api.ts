import {
  infiniteQueryOptions,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type {
  Account,
  AccountFacets,
  CreateAccountInput,
  UpdateAccountInput,
} from '../../../shared/accounts.ts';
import { api, type ListPage } from '../../lib/api.ts';
import { type AccountsSearch, toApiQuery } from './accounts-search.ts';

export const PAGE_SIZE = 150;

export const accountKeys = {
  all: ['accounts'] as const,
  list: (search: AccountsSearch) => ['accounts', 'list', toApiQuery(search)] as const,
  search: (q: string, limit: number) => ['accounts', 'search', q, limit] as const,
  detail: (id: string) => ['accounts', 'detail', id] as const,
  facets: ['accounts', 'facets'] as const,
};

export function accountListQuery(search: AccountsSearch) {
  return infiniteQueryOptions({
    queryKey: accountKeys.list(search),
    queryFn: ({ pageParam, signal }) =>
      api.get<ListPage<Account>>('/accounts', {
        query: { ...toApiQuery(search), limit: PAGE_SIZE, cursor: pageParam },
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next_cursor ?? undefined,
  });
}

/** A few accounts matching `q`, for pickers and the global search. */
export function useAccountSearch(q: string, limit = 8, enabled = true) {
  return useQuery({
    queryKey: accountKeys.search(q, limit),
    queryFn: ({ signal }) =>
      api.get<ListPage<Account>>('/accounts', { query: { q: q || undefined, limit, sort: 'name' }, signal }),
    enabled,
    staleTime: 15_000,
    placeholderData: (previous) => previous,
  });
}

export const accountQuery = (id: string) =>
  queryOptions({
    queryKey: accountKeys.detail(id),
    queryFn: () => api.get<Account>(`/accounts/${id}`),
    meta: { toast: false },
  });

export function useFacets() {
  return useQuery({
    queryKey: accountKeys.facets,
    queryFn: () => api.get<AccountFacets>('/accounts/facets'),
    staleTime: 5 * 60_000,
  });
}

export function useCreateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Partial<CreateAccountInput>) => api.post<Account>('/accounts', input),
    meta: { toast: false },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.all }),
  });
}

type AccountChange = {
  patch: UpdateAccountInput;
  /** Display fields the server derives (owner_name, parent_name), shown before it answers. */
  display?: Partial<Account>;
};

/** PATCH with the change shown at once; rolled back if the server refuses it. */
export function useUpdateAccount(id: string) {
  const queryClient = useQueryClient();
  const key = accountKeys.detail(id);
  return useMutation({
    mutationFn: ({ patch }: AccountChange) => api.patch<Account>(`/accounts/${id}`, patch),
    meta: { toast: false },
    onMutate: async ({ patch, display }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<Account>(key);
      if (previous) queryClient.setQueryData<Account>(key, { ...previous, ...patch, ...display } as Account);
      return { previous };
    },
    onError: (_error, _change, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSuccess: (account) => queryClient.setQueryData(key, account),
    onSettled: () => queryClient.invalidateQueries({ queryKey: accountKeys.all }),
  });
}

export function useDeleteAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/accounts/${id}`),
    onSuccess: (_v, id) => {
      queryClient.removeQueries({ queryKey: accountKeys.detail(id) });
      void queryClient.invalidateQueries({ queryKey: accountKeys.all });
    },
  });
}
