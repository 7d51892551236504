import {
  type AssistResult,
  assistRequestSchema,
  type Basis,
  callbackSchema,
  claimedInstitution,
  type Payee,
  ReplayGuard,
  type RequestKind,
  SKEW_WINDOW_MS,
  type Subject,
  VERIFY_FAILURE_TEXT,
  verify,
} from '@zhixing/assist-protocol';
import type { FastifyBaseLogger } from 'fastify';
import type { AuthUser } from '../../platform/auth';
import { type Clock, shanghaiDateOf } from '../../platform/clock';
import type { Database, Db, Tx } from '../../platform/db';
import {
  AppError,
  conflict,
  type FieldError,
  invalid,
  validationError,
  zodIssueText,
} from '../../platform/errors';
import { groupBy } from '../../platform/groups';
import type { Text } from '../../platform/i18n';
import { timeOrderedIds } from '../../platform/ids';
import type { Jobs, QueueSpec } from '../../platform/jobs';
import { caseClosed } from '../../platform/messages';
import type { Realtime } from '../../platform/realtime';
import { parseSignedBody, signatureRefused } from '../../platform/signed';
import { type Actor, type AuditService, platformActor } from '../audit/service';
import type { LocalDate } from '../calendar/rules';
import { CASE_EVENTS } from '../cases/rules';
import type { CasesService } from '../cases/service';
import { actorOf } from '../org/service';
import {
  type AnsweredHandler,
  auditPerCourt,
  caseTopic,
  type FailedHandler,
  type Handlers,
  type InstitutionRef,
  PROGRESS_EVENT,
  ResultApplier,
} from './apply';
import { Delivery } from './delivery';
import { InstitutionRegistry, type InstitutionRow } from './registry';
import {
  type CaseContext,
  type DebtorRow,
  INTO_QUEUE,
  insertRoundRequests,
  type QueryRound,
  roundBasis,
} from './round-requests';
import { RoundSettler } from './rounds';
import { FINAL_STATUSES, type Tuning, type WireRequest } from './rules';

export type { AnsweredRequest, FailedRequest } from './apply';
export type { InstitutionRow } from './registry';

export interface NewAssistRequest {
  caseId: string;
  courtId: string;
  /** The debtor party (case_parties.id) the request is about. */
  partyId: string;
  institutionId: string;
  kind: RequestKind;
  subject: Subject;
  basis: Basis;
  /** Control kinds: the asset in the register. */
  assetId?: string;
  assetRef?: string;
  controlId?: string;
  amount?: number;
  until?: string;
  payee?: Payee;
  /** Queries: the round (一次查控) they belong to. */
  roundId?: string;
}

/** A round to start: the case, and the round's id when the caller fixed it (a job, run twice, starts one). */
export interface RoundOrder {
  caseId: string;
  roundId?: string;
  categories?: readonly string[];
  /** Who the basis names when the case has no officer yet: the officer who filed or asked. */
  officerName?: string;
  /**
   * A round the case's timeline already records (the demo's generated history names it by `roundId`):
   * it started on this day, records no second `inquiry.started` node, and runs whether or not the case
   * has closed since.
   */
  recordedOn?: LocalDate;
  /** A re-query of a case closed for lack of assets (终本案件库, Dormant 9): runs although the case is closed. */
  dormant?: boolean;
}

/** Started on filing: the round's id is chosen in the filing transaction. */
export const START_ROUND_QUEUE: QueueSpec = {
  name: 'inquiry.start-round',
  retryLimit: 3,
  // One short transaction: a job still active after a minute had its worker die; pg-boss retries it.
  expireInSeconds: 60,
};

export interface StartRoundJob {
  caseId: string;
  roundId: string;
  actorId: string | null;
  actorName: string;
  officerName: string;
}

const IDENTIFIER = /^[0-9A-Z]{17}[0-9A-Z]$/;
const nextId = timeOrderedIds();

/**
 * The status a request shows (aliases: `q` its record, `p` its queue row): its record's once finished;
 * while pending, `queued` in the queue and `sent` in a batch (it is in one of the two).
 */
