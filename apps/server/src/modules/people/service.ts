import { createHash, randomInt } from 'node:crypto';
import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import { hashToken, randomToken, sameSecret } from '../../platform/auth';
import { type Clock, shanghaiDateOf } from '../../platform/clock';
import type { Database, Tx } from '../../platform/db';
import { AppError, conflict, invalid } from '../../platform/errors';
import type { AuditService } from '../audit/service';
import type { NotifyService } from '../notify/service';
import { CODE_ATTEMPTS, CODE_TTL_MS, identityOf, maskPhone, PHONE_PATTERN, SESSION_TTL_MS } from './rules';
import { people, personCodes, personSessions } from './schema';

export type PersonRow = typeof people.$inferSelect;

/** The signed-in member of the public, as the routes that need one see them. */
export interface PublicPerson {
  id: string;
  kind: 'person' | 'organisation';
  realName: string;
  idNumber: string;
  phone: string;
  sessionId: string;
  csrfToken: string;
}

export const PERSON_COOKIE = 'zx_person';

const hashCode = (personId: string, code: string) =>
  createHash('sha256').update(`${personId}:${code}`).digest('hex');

const wrongCode = () =>
  new AppError('unauthenticated', { zh: '验证码错误或已过期', en: 'The code is wrong or has expired' });

/**
 * 公众账户: sign-up with real name and identity, a one-time code by SMS (through the outbox) to
 * confirm the phone and to sign in, and sessions of their own. Codes and sessions expire on real time
 * (security timers, like court users' sessions); records carry the platform clock's instants.
 */
