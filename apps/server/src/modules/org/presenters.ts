import type { AuthUser } from '../../platform/auth';
import type { Court, User } from './service';

/** What leaves the server about courts and users: explicit whitelists, never a password hash. */
export function presentCourt(court: Court) {
  return { id: court.id, code: court.code, name: court.name, level: court.level, parentId: court.parentId };
}

export function presentUser({ user, court }: { user: User; court: Court }) {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: user.roles,
    active: user.active,
    court: { id: court.id, code: court.code, name: court.name },
  };
}

export function presentMe(user: AuthUser) {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: user.roles,
    court: { id: user.court.id, code: user.court.code, name: user.court.name, level: user.court.level },
  };
}