export const SHOWN_STATUS =
  "case when q.status <> 'queued' then q.status when p.id is null then 'sent' else 'queued' end";

/** 网络查控: the hub. Rounds and requests in, results out to the handlers other modules register. */
export class InquiryService {
  readonly registry: InstitutionRegistry;
  readonly applier: ResultApplier;
  readonly delivery: Delivery;
  readonly settler: RoundSettler;
  private readonly handlers: Handlers = { answered: [], failed: [] };

  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly cases: CasesService,
    private readonly jobs: Jobs,
    private readonly realtime: Realtime,
    tuning: Tuning,
    callbackUrl: () => string,
    log: FastifyBaseLogger,
  ) {
    this.registry = new InstitutionRegistry(database, clock, audit);
    this.settler = new RoundSettler(database, clock, audit, cases, realtime, log);
    this.applier = new ResultApplier(audit, realtime, this.handlers, () => this.settler.soon());
    this.delivery = new Delivery(
      database,
      jobs,
      audit,
      this.applier,
      this.settler,
      realtime,
      tuning,
      callbackUrl,
      log,
    );
  }

  // ─── The contract other modules use ─────────────────────────────────────────────────────────────

  /** Inserts the requests and wakes their dispatchers, inside the caller's transaction. Returns ids. */
  async enqueue(tx: Tx, requests: readonly NewAssistRequest[]): Promise<string[]> {
    if (requests.length === 0) return [];
    const errors = requests.flatMap((request, index) => wireErrors(request, `requests.${index}`));
    if (errors.length > 0) throw validationError(errors);
    const used = await this.institutionsById(
      tx.db,
      requests.map((r) => r.institutionId),
    );
    for (const [index, request] of requests.entries()) {
      const institution = used.get(request.institutionId);
      const refusal = capabilityRefusal(institution, request.kind);
      if (refusal) {
        throw conflict({ zh: `requests.${index}：${refusal.zh}`, en: `requests.${index}: ${refusal.en}` });
      }
    }
    const ids = await this.insertRequests(tx, requests);
    await auditPerCourt(
      this.audit,
      tx,
      requests.map((request, index) => ({ id: ids[index] ?? '', court_id: request.courtId })),
      'inquiry.enqueue',
      'inquiry_requests',
      (requestIds) => ({ requestIds, kinds: [...new Set(requests.map((r) => r.kind))] }),
    );
    await this.delivery.wake(tx, used.keys());
    await this.realtime.publish(
      tx,
      PROGRESS_EVENT,
      requests.map((r) => caseTopic(r.caseId)),
    );
    return ids;
  }

  /** Active institutions by category: what a query round asks, and what a control goes to. */
  institutions(db: Db, filter: { categories?: readonly string[] } = {}): Promise<InstitutionRow[]> {
    return this.registry.list(db, { ...filter, activeOnly: true });
  }

  /** The whole registry, active or not (the administrators' list). */
  allInstitutions(category?: string): Promise<InstitutionRow[]> {
    return this.registry.list(this.database.db, category ? { categories: [category] } : {});
  }

  institution(db: Db, id: string): Promise<InstitutionRow> {
    return this.registry.get(db, id);
  }

  /** Runs inside the transaction that applies results (callback, inline receipt or poll). */
  onAnswered(handler: AnsweredHandler): void {
    this.handlers.answered.push(handler);
  }

  onFailed(handler: FailedHandler): void {
    this.handlers.failed.push(handler);
  }

  /** Resolves when these requests are answered or failed, or after timeoutMs (NOTIFY, any process). */
  async waitFor(requestIds: readonly string[], timeoutMs: number): Promise<void> {
    if (requestIds.length === 0) return;
    const state = async () => {
      const { rows } = await this.database.sql.executeSql(
        'select case_id, status from inquiry_requests where id = any($1::uuid[])',
        [[...requestIds]],
      );
      return {
        cases: [...new Set(rows.map((row) => String(row.case_id)))],
        done: rows.every((row) => (FINAL_STATUSES as readonly unknown[]).includes(row.status)),
      };
    };
    const first = await state();
    if (first.done) return;
    await new Promise<void>((resolve) => {
      let finished = false;
      let checking = false;
      const finish = () => {
        if (finished) return;
        finished = true;
        clearTimeout(timer);
        for (const unsubscribe of unsubscribes) unsubscribe();
        resolve();
      };
      const check = () => {
        if (checking || finished) return;
        checking = true;
        state()
          .then((now) => now.done && finish())
          .catch(() => undefined)
          .finally(() => {
            checking = false;
          });
      };
      const timer = setTimeout(finish, timeoutMs);
      const unsubscribes = first.cases.map((caseId) => this.realtime.subscribe(caseTopic(caseId), check));
      // A result committed between the first look and the subscription would otherwise be missed.
      check();
    });
  }

  // ─── Rounds ─────────────────────────────────────────────────────────────────────────────────────

  /** The filing hook: a job, in the filing transaction, that starts the round of every category. */
  async afterFiling(tx: Tx, filed: { id: string }, user: AuthUser): Promise<void> {
    const job: StartRoundJob = {
      caseId: filed.id,
      roundId: nextId(),
      actorId: user.id,
      actorName: user.displayName,
      officerName: user.displayName,
    };
    await this.jobs.enqueue(tx, START_ROUND_QUEUE.name, job);
  }

  /** Runs start-round jobs: every case in one transaction, set-based. */
  async startQueuedRounds(orders: readonly StartRoundJob[]): Promise<number> {
    const byActor = groupBy(orders, (order) => order.actorId ?? '');
    return this.database.transaction(async (tx) => {
      let started = 0;
      for (const group of byActor.values()) {
        const first = group[0] as StartRoundJob;
        const actor: Actor = { id: first.actorId, name: first.actorName, courtId: null };
        started += (await this.startRounds(tx, group, actor)).length;
      }
      return started;
    });
  }

  /**
   * Rounds for the starts a timeline records without a round (the demo's generated history): each such
   * case gets a real round, dated as its timeline says, sent to the institutions like any other — so no
   * case says 查控 was started while its 查控 tab says none was. Returns the rounds started.
   */
  async startRecordedRounds(batchSize = 200): Promise<number> {
    const { rows } = await this.database.sql.executeSql(
      `select e.case_id, min(e."on")::text as started_on from case_events e
        where e.type = $1 and not exists (select 1 from inquiry_rounds r where r.case_id = e.case_id)
        group by e.case_id order by e.case_id`,
      [CASE_EVENTS.inquiryStarted],
    );
    let started = 0;
    for (let start = 0; start < rows.length; start += batchSize) {
      const orders = rows.slice(start, start + batchSize).map((row) => ({
        caseId: String(row.case_id),
        recordedOn: String(row.started_on),
      }));
      started += (await this.database.transaction((tx) => this.startRounds(tx, orders))).length;
    }
    return started;
  }

  /** 一键查控: an officer starts a round of some or all categories on a case of their courts. */
  async startRound(user: AuthUser, caseId: string, categories?: readonly string[]) {
    const actor = actorOf(user);
    return this.database.transaction(async (tx) => {
      const row = await this.cases.caseInScope(tx.db, user, caseId);
      if (row.status === 'closed') throw conflict(caseClosed(row.caseNumber));
      const order = { caseId, officerName: user.displayName, ...(categories ? { categories } : {}) };
      const [started] = await this.startRounds(tx, [order], actor);
      if (!started) {
        throw conflict({
          zh: '没有这些类别的在用协助执行单位，或没有有身份证号码或统一社会信用代码的被执行人',
          en: 'No active institution of these categories, or no debtor with an identity number or credit code',
        });
      }
      return started;
    });
  }

  /**
   * Starts a round per order — every debtor × every active institution of its categories — in the
   * caller's transaction: the round rows, their requests (one INSERT), `inquiry.started` on each
   * timeline, one audit entry per court, one wake-up per institution. Closed cases, cases whose round
   * id is already taken (a job run twice) and cases with nothing to ask are skipped.
   */
  async startRounds(tx: Tx, orders: readonly RoundOrder[], actor: Actor = platformActor) {
    const contexts = await this.caseContexts(
      tx,
      orders.map((order) => order.caseId),
    );
    const debtors = await this.debtorsOf(tx, [...contexts.keys()]);
    const everyInstitution = await this.institutions(tx.db);
    const now = this.clock.now();
    const today = shanghaiDateOf(now);
    const rounds: QueryRound[] = [];
    for (const order of orders) {
      const context = contexts.get(order.caseId);
      if (!context || (context.status !== 'open' && order.recordedOn === undefined && !order.dormant))
        continue;
      const categories = order.categories ?? [];
      const asked =
        categories.length > 0
          ? everyInstitution.filter((i) => categories.includes(i.category))
          : everyInstitution;
      const subjects = debtors.get(order.caseId) ?? [];
      if (asked.length === 0 || subjects.length === 0) continue;
      const id = order.roundId ?? nextId();
      const basis = roundBasis(context, id, order.officerName ?? actor.name);
      rounds.push({
        id,
        context,
        categories,
        basis,
        debtors: subjects,
        asked,
        total: subjects.length * asked.length,
        startedOn: order.recordedOn ?? today,
        recorded: order.recordedOn !== undefined,
      });
    }
    if (rounds.length === 0) return [];
    const { rows: inserted } = await tx.sql.executeSql(
      `insert into inquiry_rounds (id, case_id, court_id, categories, status, total, started_on, started_at, actor_id, actor_name, basis)
       select x.id, x.case_id, x.court_id, array(select jsonb_array_elements_text(x.categories)), 'running', x.total,
              x.started_on, $2::timestamptz, $3::uuid, $4, x.basis
         from jsonb_to_recordset($1::jsonb) as x(id uuid, case_id uuid, court_id uuid, categories jsonb, total int,
              started_on date, basis jsonb)
       on conflict (id) do nothing
       returning id`,
      [
        JSON.stringify(
          rounds.map((round) => ({
            id: round.id,
            case_id: round.context.id,
            court_id: round.context.court_id,
            categories: round.categories,
            total: round.total,
            started_on: round.startedOn,
            basis: round.basis,
          })),
        ),
        now,
        actor.id,
        actor.name,
      ],
    );
    const fresh = new Set(inserted.map((row) => String(row.id)));
    const started = rounds.filter((round) => fresh.has(round.id));
    if (started.length === 0) return [];
    await insertRoundRequests(tx, started, nextId);
    await this.cases.recordSystemEvents(
      tx,
      started
        .filter((round) => !round.recorded)
        .map((round) => ({
          caseId: round.context.id,
          events: [
            {
              type: CASE_EVENTS.inquiryStarted,
              on: today,
              data: { roundId: round.id, requests: round.total, categories: round.categories },
              evidence: [],
            },
          ],
        })),
      actor,
    );
    await auditPerCourt(
      this.audit,
      tx,
      started.map((round) => ({ id: round.id, court_id: round.context.court_id })),
      'inquiry.round.start',
      'inquiry_rounds',
      (roundIds) => ({ roundIds }),
      actor,
    );
    await this.delivery.wake(
      tx,
      new Set(started.flatMap((round) => round.asked.map((institution) => institution.id))),
    );
    await this.realtime.publish(
      tx,
      PROGRESS_EVENT,
      started.map((round) => caseTopic(round.context.id)),
    );
    return started.map((round) => ({
      roundId: round.id,
      caseId: round.context.id,
      requests: round.total,
    }));
  }

  private async caseContexts(tx: Tx, caseIds: readonly string[]): Promise<Map<string, CaseContext>> {
    const { rows } = await tx.sql.executeSql(
      `select c.id, c.court_id, c.case_number, c.status, ct.code as court_code, ct.name as court_name,
              u.display_name as officer_name
         from cases c join courts ct on ct.id = c.court_id left join users u on u.id = c.officer_id
        where c.id = any($1::uuid[])`,
      [[...caseIds]],
    );
    return new Map((rows as unknown as CaseContext[]).map((row) => [row.id, row]));
  }

  private async debtorsOf(tx: Tx, caseIds: readonly string[]): Promise<Map<string, DebtorRow[]>> {
    if (caseIds.length === 0) return new Map();
    const { rows } = await tx.sql.executeSql(
      `select id, case_id, kind, name, id_number, credit_code from case_parties
        where case_id = any($1::uuid[]) and role = 'debtor' order by case_id, position`,
      [[...caseIds]],
    );
    // A request names its subject by an 18-character number; a party without one cannot be asked about.
    const askable = (rows as unknown as DebtorRow[]).filter((row) =>
      IDENTIFIER.test(row.id_number ?? row.credit_code ?? ''),
    );
    return groupBy(askable, (row) => row.case_id);
  }

  /** One INSERT for any number of requests (one JSON parameter, parsed server-side), time-ordered ids. */
  private async insertRequests(tx: Tx, requests: readonly NewAssistRequest[]): Promise<string[]> {
    const ids = requests.map(() => nextId());
    const CHUNK = 20_000;
    for (let start = 0; start < requests.length; start += CHUNK) {
      const rows = requests.slice(start, start + CHUNK).map((r, index) => ({
        id: ids[start + index],
        case_id: r.caseId,
        court_id: r.courtId,
        party_id: r.partyId,
        institution_id: r.institutionId,
        round_id: r.roundId ?? null,
        asset_id: r.assetId ?? null,
        kind: r.kind,
        payload: wireOf(r),
      }));
      await tx.sql.executeSql(
        `with asked as (
           insert into inquiry_requests
             (id, case_id, court_id, party_id, institution_id, round_id, asset_id, kind, payload, status, attempts,
              created_at)
           select x.id, x.case_id, x.court_id, x.party_id, x.institution_id, x.round_id, x.asset_id, x.kind, x.payload,
                  'queued', 0, now()
             from jsonb_to_recordset($1::jsonb)
               as x(id uuid, case_id uuid, court_id uuid, party_id uuid, institution_id uuid, round_id uuid,
                    asset_id uuid, kind text, payload jsonb)
           returning id, institution_id, court_id, case_id, round_id, payload)
         ${INTO_QUEUE}`,
        [JSON.stringify(rows)],
      );
    }
    return ids;
  }

  private async institutionsById(db: Db, ids: readonly string[]): Promise<Map<string, InstitutionRow>> {
    const wanted = new Set(ids);
    const rows = await this.registry.list(db);
    return new Map(rows.filter((row) => wanted.has(row.id)).map((row) => [row.id, row]));
  }

  // ─── Officers' views and actions ────────────────────────────────────────────────────────────────

  /** A case's inquiries: counts, per category, per round, and every request. */
  async overview(user: AuthUser, caseId: string) {
    await this.cases.caseInScope(this.database.db, user, caseId);
    const [summary, requests] = await Promise.all([this.summary(caseId), this.requestsOf(caseId)]);
    return { ...summary, requests };
  }

  /** The counts a progress bar shows: what the WebSocket pushes too. */
  async summary(caseId: string) {
    const db = this.database.sql;
    const [{ rows: counts }, { rows: rounds }] = await Promise.all([
      db.executeSql(
        `select q.round_id, i.category, q.kind, ${SHOWN_STATUS} as status, count(*)::int as n
           from inquiry_requests q join institutions i on i.id = q.institution_id
                left join inquiry_queue p on p.id = q.id
          where q.case_id = $1 group by 1, 2, 3, 4`,
        [caseId],
      ),
      db.executeSql(
        `select id, status, categories, total, started_on::text as started_on, started_at, actor_name, completed_at
           from inquiry_rounds where case_id = $1 order by started_at desc, id desc`,
        [caseId],
      ),
    ]);
    return { counts, rounds };
  }

  private async requestsOf(caseId: string) {
    const { rows } = await this.database.sql.executeSql(
      `select q.id, q.kind, ${SHOWN_STATUS} as status, q.attempts,
              case when q.status = 'queued' then coalesce(p.last_error, q.last_error) else q.last_error end as last_error,
              q.round_id, q.asset_id, q.party_id, q.payload->'subject'->>'name' as subject_name, q.created_at,
              case when q.status = 'queued' and p.id is null then
                (select max(b.sent_at) from inquiry_batches b
                  where b.institution_id = q.institution_id and q.id = any(b.request_ids)) end as sent_at,
              q.finished_at,
              q.result->>'status' as result_status, q.result->>'reason' as result_reason,
              coalesce(jsonb_array_length(q.result->'holdings'), 0)::int as holdings,
              i.id as institution_id, i.code, i.name, i.category
         from inquiry_requests q join institutions i on i.id = q.institution_id
              left join inquiry_queue p on p.id = q.id
        where q.case_id = $1 order by q.id desc limit 2000`,
      [caseId],
    );
    return rows;
  }

  /** 重新查询: failed requests of the case (all, or those named) go to the queue again. */
  async retry(user: AuthUser, caseId: string, requestIds?: readonly string[]) {
    const actor = actorOf(user);
    return this.database.transaction(async (tx) => {
      const row = await this.cases.caseInScope(tx.db, user, caseId, true);
      if (row.status === 'closed') throw conflict(caseClosed(row.caseNumber));
      // The record keeps its attempts so far: a late answer to one of them is still recognised.
      const { rows } = await tx.sql.executeSql(
        `with asked as (
           update inquiry_requests set status = 'queued', finished_at = null
            where case_id = $1 and status = 'failed' and ($2::uuid[] is null or id = any($2::uuid[]))
            returning id, institution_id, court_id, case_id, round_id, payload),
         queued as (${INTO_QUEUE})
         select id, institution_id, round_id from asked`,
        [caseId, requestIds ? [...requestIds] : null],
      );
      if (rows.length === 0) {
        throw conflict({ zh: '本案没有可重新查询的失败请求', en: 'No failed request of this case to retry' });
      }
      const rounds = [...new Set(rows.flatMap((r) => (r.round_id ? [String(r.round_id)] : [])))];
      await tx.sql.executeSql(
        `update inquiry_rounds set status = 'running', completed_at = null where id = any($1::uuid[]) and status = 'complete'`,
        [rounds],
      );
      await this.audit.append(tx, {
        actor,
        courtId: row.courtId,
        action: 'inquiry.retry',
        subject: `case:${caseId}`,
        caseId,
        after: { requestIds: rows.map((r) => r.id) },
      });
      await this.delivery.wake(
        tx,
        rows.map((r) => String(r.institution_id)),
      );
      await this.realtime.publish(tx, PROGRESS_EVENT, [caseTopic(caseId)]);
      return rows.length;
    });
  }

  // ─── Callbacks ──────────────────────────────────────────────────────────────────────────────────

  /**
   * `POST /api/assist/v1/callbacks`: verified on the exact body bytes with the institution's key,
   * parsed, and applied — all or nothing: refused whole unless every id is a request sent to that
   * institution. The nonce is claimed in the same transaction, in the database, so a replay to another
   * API node is refused as well.
   */
  async receiveCallback(raw: Buffer, headers: Record<string, string | string[] | undefined>, path: string) {
    const code = claimedInstitution(headers);
    const institution = code ? await this.registry.byCode(this.database.db, code) : undefined;
    if (!code || !institution) {
      throw signatureRefused(code ? `Unknown institution ${code}` : VERIFY_FAILURE_TEXT.missing_headers);
    }
    const now = Date.now();
    // The signature and freshness are checked here; the nonce below, against every node's memory.
    const failure = verify(
      institution.key,
      { method: 'POST', path, body: raw },
      headers,
      new ReplayGuard(),
      now,
    );
    if (failure) throw signatureRefused(VERIFY_FAILURE_TEXT[failure]);
    const callback = parseSignedBody(raw, callbackSchema);
    if (callback.institutionCode !== institution.code) {
      throw invalid('institutionCode', {
        zh: `不是签名单位${institution.code}`,
        en: `is not the signing institution ${institution.code}`,
      });
    }
    const ref: InstitutionRef = {
      id: institution.id,
      code: institution.code,
      name: institution.name,
      category: institution.category,
    };
    return this.database.transaction(async (tx) => {
      const nonce = String(headers['x-assist-nonce']);
      const { rows: claimed } = await tx.sql.executeSql(
        `insert into assist_nonces (institution_id, nonce, expires_at)
         values ($1, $2, now() + $3 * interval '1 millisecond') on conflict do nothing returning nonce`,
        [institution.id, nonce, 2 * SKEW_WINDOW_MS],
      );
      if (claimed.length === 0) throw signatureRefused(VERIFY_FAILURE_TEXT.replayed_nonce);
      // Applied first: a result that changed nothing (a duplicate, or an id not of this institution)
      // is checked after, and a refusal rolls the whole callback back. Most apply every result, and
      // then the one look at their records is the apply's own.
      const outcome = await this.applier.apply(tx, ref, callback.results, 'callback');
      if (outcome.duplicates > 0) await this.assertSentTo(tx, institution.id, callback.results);
      return outcome;
    });
  }

  /** 404 unless every result answers a request that was sent to this institution. */
  private async assertSentTo(tx: Tx, institutionId: string, results: readonly AssistResult[]): Promise<void> {
    const ids = [...new Set(results.map((result) => result.requestId))];
    // A request's id reaches an institution only in a batch sent to it (the ids are random), so a
    // request of this institution is one it was sent. The apply that follows reads the same rows.
    const { rows } = await tx.sql.executeSql(
      'select id from inquiry_requests where id = any($1::uuid[]) and institution_id = $2',
      [ids, institutionId],
    );
    const known = new Set(rows.map((row) => String(row.id)));
    const unknown = results.flatMap((result, index) =>
      known.has(result.requestId) ? [] : [{ result, index }],
    );
    if (unknown.length === 0) return;
    const strangers = unknown.map((u) => u.result.requestId);
    throw new AppError(
      'not_found',
      {
        zh: `以下请求未发给该单位：${strangers.join('、')}`,
        en: `Not requests sent to this institution: ${strangers.join(', ')}`,
      },
      {
        errors: unknown.map((u) => ({
          path: `results.${u.index}.requestId`,
          message: {
            zh: `${u.result.requestId}未发给该单位`,
            en: `${u.result.requestId} was not sent to this institution`,
          },
        })),
      },
    );
  }
}