export class PeopleService {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly notify: NotifyService,
    private readonly realNow: () => number = Date.now,
  ) {}

  /** Opens (or re-opens, while unconfirmed) an account and sends the code. */
  async signUp(input: { realName: string; idNumber: string; phone: string }): Promise<{ phone: string }> {
    const identity = identityOf(input.idNumber, shanghaiDateOf(this.clock.now()));
    if (!identity.ok) throw invalid('idNumber', identity.reason);
    if (!PHONE_PATTERN.test(input.phone))
      throw invalid('phone', { zh: '须为11位手机号码', en: 'must be an 11-digit mobile number' });
    return this.database.transaction(async (tx) => {
      const [existing] = await tx.db
        .select()
        .from(people)
        .where(eq(people.idNumber, identity.idNumber))
        .for('update');
      const [phoneTaken] = await tx.db
        .select({ id: people.id })
        .from(people)
        .where(eq(people.phone, input.phone));
      if (existing?.confirmedAt || (phoneTaken && phoneTaken.id !== existing?.id))
        throw conflict({
          zh: '该证件号码或手机号码已注册，请用手机验证码登录',
          en: 'This identity number or phone is already registered: sign in with a code',
        });
      let person: PersonRow;
      if (existing) {
        [person] = (await tx.db
          .update(people)
          .set({ realName: input.realName, phone: input.phone, kind: identity.kind })
          .where(eq(people.id, existing.id))
          .returning()) as [PersonRow];
      } else {
        [person] = (await tx.db
          .insert(people)
          .values({
            kind: identity.kind,
            realName: input.realName,
            idNumber: identity.idNumber,
            phone: input.phone,
            createdAt: this.clock.now(),
          })
          .returning()) as [PersonRow];
      }
      await this.sendCode(tx, person);
      await this.audit.append(tx, {
        actor: { id: null, name: input.realName, courtId: null },
        courtId: null,
        action: 'person.signup',
        subject: `person:${person.id}`,
        after: { kind: person.kind, realName: person.realName },
      });
      return { phone: maskPhone(person.phone) };
    });
  }

  /** Sends a sign-in code to a registered phone; an unknown phone gets the same answer (nothing is revealed). */
  async requestCode(phone: string): Promise<{ phone: string }> {
    await this.database.transaction(async (tx) => {
      const [person] = await tx.db.select().from(people).where(eq(people.phone, phone));
      if (person) await this.sendCode(tx, person);
    });
    return { phone: maskPhone(phone) };
  }

  private async sendCode(tx: Tx, person: PersonRow) {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    await tx.db.insert(personCodes).values({
      personId: person.id,
      codeHash: hashCode(person.id, code),
      expiresAt: new Date(this.realNow() + CODE_TTL_MS),
    });
    await this.notify.send(tx, {
      channel: 'sms',
      recipient: person.phone,
      template: 'people.code',
      body: {
        zh: `【执行平台】您的验证码是${code}，10分钟内有效。请勿告诉他人。`,
        en: `[Zhixing] Your code is ${code}, valid for 10 minutes. Do not share it.`,
      },
    });
  }

  /** Checks the code (5 tries, 10 minutes), confirms the account and opens a session. */
  async confirm(phone: string, code: string): Promise<{ token: string; person: PublicPerson }> {
    const outcome = await this.database.transaction(async (tx) => {
      const [person] = await tx.db.select().from(people).where(eq(people.phone, phone));
      if (!person) return null;
      const [latest] = await tx.db
        .select()
        .from(personCodes)
        .where(
          and(
            eq(personCodes.personId, person.id),
            isNull(personCodes.usedAt),
            gt(personCodes.expiresAt, new Date(this.realNow())),
          ),
        )
        .orderBy(desc(personCodes.expiresAt))
        .limit(1)
        .for('update');
      if (!latest || latest.attempts >= CODE_ATTEMPTS) return null;
      if (!sameSecret(latest.codeHash, hashCode(person.id, code))) {
        await tx.db
          .update(personCodes)
          .set({ attempts: latest.attempts + 1 })
          .where(eq(personCodes.id, latest.id));
        return 'wrong' as const;
      }
      const now = this.clock.now();
      await tx.db.update(personCodes).set({ usedAt: now }).where(eq(personCodes.personId, person.id));
      if (!person.confirmedAt)
        await tx.db.update(people).set({ confirmedAt: now }).where(eq(people.id, person.id));
      const token = randomToken();
      const csrfToken = randomToken(18);
      const [session] = await tx.db
        .insert(personSessions)
        .values({
          tokenHash: hashToken(token),
          personId: person.id,
          csrfToken,
          createdAt: now,
          expiresAt: new Date(this.realNow() + SESSION_TTL_MS),
        })
        .returning({ id: personSessions.id });
      await this.audit.append(tx, {
        actor: { id: null, name: person.realName, courtId: null },
        courtId: null,
        action: person.confirmedAt ? 'person.signin' : 'person.confirm',
        subject: `person:${person.id}`,
      });
      return { token, person: toPublic(person, String(session?.id), csrfToken) };
    });
    if (outcome === null || outcome === 'wrong') throw wrongCode();
    return outcome;
  }

  async authenticate(token: string | undefined): Promise<PublicPerson | null> {
    if (!token) return null;
    const [found] = await this.database.db
      .select({ person: people, session: personSessions })
      .from(personSessions)
      .innerJoin(people, eq(people.id, personSessions.personId))
      .where(
        and(
          eq(personSessions.tokenHash, hashToken(token)),
          gt(personSessions.expiresAt, new Date(this.realNow())),
        ),
      );
    if (!found?.person.confirmedAt) return null;
    return toPublic(found.person, found.session.id, found.session.csrfToken);
  }

  async signOut(person: PublicPerson): Promise<void> {
    await this.database.db.delete(personSessions).where(eq(personSessions.id, person.sessionId));
  }
}

function toPublic(row: PersonRow, sessionId: string, csrfToken: string): PublicPerson {
  return {
    id: row.id,
    kind: row.kind,
    realName: row.realName,
    idNumber: row.idNumber,
    phone: row.phone,
    sessionId,
    csrfToken,
  };
}
