import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n/index.ts';
import { setUnauthorizedHandler } from './lib/api.ts';
import { createQueryClient } from './lib/query-client.ts';
import { sessionQuery } from './modules/auth/session.ts';
import { createAppRouter } from './router.tsx';
import { Toaster } from './ui/toast.tsx';
import './styles.css';

const queryClient = createQueryClient();
const router = createAppRouter(queryClient);

// A 401 from any request means the session ended: forget it and ask for login, then come back here.
setUnauthorizedHandler(() => {
  queryClient.setQueryData(sessionQuery.queryKey, null);
  const { pathname, href } = router.state.location;
  if (pathname !== '/login') void router.navigate({ to: '/login', search: { redirect: href } });
});

const root = document.getElementById('root');
if (!root) throw new Error('missing #root');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
      <Toaster />
    </QueryClientProvider>
  </StrictMode>,
);
