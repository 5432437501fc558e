import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import type { Locale, LoginInput, Session, User } from '../../../shared/auth.ts';
import { applyLocale } from '../../i18n/index.ts';
import { api, setCsrfToken } from '../../lib/api.ts';
import { sessionQuery } from './session.ts';

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LoginInput) => api.post<Session>('/auth/login', input),
    meta: { toast: false },
    onSuccess: (session) => {
      setCsrfToken(session.csrf_token);
      queryClient.setQueryData(sessionQuery.queryKey, session);
      applyLocale(session.user.locale);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => api.post<void>('/auth/logout'),
    onSettled: async () => {
      setCsrfToken(null);
      queryClient.clear();
      queryClient.setQueryData(sessionQuery.queryKey, null);
      await navigate({ to: '/login', search: {} });
    },
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (input: { current_password: string; new_password: string }) =>
      api.post<void>('/auth/password', input),
    meta: { toast: false },
  });
}

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { name?: string; locale?: Locale }) => api.patch<User>('/auth/me', input),
    onSuccess: (user) => {
      queryClient.setQueryData(sessionQuery.queryKey, (session) =>
        session ? { ...session, user } : session,
      );
      void queryClient.invalidateQueries({ queryKey: ['users'] });
    },
  });
}

/** Switches language at once; when signed in, also saves it on the user so other devices follow. */
export function useChangeLocale() {
  const queryClient = useQueryClient();
  const updateMe = useUpdateMe();
  return (locale: Locale) => {
    applyLocale(locale);
    const session = queryClient.getQueryData(sessionQuery.queryKey);
    if (session && session.user.locale !== locale) updateMe.mutate({ locale });
  };
}
