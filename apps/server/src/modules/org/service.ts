import { hash, verify } from '@node-rs/argon2';
import { and, arrayContains, asc, eq, gt, like } from 'drizzle-orm';
import { type AuthUser, hashToken, randomToken } from '../../platform/auth';
import type { Clock } from '../../platform/clock';
import type { Database, Db } from '../../platform/db';
import { AppError, invalid, notFound } from '../../platform/errors';
import type { Text } from '../../platform/i18n';
import { RECORDS } from '../../platform/messages';
import type { Role } from '../../platform/policy';
import { publishEvent, SESSION_ENDED, sessionTopic } from '../../platform/realtime';
import type { Actor, AuditService } from '../audit/service';
import {
  BackoffThrottle,
  childPath,
  courtLevelOf,
  courtPlacementError,
  FailureThrottle,
  SESSION_HOURS,
} from './rules';
import { courts, sessions, users } from './schema';

export type Court = typeof courts.$inferSelect;
export type User = typeof users.$inferSelect;

export interface NewCourt {
  code: string;
  name: string;
  parentId: string | null;
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

/** Passwords are hashed with argon2id, @node-rs/argon2's default algorithm. */
/** Compared against when the user does not exist, so a wrong name takes as long as a wrong password. */
const DUMMY_HASH = hash('zhixing-no-such-user');

/** Courts and users: the org module's use cases. Each change is one transaction with its audit entry. */
export class OrgService {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  listCourts(scopePath: string): Promise<Court[]> {
    return this.database.db
      .select()
      .from(courts)
      .where(like(courts.path, `${scopePath}%`))
      .orderBy(asc(courts.code));
  }

  /** A court in the viewer's scope, or "not found" (never revealing that it exists elsewhere). */
  async courtInScope(db: Db, id: string, scopePath: string): Promise<Court> {
    const [court] = await db
      .select()
      .from(courts)
      .where(and(eq(courts.id, id), like(courts.path, `${scopePath}%`)));
    if (!court) throw notFound(RECORDS.court);
    return court;
  }

  createCourt(actor: Actor, scopePath: string, input: NewCourt): Promise<Court> {
    return this.database.transaction(async (tx) => {
      const parent = input.parentId ? await this.courtInScope(tx.db, input.parentId, scopePath) : null;
      const placement = courtPlacementError(input.code, parent?.code ?? null);
      if (placement) throw invalid(parent ? 'code' : 'parentId', placement);
      const [clash] = await tx.db.select({ id: courts.id }).from(courts).where(eq(courts.code, input.code));
      if (clash)
        throw new AppError(
          'conflict',
          { zh: `法院代字${input.code}已被使用`, en: `Court code ${input.code} is taken` },
          { errors: [{ path: 'code', message: TAKEN }] },
        );
      const id = crypto.randomUUID();
      const [court] = await tx.db
        .insert(courts)
        .values({
          id,
          code: input.code,
          name: input.name,
          level: courtLevelOf(input.code) ?? 'basic',
          parentId: parent?.id ?? null,
          path: childPath(parent?.path ?? null, id),
          createdAt: this.clock.now(),
        })
        .returning();
      if (!court) throw new Error('insert returned no court');
      await this.audit.append(tx, {
        actor,
        courtId: court.id,
        action: 'court.create',
        subject: `court:${court.id}`,
        after: court,
      });
      return court;
    });
  }

  renameCourt(actor: Actor, scopePath: string, id: string, name: string): Promise<Court> {
    return this.database.transaction(async (tx) => {
      const before = await this.courtInScope(tx.db, id, scopePath);
      const [after] = await tx.db.update(courts).set({ name }).where(eq(courts.id, id)).returning();
      await this.audit.append(tx, {
        actor,
        courtId: id,
        action: 'court.rename',
        subject: `court:${id}`,
        before,
        after,
      });
      return after ?? before;
    });
  }

  listUsers(scopePath: string) {
    return this.database.db
      .select({ user: users, court: courts })
      .from(users)
      .innerJoin(courts, eq(courts.id, users.courtId))
      .where(like(courts.path, `${scopePath}%`))
      .orderBy(asc(courts.code), asc(users.username));
  }

