import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryHistory, createRootRoute, createRouter, RouterProvider } from '@tanstack/react-router';
import { type RenderOptions, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement, ReactNode } from 'react';
import { createQueryClient } from '../lib/query-client.ts';
import { sessionQuery } from '../modules/auth/session.ts';
import { Toaster } from '../ui/toast.tsx';

/**
 * Renders a page part as the app does: the app's QueryClient (answered by the HTTP stub), a router (for links
 * and navigation) and the signed-in session, fetched through the stub first as the authenticated layout does.
 */
export async function renderWithProviders(ui: ReactNode, { path = '/' } = {}) {
  const client = createQueryClient();
  await client.fetchQuery(sessionQuery);
  const rootRoute = createRootRoute({
    component: () => (
      <>
        {ui}
        <Toaster />
      </>
    ),
  });
  const router = createRouter({
    routeTree: rootRoute,
    history: createMemoryHistory({ initialEntries: [path] }),
  });
  const result = render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...result, client, router };
}

/** A query client for one kit test: no retries, so a failing query shows its error at once. */
export function createTestQueryClient() {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } },
  });
}

/** Renders a kit component inside a fresh QueryClientProvider, with no router or session. */
export function renderWithQueryClient(
  ui: ReactElement,
  { queryClient = createTestQueryClient(), ...options }: RenderOptions & { queryClient?: QueryClient } = {},
) {
  const user = userEvent.setup();
  const result = render(<QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>, options);
  return { ...result, queryClient, user };
}
