import { QueryClientProvider } from '@tanstack/react-query';
import { createMemoryHistory, createRootRoute, createRouter, RouterProvider } from '@tanstack/react-router';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createQueryClient } from '../lib/query-client.ts';
import { sessionQuery } from '../modules/auth/session.ts';
import { Toaster } from '../ui/toast.tsx';

/**
 * Renders `ui` as the app does: a real QueryClient (answered by the HTTP stub), a router (for links and
 * navigation) and the signed-in session, fetched through the stub first as the authenticated layout does.
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
