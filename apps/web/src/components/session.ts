import { useCallback } from 'react';
import { useMe } from '../api/auth';
import type { Ability, Me } from '../api/types';

/** The session of a page under RequireAuth, which renders nothing until it is known. */
export function useSession(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useSession outside a signed-in route');
  return data;
}

export function useCan(): (ability: Ability) => boolean {
  const { abilities } = useSession();
  return useCallback((ability) => abilities.includes(ability), [abilities]);
}
