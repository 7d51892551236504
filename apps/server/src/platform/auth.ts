import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Role } from './policy';

/** The signed-in user as every route sees it. */
export interface AuthUser {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  court: { id: string; code: string; name: string; level: string; path: string };
  sessionId: string;
  csrfToken: string;
}

export type Authenticator = (sessionToken: string) => Promise<AuthUser | null>;

export const SESSION_COOKIE = 'zx_session';
export const CSRF_HEADER = 'x-csrf-token';

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** Session tokens are stored hashed: a stolen table does not let anyone sign in. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * How a route is guarded. `public`: anyone; `authenticated`: any signed-in user; otherwise the
 * name of the action the user's roles must grant.
 */
export type RoutePolicy = 'public' | 'authenticated' | { action: string };
