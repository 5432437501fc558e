import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Locale, Role, User } from '../../../shared/auth.ts';
import { api, type DataList } from '../../lib/api.ts';

export const usersQuery = queryOptions({
  queryKey: ['users'] as const,
  queryFn: async () => (await api.get<DataList<User>>('/users')).data,
  staleTime: 60_000,
});

export function useUsers() {
  return useQuery(usersQuery);
}

/** Users by id, for showing names next to ids. */
export function useUserNames(): Map<string, User> {
  const { data } = useUsers();
  return new Map((data ?? []).map((u) => [u.id, u]));
}

export type NewUser = {
  email: string;
  name: string;
  role: Role;
  locale: Locale;
  password: string;
  /** The admin's own password: needed to create another admin. */
  current_password?: string;
};

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewUser) => api.post<User>('/users', input),
    meta: { toast: false },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQuery.queryKey }),
  });
}

export type UserChange = Partial<{
  name: string;
  role: Role;
  locale: Locale;
  active: boolean;
  password: string;
  /** The admin's own password: needed to make someone admin. */
  current_password: string;
}>;

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, change }: { id: string; change: UserChange }) =>
      api.patch<User>(`/users/${id}`, change),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQuery.queryKey }),
  });
}
