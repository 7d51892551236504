/**
 * The partner side of joint punishment (联合惩戒): API keys (hashed, with scopes, a sector and a stated
 * legal purpose), screening against the in-memory index, the change feed by cursor, and the call log.
 */
import { randomBytes } from 'node:crypto';
import { and, desc, eq, gt, gte, isNull, sql } from 'drizzle-orm';
import { hashToken } from '../../platform/auth';
import { type Clock, shanghaiDateOf } from '../../platform/clock';
import type { Database } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { both, type Lang, render, type Text } from '../../platform/i18n';
import type { Jobs } from '../../platform/jobs';
import type { Actor, AuditService } from '../audit/service';
import { checkCreditCode, checkIdentityNumber } from '../cases/identity';
import { type ScreeningEntry, subjectDigester } from './changes';
import { rewakeDeliveries } from './jobs';
import { measuresFor, type ScreenedMeasure, type Sector, screeningAnswer } from './rules';
import { creditChanges, partnerKeys, screeningCalls } from './schema';
import type { ScreeningIndex } from './screening-index';
import { SubjectHmac } from './subject-hmac';

export type PartnerRow = typeof partnerKeys.$inferSelect;
export const SCOPES = ['screen', 'changes'] as const;
export type Scope = (typeof SCOPES)[number];
export const MAX_SUBJECTS = 1000;
const KEY_PREFIX = 'zxp_';
const LOG_FLUSH_MS = 200;
const LOG_BATCH = 1000;
/** A key looked up again after this long, so a revocation takes effect within it. */
const KEY_CACHE_MS = 3000;

export interface NewPartner {
  name: string;
  sector: Sector;
  purpose: string;
  scopes: Scope[];
  ratePerMinute: number;
  webhookUrl: string | null;
}

export type Subject = { idNumber: string } | { creditCode: string } | { digest: string };

/** One answered call, as screening_calls keeps it: who, why, how many — never a number. */
interface CallRecord {
  partnerId: string;
  at: Date;
  purpose: string;
  subjects: number;
  hits: number;
  errors: number;
}

/** What `digestOf` answers for a well-formed identity number: its digest is in the HMAC's words. */
const KEYED = 1;

/** The answer for a subject no measure names (most of them): one shared object, serialised as is. */
const CLEAR = Object.freeze({ listed: false, restricted: false, measures: [], cases: [] });
const CLEAR_JSON = JSON.stringify(CLEAR);
const DIGEST_PATTERN = /^[0-9a-f]{64}$/;

/**
 * The body of a screening answer, `{"results":[…]}`: the shared answer of a subject no measure names
 * (most of them) written as its fixed text, the rest by JSON.stringify.
 */
export function serializeScreening(results: readonly unknown[]): string {
  let body = '{"results":[';
  for (let i = 0; i < results.length; i += 1) {
    const result = results[i];
    if (i > 0) body += ',';
    body += result === CLEAR ? CLEAR_JSON : JSON.stringify(result);
  }
  return `${body}]}`;
}

