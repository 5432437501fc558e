import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { showToast } from '../ui/toast.tsx';
import { ApiError } from './api.ts';
import { describeError } from './errors.ts';

declare module '@tanstack/react-query' {
  interface Register {
    /** `toast: false` when the component shows the error itself (inline field errors, login form). */
    mutationMeta: { toast?: boolean };
    queryMeta: { toast?: boolean };
  }
}

// 401s are handled by redirecting to login, so they never toast.
const isUnauthorized = (error: unknown) => error instanceof ApiError && error.status === 401;

export function createQueryClient() {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (query.meta?.toast === false || isUnauthorized(error)) return;
        showToast(describeError(error));
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _vars, _ctx, mutation) => {
        if (mutation.meta?.toast === false || isUnauthorized(error)) return;
        showToast(describeError(error));
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (count, error) => error instanceof ApiError && error.status >= 500 && count < 2,
      },
    },
  });
}