  /** The active officers of one court: whom a head may assign a case to. */
  officersOf(courtId: string) {
    return this.database.db
      .select({ id: users.id, username: users.username, displayName: users.displayName })
      .from(users)
      .where(and(eq(users.courtId, courtId), eq(users.active, true), arrayContains(users.roles, ['officer'])))
      .orderBy(asc(users.displayName));
  }

  async createUser(actor: Actor, scopePath: string, input: NewUser): Promise<{ user: User; court: Court }> {
    const passwordHash = await hash(input.password);
    return this.database.transaction(async (tx) => {
      const court = await this.courtInScope(tx.db, input.courtId, scopePath).catch(() => {
        throw invalid('courtId', { zh: '您的管辖范围内没有该法院', en: 'no such court in your scope' });
      });
      const [clash] = await tx.db
        .select({ id: users.id })
        .from(users)
        .where(eq(users.username, input.username));
      if (clash)
        throw new AppError(
          'conflict',
          { zh: `用户名${input.username}已被使用`, en: `User name ${input.username} is taken` },
          { errors: [{ path: 'username', message: TAKEN }] },
        );
      const [user] = await tx.db
        .insert(users)
        .values({ ...input, passwordHash, createdAt: this.clock.now() })
        .returning();
      if (!user) throw new Error('insert returned no user');
      await this.audit.append(tx, {
        actor,
        courtId: court.id,
        action: 'user.create',
        subject: `user:${user.id}`,
        after: withoutSecret(user),
      });
      return { user, court };
    });
  }

  async updateUser(
    actor: Actor,
    scopePath: string,
    id: string,
    change: UserChange,
  ): Promise<{ user: User; court: Court }> {
    const { password, ...fields } = change;
    const passwordHash = password === undefined ? undefined : await hash(password);
    return this.database.transaction(async (tx) => {
      const [found] = await tx.db
        .select({ user: users, court: courts })
        .from(users)
        .innerJoin(courts, eq(courts.id, users.courtId))
        .where(and(eq(users.id, id), like(courts.path, `${scopePath}%`)));
      if (!found) throw notFound(RECORDS.user);
      const [user] = await tx.db
        .update(users)
        .set({ ...fields, ...(passwordHash ? { passwordHash } : {}) })
        .where(eq(users.id, id))
        .returning();
      if (!user) throw notFound(RECORDS.user);
      // A changed password or a deactivated account ends the user's sessions.
      if (passwordHash || change.active === false) {
        const ended = await tx.db
          .delete(sessions)
          .where(eq(sessions.userId, id))
          .returning({ id: sessions.id });
        await publishEvent(
          tx,
          SESSION_ENDED,
          ended.map((session) => sessionTopic(session.id)),
        );
      }
      await this.audit.append(tx, {
        actor,
        courtId: found.court.id,
        action: passwordHash ? 'user.update_with_password' : 'user.update',
        subject: `user:${id}`,
        before: withoutSecret(found.user),
        after: withoutSecret(user),
      });
      return { user, court: found.court };
    });
  }
}

function withoutSecret(user: User): Omit<User, 'passwordHash'> {
  const { passwordHash: _secret, ...rest } = user;
  return rest;
}

/** Sign-in, sessions and the throttling of failed attempts. */
export class AuthService {
  /**
   * Failed sign-ins slow down the address and user name they came from together (never the account
   * for everyone: anyone could lock a known user out); an address trying many names is capped at a
   * hundred failures a quarter of an hour. The address is the client's own unless TRUST_PROXY names
   * the proxy in front.
   */
  private readonly byAddressAndUser = new BackoffThrottle({
    free: 5,
    baseMs: 1000,
    maxMs: 15 * 60_000,
    forgetMs: 60 * 60_000,
    maxKeys: 100_000,
  });
  private readonly byAddress = new FailureThrottle(100, 15 * 60_000);

  constructor(
    private readonly database: Database,
    private readonly audit: AuditService,
    // Sessions expire in real time: a training court moving the legal clock must not sign everyone out.
    private readonly realNow: () => number = Date.now,
  ) {}

