import { Outlet } from 'react-router-dom';
import type { Ability } from '../api/types';
import { StatusResult } from './StatusResult';
import { useCan } from './session';

/** A route the user's abilities must grant; the server refuses anyway, this only explains why. */
export function Gate({ ability }: { ability: Ability }) {
  const can = useCan();
  return can(ability) ? <Outlet /> : <StatusResult status={403} />;
}
