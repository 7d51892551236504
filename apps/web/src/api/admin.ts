import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { auditKey } from './audit';
import { api } from './client';
import type { Court, Role, User } from './types';

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
    queryFn: () => api.get<{ items: Court[] }>('/api/admin/courts'),
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
    mutationFn: (court: NewCourt) => api.post<Court>('/api/admin/courts', court),
    onSuccess: () => refreshAfterChange(queryClient),
  });
}

export function useRenameCourt() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, name }: { id: string; name: string }) =>
      api.patch<Court>(`/api/admin/courts/${id}`, { name }),
    onSuccess: () => refreshAfterChange(queryClient),
  });
}

export function useUsers() {
  return useQuery({
    queryKey: [...adminKey, 'users'],
    queryFn: () => api.get<{ items: User[] }>('/api/admin/users'),
    select: (data) => data.items,
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
    mutationFn: (user: NewUser) => api.post<User>('/api/admin/users', user),
    onSuccess: () => refreshAfterChange(queryClient),
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, change }: { id: string; change: UserChange }) =>
      api.patch<User>(`/api/admin/users/${id}`, change),
    onSuccess: () => refreshAfterChange(queryClient),
  });
}
