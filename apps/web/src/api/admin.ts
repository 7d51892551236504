import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { auditKey } from './audit';
import { http, send } from './http';
import type { Role, User } from './types';

const adminKey = ['admin'] as const;

/** Courts and users show each other's names, and every change is audited: refresh all three. */
function refreshAfterChange(queryClient: QueryClient) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: adminKey }),
    queryClient.invalidateQueries({ queryKey: auditKey }),
  ]);
}

export function useCourts() {
  return useQuery({
    queryKey: [...adminKey, 'courts'],
    queryFn: () => send(http.GET('/api/admin/courts')),
    select: (data) => data.items,
  });
}

export interface NewCourt {
  code: string;
  name: string;
  parentId: string | null;
}

export function useCreateCourt() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (court: NewCourt) => send(http.POST('/api/admin/courts', { body: court })),
    onSuccess: () => refreshAfterChange(queryClient),
  });
}

export function useRenameCourt() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, name }: { id: string; name: string }) =>
      send(http.PATCH('/api/admin/courts/{id}', { params: { path: { id } }, body: { name } })),
    onSuccess: () => refreshAfterChange(queryClient),
  });
}

export function useUsers() {
  return useQuery({
    queryKey: [...adminKey, 'users'],
    queryFn: () => send(http.GET('/api/admin/users')),
    // The server sends only known roles (its schema says string).
    select: (data) => data.items as User[],
  });
}

export interface NewUser {
  username: string;
  displayName: string;
  password: string;
  courtId: string;
  roles: Role[];
}

export interface UserChange {
  displayName?: string;
  roles?: Role[];
  active?: boolean;
  password?: string;
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (user: NewUser) => send(http.POST('/api/admin/users', { body: user })),
    onSuccess: () => refreshAfterChange(queryClient),
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, change }: { id: string; change: UserChange }) =>
      send(http.PATCH('/api/admin/users/{id}', { params: { path: { id } }, body: change })),
    onSuccess: () => refreshAfterChange(queryClient),
  });
}
