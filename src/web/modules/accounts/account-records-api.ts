import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Contact,
  Contract,
  CreateContactInput,
  CreateContractInput,
  TeamMember,
  TeamRole,
  UpdateContactInput,
  UpdateContractInput,
} from '../../../shared/accounts.ts';
import { api, type DataList, type ListPage } from '../../lib/api.ts';
import { accountKeys } from './accounts-api.ts';

// Contacts, team and contracts of one account. Each change also refreshes the account,
// whose header shows derived numbers (contact count).

const keys = {
  contacts: (accountId: string) => ['accounts', 'detail', accountId, 'contacts'] as const,
  team: (accountId: string) => ['accounts', 'detail', accountId, 'team'] as const,
  contracts: (accountId: string) => ['accounts', 'detail', accountId, 'contracts'] as const,
};

function useRefreshAccount(accountId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: accountKeys.detail(accountId) });
}

export function useContacts(accountId: string) {
  return useInfiniteQuery({
    queryKey: keys.contacts(accountId),
    queryFn: ({ pageParam }) =>
      api.get<ListPage<Contact>>(`/accounts/${accountId}/contacts`, {
        query: { limit: 100, cursor: pageParam },
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.next_cursor ?? undefined,
  });
}

export function useSaveContact(accountId: string) {
  const refresh = useRefreshAccount(accountId);
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: CreateContactInput | UpdateContactInput }) =>
      id
        ? api.patch<Contact>(`/contacts/${id}`, input)
        : api.post<Contact>(`/accounts/${accountId}/contacts`, input),
    meta: { toast: false },
    onSuccess: refresh,
  });
}

export function useDeleteContact(accountId: string) {
  const refresh = useRefreshAccount(accountId);
  return useMutation({ mutationFn: (id: string) => api.delete(`/contacts/${id}`), onSuccess: refresh });
}

export function useTeam(accountId: string) {
  return useQuery({
    queryKey: keys.team(accountId),
    queryFn: async () => (await api.get<DataList<TeamMember>>(`/accounts/${accountId}/team`)).data,
  });
}

export function useAddTeamMember(accountId: string) {
  const refresh = useRefreshAccount(accountId);
  return useMutation({
    mutationFn: (input: { user_id: string; role: TeamRole; is_primary: boolean }) =>
      api.post<TeamMember>(`/accounts/${accountId}/team`, input),
    meta: { toast: false },
    onSuccess: refresh,
  });
}

export function useUpdateTeamMember(accountId: string) {
  const refresh = useRefreshAccount(accountId);
  return useMutation({
    mutationFn: ({ id, change }: { id: string; change: { role?: TeamRole; is_primary?: true } }) =>
      api.patch<TeamMember>(`/accounts/${accountId}/team/${id}`, change),
    onSuccess: refresh,
  });
}

export function useRemoveTeamMember(accountId: string) {
  const refresh = useRefreshAccount(accountId);
  return useMutation({
    mutationFn: (id: string) => api.delete(`/accounts/${accountId}/team/${id}`),
    onSuccess: refresh,
  });
}

export function useContracts(accountId: string) {
  return useQuery({
    queryKey: keys.contracts(accountId),
    queryFn: async () => (await api.get<DataList<Contract>>(`/accounts/${accountId}/contracts`)).data,
  });
}

export function useSaveContract(accountId: string) {
  const refresh = useRefreshAccount(accountId);
  return useMutation({
    mutationFn: ({
      id,
      input,
    }: {
      id?: string;
      input: Partial<CreateContractInput> | UpdateContractInput;
    }) =>
      id
        ? api.patch<Contract>(`/contracts/${id}`, input)
        : api.post<Contract>(`/accounts/${accountId}/contracts`, input),
    meta: { toast: false },
    onSuccess: refresh,
  });
}

export function useDeleteContract(accountId: string) {
  const refresh = useRefreshAccount(accountId);
  return useMutation({ mutationFn: (id: string) => api.delete(`/contracts/${id}`), onSuccess: refresh });
}