  async login(username: string, password: string, address: string) {
    this.refuseWhenThrottled(username, address);
    const [row] = await this.database.db
      .select({ user: users, court: courts })
      .from(users)
      .innerJoin(courts, eq(courts.id, users.courtId))
      .where(eq(users.username, username));
    const ok = await verify(row?.user.passwordHash ?? (await DUMMY_HASH), password);
    if (!row || !ok || !row.user.active) {
      const now = this.realNow();
      this.byAddressAndUser.recordFailure(pairKey(address, username), now);
      this.byAddress.recordFailure(address, now);
      throw new AppError('unauthenticated', { zh: '用户名或密码错误', en: 'Wrong user name or password' });
    }
    this.byAddressAndUser.clear(pairKey(address, username));
    const token = randomToken();
    const csrfToken = randomToken(24);
    const now = new Date(this.realNow());
    await this.database.transaction(async (tx) => {
      await tx.db.insert(sessions).values({
        tokenHash: hashToken(token),
        userId: row.user.id,
        csrfToken,
        createdAt: now,
        expiresAt: new Date(now.getTime() + SESSION_HOURS * 3_600_000),
      });
      const actor = { id: row.user.id, name: row.user.displayName, courtId: row.court.id };
      await this.audit.append(tx, {
        actor,
        courtId: row.court.id,
        action: 'auth.login',
        subject: `user:${row.user.id}`,
      });
    });
    return { token, csrfToken, maxAgeSeconds: SESSION_HOURS * 3600 };
  }

  private refuseWhenThrottled(username: string, address: string): void {
    const now = this.realNow();
    const wait = Math.max(
      this.byAddressAndUser.retryAfterSeconds(pairKey(address, username), now),
      this.byAddress.retryAfterSeconds(address, now),
    );
    if (wait > 0) {
      const text = {
        zh: `登录失败次数过多，请 ${wait} 秒后再试`,
        en: `Too many failed sign-ins; try again in ${wait} s`,
      };
      throw new AppError('rate_limited', text, {
        retryAfterSeconds: wait,
      });
    }
  }

  async authenticate(token: string): Promise<AuthUser | null> {
    const [row] = await this.database.db
      .select({ session: sessions, user: users, court: courts })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .innerJoin(courts, eq(courts.id, users.courtId))
      .where(and(eq(sessions.tokenHash, hashToken(token)), gt(sessions.expiresAt, new Date(this.realNow()))));
    if (!row?.user.active) return null;
    const { court } = row;
    return {
      id: row.user.id,
      username: row.user.username,
      displayName: row.user.displayName,
      roles: row.user.roles as Role[],
      court: { id: court.id, code: court.code, name: court.name, level: court.level, path: court.path },
      sessionId: row.session.id,
      csrfToken: row.session.csrfToken,
    };
  }

  /** Whether the session still holds: not ended, not expired, its user active (live connections ask). */
  async sessionLive(sessionId: string): Promise<boolean> {
    const [row] = await this.database.db
      .select({ active: users.active })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(and(eq(sessions.id, sessionId), gt(sessions.expiresAt, new Date(this.realNow()))));
    return row?.active === true;
  }

  logout(user: AuthUser): Promise<void> {
    return this.database.transaction(async (tx) => {
      await tx.db.delete(sessions).where(eq(sessions.id, user.sessionId));
      await publishEvent(tx, SESSION_ENDED, [sessionTopic(user.sessionId)]);
      const actor = actorOf(user);
      await this.audit.append(tx, {
        actor,
        courtId: user.court.id,
        action: 'auth.logout',
        subject: `user:${user.id}`,
      });
    });
  }
}

const TAKEN: Text = { zh: '已被使用', en: 'taken' };

const pairKey = (address: string, username: string) => JSON.stringify([address, username]);

export function actorOf(user: AuthUser): Actor {
  // The name people read in timelines, the dossier and the audit log; the id names the account.
  return { id: user.id, name: user.displayName, courtId: user.court.id };
}
