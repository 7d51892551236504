import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { setCsrfToken } from './client';
import { http, send } from './http';
import type { Me } from './types';

export const meKey = ['auth', 'me'] as const;

/**
 * The signed-in user, or null when there is no session. Asked of /api/auth/session, which answers 200
 * either way: a signed-out page logs no failed request (/api/auth/me answers 401 there).
 */
export async function fetchMe(): Promise<Me | null> {
  const session = await send(http.GET('/api/auth/session'));
  if (!session.signedIn) {
    setCsrfToken(null);
    return null;
  }
  const { signedIn: _, ...me } = session;
  setCsrfToken(me.csrfToken);
  // The server sends only the roles and court levels the web knows (its schema says string).
  return me as Me;
}

export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 5 * 60_000 });
}

export interface Credentials {
  username: string;
  password: string;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (credentials: Credentials) => {
      const result = await send(http.POST('/api/auth/login', { body: credentials }));
      setCsrfToken(result.csrfToken);
      // Login answers without abilities, so the session is read back from /me before routing.
      const me = await queryClient.fetchQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 0 });
      if (!me) throw new Error('signed in, but the session cookie was not kept');
      return me;
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => send(http.POST('/api/auth/logout')),
    onSettled: () => {
      setCsrfToken(null);
      queryClient.clear();
      queryClient.setQueryData(meKey, null);
    },
  });
}
