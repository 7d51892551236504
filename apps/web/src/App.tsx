import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp } from 'antd';
import { RouterProvider } from 'react-router-dom';
import { meKey } from './api/auth';
import { ApiError, NETWORK_STATUS } from './api/client';
import { I18nProvider } from './i18n/I18nProvider';
import { router } from './router';

/** A 401 anywhere means the session has ended: forget it, and RequireAuth sends the user to /login. */
function onApiError(error: Error) {
  if (error instanceof ApiError && error.status === 401) queryClient.setQueryData(meKey, null);
}

/** Client errors (4xx) will not change on a retry; network failures and 5xx may. */
function shouldRetry(failureCount: number, error: Error): boolean {
  if (error instanceof ApiError && error.status !== NETWORK_STATUS && error.status < 500) return false;
  return failureCount < 2;
}

const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onApiError }),
  mutationCache: new MutationCache({ onError: onApiError }),
  defaultOptions: {
    queries: { staleTime: 30_000, refetchOnWindowFocus: false, retry: shouldRetry },
    mutations: { retry: false },
  },
});

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <AntApp>
          <RouterProvider router={router} />
        </AntApp>
      </I18nProvider>
    </QueryClientProvider>
  );
}