export class PartnerService {
  private readonly keys = new Map<string, { partner: PartnerRow | null; at: number }>();
  private readonly windows = new Map<string, { minute: number; calls: number }>();
  /** Calls answered and not yet written: written together, every LOG_FLUSH_MS (a round trip a call cost more than the answer). */
  private calls: CallRecord[] = [];
  private readonly flusher = setInterval(() => this.flushLater(), LOG_FLUSH_MS).unref();
  private readonly digest: (number: string) => string;
  /** The batch path's HMAC (the same digests as `digest`), its words read by the index directly. */
  private readonly hmac: SubjectHmac;
  /** The hex digest of the last subject the index named (made only then), and what makes it. */
  private lastHex = '';
  private readonly hexOfLast = () => {
    this.lastHex = this.hmac.hex();
    return this.lastHex;
  };
  /** Today in Shanghai, worked out once a minute (the day changes on a minute). */
  private todayAt = { minute: -1, date: '' };

  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly index: ScreeningIndex,
    private readonly digestKey: string,
    private readonly jobs: Jobs,
  ) {
    this.digest = subjectDigester(digestKey);
    this.hmac = new SubjectHmac(digestKey);
  }

  /**
   * Writes the calls answered so far (also on a timer, and on close) as one statement of column arrays
   * (the query builder spent longer building a thousand rows' insert than the calls took to answer).
   * A failed write keeps them for the next.
   */
  async flushCalls(): Promise<void> {
    if (this.calls.length === 0) return;
    const batch = this.calls;
    this.calls = [];
    try {
      await this.database.sql.executeSql(
        `insert into screening_calls (partner_id, at, purpose, subjects, hits, errors)
         select * from unnest($1::uuid[], $2::timestamptz[], $3::text[], $4::int[], $5::int[], $6::int[])`,
        [
          batch.map((call) => call.partnerId),
          batch.map((call) => call.at.toISOString()),
          batch.map((call) => call.purpose),
          batch.map((call) => call.subjects),
          batch.map((call) => call.hits),
          batch.map((call) => call.errors),
        ],
        { prepare: true },
      );
    } catch (error) {
      this.calls = [...batch, ...this.calls];
      throw error;
    }
  }

  /** A flush in the background; a failure keeps the calls for the next one (the database is back by then). */
  private flushLater(): void {
    this.flushCalls().catch(() => undefined);
  }

  async stop(): Promise<void> {
    clearInterval(this.flusher);
    await this.flushCalls();
  }

  /** Issues a key: the plain key (and the webhook secret) are shown once, only their hash is kept. */
  async create(input: NewPartner, actor: Actor) {
    const key = `${KEY_PREFIX}${randomBytes(24).toString('base64url')}`;
    const webhookSecret = input.webhookUrl ? randomBytes(24).toString('base64url') : null;
    const row = await this.database.transaction(async (tx) => {
      const [created] = await tx.db
        .insert(partnerKeys)
        .values({
          ...input,
          prefix: key.slice(0, KEY_PREFIX.length + 6),
          keyHash: hashToken(key),
          webhookSecret,
          // A new subscriber starts from now; earlier changes are on the cursor feed.
          deliveredSeq: sql`(select coalesce(max(seq), 0) from credit_changes)`,
          createdBy: actor.name,
          createdAt: this.clock.now(),
        })
        .returning();
      if (!created) throw new Error('insert returned no partner');
      await this.audit.append(tx, {
        actor,
        courtId: null,
        action: 'partner.create',
        subject: `partner:${created.id}`,
        after: { ...created, keyHash: undefined, webhookSecret: undefined },
      });
      return created;
    });
    return { partner: row, key, webhookSecret, digestKey: this.digestKey };
  }

  async revoke(id: string, actor: Actor): Promise<PartnerRow> {
    return this.database.transaction(async (tx) => {
      const [row] = await tx.db
        .update(partnerKeys)
        .set({ revokedAt: this.clock.now() })
        .where(and(eq(partnerKeys.id, id), isNull(partnerKeys.revokedAt)))
        .returning();
      if (!row)
        throw new AppError('not_found', {
          zh: '合作单位密钥不存在或已吊销',
          en: 'Partner key not found or revoked',
        });
      await this.audit.append(tx, {
        actor,
        courtId: null,
        action: 'partner.revoke',
        subject: `partner:${id}`,
      });
      return row;
    });
  }

  /**
   * Wakes the webhook delivery of one partner (an administrator, once its endpoint is back) or of every
   * partner behind the feed (the daily tick): deliveries that exhausted their retries start again from
   * the partner's cursor. Answers how many changes the partner still has to receive.
   */
  async redeliver(id: string, actor: Actor) {
    return this.database.transaction(async (tx) => {
      const [row] = await tx.db.select().from(partnerKeys).where(eq(partnerKeys.id, id));
      if (!row || row.revokedAt !== null)
        throw new AppError('not_found', {
          zh: '合作单位密钥不存在或已吊销',
          en: 'Partner key not found or revoked',
        });
      if (!row.webhookUrl)
        throw new AppError('conflict', {
          zh: '该合作单位未订阅变更推送',
          en: 'This partner has no webhook subscription',
        });
      const [last] = await tx.db
        .select({ seq: sql<number>`coalesce(max(${creditChanges.seq}), 0)::int8` })
        .from(creditChanges);
      const pending = Math.max(0, Number(last?.seq ?? 0) - Number(row.deliveredSeq));
      const woken = await rewakeDeliveries(tx, this.jobs, id);
      await this.audit.append(tx, {
        actor,
        courtId: null,
        action: 'partner.redeliver',
        subject: `partner:${id}`,
        after: { deliveredSeq: row.deliveredSeq, pending },
      });
      return { partnerId: id, deliveredSeq: Number(row.deliveredSeq), pending, enqueued: woken.length > 0 };
    });
  }

  /** Every partner behind the feed, woken (the daily tick). */
  rewakeAll(): Promise<string[]> {
    return this.database.transaction((tx) => rewakeDeliveries(tx, this.jobs));
  }

  /** Keys with their calls of the last 30 days, by day (for the usage charts). */
  async list() {
    const since = new Date(this.clock.now().getTime() - 30 * 86_400_000);
    const [rows, usage] = await Promise.all([
      this.database.db.select().from(partnerKeys).orderBy(desc(partnerKeys.createdAt)),
      this.database.db
        .select({
          partnerId: screeningCalls.partnerId,
          day: sql<string>`to_char(${screeningCalls.at} at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`,
          calls: sql<number>`count(*)::int`,
          subjects: sql<number>`sum(${screeningCalls.subjects})::int`,
          hits: sql<number>`sum(${screeningCalls.hits})::int`,
        })
        .from(screeningCalls)
        .where(gte(screeningCalls.at, since))
        .groupBy(screeningCalls.partnerId, sql`2`)
        .orderBy(sql`2`),
    ]);
    return rows.map((row) => ({ row, usage: usage.filter((u) => u.partnerId === row.id) }));
  }

  /** The partner of a bearer key: 401 without one or revoked, 403 without the scope, 429 over its rate. */
  async authorize(authorization: string | undefined, scope: Scope): Promise<PartnerRow> {
    const key = /^Bearer (\S+)$/i.exec(authorization ?? '')?.[1];
    if (!key)
      throw new AppError('unauthenticated', {
        zh: '缺少合作单位密钥',
        en: 'Send Authorization: Bearer <partner key>',
      });
    const partner = await this.partnerOf(key);
    if (!partner || partner.revokedAt !== null)
      throw new AppError('unauthenticated', { zh: '密钥无效或已吊销', en: 'The key is unknown or revoked' });
    if (!partner.scopes.includes(scope))
      throw new AppError('forbidden', { zh: `密钥无权访问 ${scope}`, en: `The key has no ${scope} scope` });
    if (scope === 'screen') this.count(partner);
    return partner;
  }

  private async partnerOf(key: string): Promise<PartnerRow | null> {
    const hash = hashToken(key);
    const cached = this.keys.get(hash);
    if (cached && Date.now() - cached.at < KEY_CACHE_MS) return cached.partner;
    const [row] = await this.database.db.select().from(partnerKeys).where(eq(partnerKeys.keyHash, hash));
    if (this.keys.size > 10_000) this.keys.clear();
    this.keys.set(hash, { partner: row ?? null, at: Date.now() });
    return row ?? null;
  }

  /** A fixed window of one minute per key and process (real time: a rate, not a legal time). */
  private count(partner: PartnerRow): void {
    const minute = Math.floor(Date.now() / 60_000);
    const window = this.windows.get(partner.id);
    const current = window && window.minute === minute ? window : { minute, calls: 0 };
    current.calls += 1;
    this.windows.set(partner.id, current);
    if (current.calls > partner.ratePerMinute) {
      const retryAfterSeconds = 60 - (Math.floor(Date.now() / 1000) % 60);
      throw new AppError(
        'rate_limited',
        { zh: `每分钟最多${partner.ratePerMinute}次`, en: `At most ${partner.ratePerMinute} calls a minute` },
        {
          retryAfterSeconds,
        },
      );
    }
  }

  /** Answers each subject in the order sent; a malformed one gets its error, the rest are answered. */
  screen(partner: PartnerRow, subjects: readonly unknown[], lang: Lang = 'zh') {
    if (subjects.length > MAX_SUBJECTS)
      throw new AppError('payload_too_large', {
        zh: `每次最多${MAX_SUBJECTS}个主体`,
        en: `At most ${MAX_SUBJECTS} subjects a call`,
      });
    const now = this.clock.now();
    const today = this.todayOf(now);
    let hits = 0;
    let errors = 0;
    const sector = partner.sector as Sector;
    const results = new Array<unknown>(subjects.length);
    const out = this.hmac.out;
    for (let i = 0; i < subjects.length; i += 1) {
      const digest = this.digestOf(subjects[i], today);
      let measures: readonly ScreenedMeasure[];
      if (digest === KEYED) {
        measures = this.index.lookupKey((out[0] as number) >>> 0, (out[1] as number) >>> 0, this.hexOfLast);
      } else if (typeof digest === 'string') {
        measures = this.index.lookup(digest);
        this.lastHex = digest;
      } else {
        errors += 1;
        results[i] = { error: render(digest.error, lang) };
        continue;
      }
      if (measures.length === 0) {
        results[i] = CLEAR;
        continue;
      }
      const answer = screeningAnswer(this.lastHex, measures, sector, today);
      if (answer.restricted) hits += 1;
      results[i] = answer;
    }
    this.calls.push({
      partnerId: partner.id,
      at: now,
      purpose: partner.purpose,
      subjects: subjects.length,
      hits,
      errors,
    });
    if (this.calls.length >= LOG_BATCH) this.flushLater();
    return { results };
  }

  private todayOf(now: Date): string {
    const minute = Math.floor(now.getTime() / 60_000);
    if (this.todayAt.minute !== minute) this.todayAt = { minute, date: shanghaiDateOf(now) };
    return this.todayAt.date;
  }

  /**
   * The keyed digest of a subject, or why it cannot be screened. For the usual subject (one field, a
   * well-formed identity number) the digest is left in the HMAC's words (`KEYED`), not made into text.
   */
  private digestOf(subject: unknown, today: string): string | typeof KEYED | { error: Text } {
    if (typeof subject !== 'object' || subject === null)
      return { error: { zh: '应为对象', en: 'must be an object' } };
    const s = subject as Record<string, unknown>;
    const idNumber = s.idNumber;
    if (typeof idNumber === 'string' && idNumber.length === 18 && onlyField(s, 'idNumber')) {
      const check = checkIdentityNumber(idNumber, today);
      // The check character may come as a lower-case x; the digest is of the upper-case number.
      if (check.ok && this.hmac.run(idNumber.charCodeAt(17) === 120 ? idNumber.toUpperCase() : idNumber))
        return KEYED;
    }
    const fields = Object.keys(subject);
    if (fields.length !== 1)
      return {
        error: {
          zh: '须且仅须提供 idNumber、creditCode 或 digest 之一',
          en: 'exactly one of idNumber, creditCode, digest',
        },
      };
    const value = s[fields[0] as string];
    if (typeof value !== 'string')
      return { error: { zh: `${fields[0]} 应为字符串`, en: `${fields[0]} must be a string` } };
    if ('idNumber' in s) {
      const check = checkIdentityNumber(value, today);
      return check.ok
        ? this.digest(value)
        : { error: both((l) => `idNumber${l === 'zh' ? '：' : ': '}${check.reason[l]}`) };
    }
    if ('creditCode' in s) {
      const check = checkCreditCode(value.toUpperCase());
      return check.ok
        ? this.digest(value)
        : { error: both((l) => `creditCode${l === 'zh' ? '：' : ': '}${check.reason[l]}`) };
    }
    if ('digest' in s)
      return DIGEST_PATTERN.test(value)
        ? value
        : { error: { zh: 'digest: 应为64位小写十六进制', en: 'digest: 64 lower-case hex digits' } };
    return { error: { zh: `未知字段 ${fields[0]}`, en: `unknown field ${fields[0]}` } };
  }

  /** The change feed after a cursor, as this partner sees it (digests, masked names, its sector's measures). */
  async changes(partner: PartnerRow, after: number, limit: number) {
    const rows = await this.database.db
      .select()
      .from(creditChanges)
      .where(gt(creditChanges.seq, after))
      .orderBy(creditChanges.seq)
      .limit(limit);
    const items = rows.map((row) => presentChange(row, partner.sector as Sector));
    return { items, next: rows.at(-1)?.seq ?? after };
  }
}

/** Whether `name` is the object's one own enumerable field. */
function onlyField(object: Record<string, unknown>, name: string): boolean {
  let count = 0;
  for (const field in object) {
    if (!Object.hasOwn(object, field)) continue;
    count += 1;
    if (count > 1 || field !== name) return false;
  }
  return count === 1;
}

type ChangeRow = typeof creditChanges.$inferSelect;

/** What a partner learns of one change: who (by digest), what now applies in its sector, which case. */
export function presentChange(row: ChangeRow, sector: Sector) {
  const entry = row.entry as ScreeningEntry;
  return {
    seq: row.seq,
    at: row.at.toISOString(),
    measure: row.measure,
    id: row.recordId,
    change: row.change,
    active: row.active,
    subjects: entry.subjects,
    bound: entry.bound,
    name: entry.name,
    caseNumber: entry.caseNumber,
    court: entry.court,
    effectiveOn: entry.inForceFrom,
    endsOn: entry.endsOn,
    measures: row.active ? measuresFor(sector) : [],
    exitBan: entry.exitBan,
    temporaryLifts: entry.temporaryLifts,
  };
}