function wireOf(request: NewAssistRequest): WireRequest {
  const { kind, subject, basis, assetRef, controlId, amount, until, payee } = request;
  return {
    kind,
    subject,
    basis,
    ...(assetRef === undefined ? {} : { assetRef }),
    ...(controlId === undefined ? {} : { controlId }),
    ...(amount === undefined ? {} : { amount }),
    ...(until === undefined ? {} : { until }),
    ...(payee === undefined ? {} : { payee }),
  };
}

/** What the protocol would refuse in a request, by field: better here than a whole batch refused. */
function wireErrors(request: NewAssistRequest, path: string): FieldError[] {
  const parsed = assistRequestSchema.safeParse({
    requestId: '00000000-0000-4000-8000-000000000000',
    ...wireOf(request),
  });
  return parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({
        path: `${path}.${issue.path.join('.')}`,
        message: zodIssueText(issue),
      }));
}

function capabilityRefusal(institution: InstitutionRow | undefined, kind: RequestKind): Text | null {
  if (!institution) return { zh: '没有该协助执行单位', en: 'no such institution' };
  const code = institution.code;
  if (!institution.active) return { zh: `${code}已停用`, en: `${code} is not active` };
  const controls = kind === 'freeze' || kind === 'unfreeze' || kind === 'renew';
  if (controls && !institution.supportsFreeze) {
    return { zh: `${code}不支持在线冻结`, en: `${code} does not freeze online` };
  }
  if (kind === 'deduct' && !institution.supportsDeduct) {
    return { zh: `${code}不支持在线扣划`, en: `${code} does not deduct online` };
  }
  return null;
}
