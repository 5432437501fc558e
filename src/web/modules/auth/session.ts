import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Role, Session, User } from '../../../shared/auth.ts';
import { ApiError, api, setCsrfToken } from '../../lib/api.ts';

async function fetchSession(): Promise<Session | null> {
  try {
    const session = await api.probe<Session>('/auth/session');
    setCsrfToken(session.csrf_token);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

/** The signed-in user and CSRF token, or null when signed out. Fetched once per page load. */
export const sessionQuery = queryOptions({
  queryKey: ['session'] as const,
  queryFn: fetchSession,
  staleTime: Number.POSITIVE_INFINITY,
  retry: false,
});

/** The signed-in user. Only for components under the authenticated layout, which guarantees a session. */
export function useCurrentUser(): User {
  const { data } = useQuery(sessionQuery);
  if (!data) throw new Error('useCurrentUser outside an authenticated route');
  return data.user;
}

export type Permissions = {
  /** Create and change accounts, contacts, team, contracts and saved views. */
  canWrite: boolean;
  canDeleteAccounts: boolean;
  isAdmin: boolean;
  /** Rules are written by admins and CS managers (rules:manage). */
  canManageRules: boolean;
};

export function permissionsFor(role: Role): Permissions {
  return {
    canWrite: role !== 'viewer',
    canDeleteAccounts: role === 'admin' || role === 'cs_manager',
    isAdmin: role === 'admin',
    canManageRules: role === 'admin' || role === 'cs_manager',
  };
}

export function usePermissions(): Permissions {
  return permissionsFor(useCurrentUser().role);
}

/** Only same-site paths are followed after login, so a crafted link cannot send the user elsewhere. */
export function safeRedirect(target: string | undefined): string {
  if (!target?.startsWith('/') || target.startsWith('//') || target.startsWith('/login')) {
    // The home page, which sends each role where its day starts (the cockpit for CSMs).
    return '/';
  }
  return target;
}
