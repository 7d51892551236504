import { createHash, randomUUID } from 'node:crypto';
import { SKEW_WINDOW_MS, VERIFY_FAILURE_TEXT } from '@zhixing/assist-protocol';
import type { AuthUser } from '../../platform/auth';
import { type Clock, shanghaiDateOf } from '../../platform/clock';
import type { Database, Tx } from '../../platform/db';
import { AppError, invalid, notFound, ruleViolation } from '../../platform/errors';
import { yuan } from '../../platform/i18n';
import { onceByKey } from '../../platform/idempotency';
import { FIELD, RECORDS } from '../../platform/messages';
import { signatureRefused } from '../../platform/signed';
import { type Actor, type AuditService, platformActor } from '../audit/service';
import { refuseWhileSuspended } from '../bankruptcy/suspension';
import { countWorkingDaysBetween } from '../calendar/rules';
import type { CalendarService } from '../calendar/service';
import { courtAccountPrefix } from '../cases/account';
import type { CaseRow, CasesService } from '../cases/service';
import { checkGuards, clauseText, type Rulebook } from '../compliance/rules';
import { chineseUpperYuan } from '../documents/rules';
import { actorOf } from '../org/service';
import type { BankLink, StatementLine } from './bank';
import { holdForPlan } from './distribution-support';
import { book, bookMany, InsufficientFunds, resolveHold, type TransferInput, verifyLedger } from './ledger';
import { bankSilent, bookedLines, differences } from './reconcile';
import {
  type AccountKind,
  amountError,
  availableOf,
  balanceOf,
  CASH_ACTION,
  FUNDS_BALANCE,
  FUNDS_EVENTS,
  FUNDS_UNIDENTIFIED,
  isCaseAccountNo,
  PAYOUT_ACTION,
  type PayoutAct,
  type PayoutState,
  payoutMove,
  type Totals,
  type TransferKind,
  type TransferPhase,
  unidentifiedOverdue,
} from './rules';
import type { Payee, ReconciliationException } from './schema';

export interface CashInput {
  amount: number;
  payerName: string;
  method: 'counter' | 'cash';
  collectedBy: string[];
  collectedOn: string;
  handedOverOn: string;
  delayReason?: string;
  payerSigned: boolean;
}

export interface PayoutInput {
  amount: number;
  payee: Payee;
}

export interface AccountRow extends Totals {
  id: string;
  accountNo: string | null;
  courtId: string;
}

export interface PayoutRow {
  id: string;
  caseId: string;
  courtId: string;
  amount: number;
  payee: Payee;
  state: PayoutState;
  holdId: string;
  reason: string | null;
  proposedBy: string;
  proposedOn: string;
  approvedBy: string | null;
  approvedOn: string | null;
  executedBy: string | null;
  executedOn: string | null;
  paidOn: string | null;
  instructionId: string;
  bankTransferId: string | null;
  failure: string | null;
}

/** Money a statement line brought to a case, as another module may recognise it (an auction's balance). */
export interface Arrival {
  caseId: string;
  amount: number;
  transferId: string;
  payerName: string;
  reference: string | null;
}

export type ArrivalListener = (tx: Tx, arrivals: readonly Arrival[]) => Promise<unknown>;

/** The payout's columns as PayoutRow names them, from the table or its alias `p`. */
function payoutColumns(from = ''): string {
  return `${from}id, ${from}case_id as "caseId", ${from}court_id as "courtId", ${from}amount::int8 as amount,
  ${from}payee, ${from}state, ${from}hold_id as "holdId", ${from}reason, ${from}proposed_by as "proposedBy",
  ${from}proposed_on::text as "proposedOn", ${from}approved_by as "approvedBy", ${from}approved_on::text as "approvedOn",
  ${from}executed_by as "executedBy", ${from}executed_on::text as "executedOn", ${from}paid_on::text as "paidOn",
  ${from}instruction_id as "instructionId", ${from}bank_transfer_id as "bankTransferId", ${from}failure`;
}
const PAYOUT_COLUMNS = payoutColumns();

const ACCOUNT_COLUMNS = `id, account_no as "accountNo", court_id as "courtId",
  debits_posted::int8 as "debitsPosted", credits_posted::int8 as "creditsPosted",
  debits_pending::int8 as "debitsPending", credits_pending::int8 as "creditsPending"`;

/** Numbers from PostgreSQL's int8 arrive as strings: fen fit in a safe integer. */
function numeric<T extends object>(row: Record<string, unknown>, fields: readonly string[]): T {
  const out: Record<string, unknown> = { ...row };
  for (const field of fields)
    if (out[field] !== null && out[field] !== undefined) out[field] = Number(out[field]);
  return out as T;
}
const TOTAL_FIELDS = ['debitsPosted', 'creditsPosted', 'debitsPending', 'creditsPending'];

/**
 * 执行款: the case accounts and the court's books, money in from the bank's statements (matched by
 * account number, else 不明款), payouts through approval to the bank and back, and the ledger's check.
 * One transaction per use case; every state change audited in it.
 */
export class FundsService {
  private resendTimer: NodeJS.Timeout | null = null;

  private resendPass: Promise<void> | null = null;

  private courtPrefixes: Map<string, string> | null = null;

  private readonly arrivalListeners: ArrivalListener[] = [];

  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly cases: CasesService,
    private readonly calendar: CalendarService,
    private readonly rulebook: Rulebook,
    readonly bank: BankLink,
  ) {}

  today(): string {
    return shanghaiDateOf(this.clock.now());
  }

  /** Told, in the statement's transaction, of every line that reached a case (after it was booked there). */
  onArrivals(listener: ArrivalListener): void {
    this.arrivalListeners.push(listener);
  }

  // ─── Accounts ────────────────────────────────────────────────────────────────────────────────────

  /** 一案一账号 opened with the filing, in its transaction (cases.onFiled). */
  async afterFiling(tx: Tx, filed: { id: string }): Promise<void> {
    await this.openCaseAccount(tx, filed.id);
  }

  private async openCaseAccount(tx: Tx, caseId: string): Promise<void> {
    await tx.sql.executeSql(
      `insert into fund_accounts (court_id, case_id, kind, account_no, no_overdraft, created_at)
       select court_id, id, 'case', account_no, true, $2 from cases where id = $1 on conflict do nothing`,
      [caseId, this.clock.now()],
      { prepare: true },
    );
  }

  /** The case's account, opened now for a case that came in without a filing (import, demo caseload). */
  async caseAccount(tx: Tx, caseId: string, lock = false): Promise<AccountRow> {
    const read = async () => {
      const { rows } = await tx.sql.executeSql(
        `select ${ACCOUNT_COLUMNS} from fund_accounts where case_id = $1${lock ? ' for update' : ''}`,
        [caseId],
      );
      return rows[0] ? numeric<AccountRow>(rows[0], TOTAL_FIELDS) : undefined;
    };
    const found = await read();
    if (found) return found;
    await this.openCaseAccount(tx, caseId);
    const opened = await read();
    if (!opened) throw notFound(RECORDS.case);
    return opened;
  }

  /** One of the court's own books, opened on first use. */
  async courtBook(tx: Tx, courtId: string, kind: Exclude<AccountKind, 'case'>): Promise<string> {
    const select = () =>
      tx.sql.executeSql(
        `select id from fund_accounts where court_id = $1 and kind = $2 and case_id is null`,
        [courtId, kind],
      );
    let { rows } = await select();
    if (rows.length === 0) {
      await tx.sql.executeSql(
        `insert into fund_accounts (court_id, kind, no_overdraft, created_at) values ($1, $2, false, $3)
         on conflict do nothing`,
        [courtId, kind, this.clock.now()],
      );
      ({ rows } = await select());
    }
    return String(rows[0]?.id);
  }

  /** `GET /api/cases/:id/account`: the number, balances and movements (the case's side, signed). */
  async statement(user: AuthUser, caseId: string) {
    const row = await this.cases.caseInScope(this.database.db, user, caseId);
    return this.database.transaction(async (tx) => {
      const account = await this.caseAccount(tx, row.id);
      const { rows } = await tx.sql.executeSql(
        `select id, kind, phase, pending_id as "pendingId", amount::int8 as amount, "on"::text as "on", at,
                actor_name as "actorName", data, credit_account_id = $2 as "toCase"
           from fund_transfers where case_id = $1 order by at desc, id desc limit 500`,
        [row.id, account.id],
      );
      return {
        caseNumber: row.caseNumber,
        accountNo: account.accountNo ?? row.accountNo,
        balance: balanceOf(account),
        available: availableOf(account),
        held: account.debitsPending,
        performed: row.paidAmount,
        entries: rows.map((entry) => ({
          id: String(entry.id),
          kind: entry.kind as TransferKind,
          phase: entry.phase as TransferPhase,
          pendingId: entry.pendingId === null ? null : String(entry.pendingId),
          amount: (entry.toCase ? 1 : -1) * Number(entry.amount),
          on: String(entry.on),
          at: new Date(entry.at as string).toISOString(),
          actorName: String(entry.actorName),
          data: entry.data as Record<string, unknown>,
        })),
      };
    });
  }

  // ─── Money in ────────────────────────────────────────────────────────────────────────────────────

  /** `POST /api/bank/v1/statements`: a signed push of statement lines, applied in one transaction. */
  async receiveStatement(raw: Buffer, headers: Record<string, string | string[] | undefined>, path: string) {
    const { institution, push, nonce } = await this.bank.verifyPush(raw, headers, path);
    return this.database.transaction(async (tx) => {
      const { rows } = await tx.sql.executeSql(
        `insert into assist_nonces (institution_id, nonce, expires_at)
         values ($1, $2, now() + $3 * interval '1 millisecond') on conflict do nothing returning nonce`,
        [institution.id, nonce, 2 * SKEW_WINDOW_MS],
      );
      if (rows.length === 0) throw signatureRefused(VERIFY_FAILURE_TEXT.replayed_nonce);
      return this.applyLines(tx, institution.code, push.lines);
    });
  }

  /**
   * Statement lines the bank pushed, set-based: the lines stored once (a line seen before is a
   * duplicate), the cases locked first (in id order, as every case change), money in booked in one go,
   * each case's arrivals put on its timeline and counted performed, audit entries written together.
   */
  async applyLines(tx: Tx, institutionCode: string, lines: readonly StatementLine[]) {
    if (lines.length === 0) return { applied: 0, duplicates: 0 };
    return this.audit.deferred(tx, async () => {
      const now = this.clock.now();
      const today = shanghaiDateOf(now);
      const targets = await this.casesOfAccountNos(
        tx,
        lines.filter((l) => l.amount > 0).map((l) => l.accountNo),
      );
      const placed: PlacedLine[] = [];
      for (const line of lines) {
        const target = line.amount > 0 ? targets.get(line.accountNo) : undefined;
        const courtId = target?.row.courtId ?? (await this.courtOfAccountNo(tx, line.accountNo));
        // Money in is booked: its transfer's id chosen now, so the line is stored with it.
        const transferId = line.amount > 0 && courtId ? randomUUID() : null;
        placed.push({ line, target, courtId, transferId });
      }
      const ids = await insertLines(tx, institutionCode, placed, today, now);
      const fresh = placed.filter((p) => ids.has(p.line.lineId));
      for (const { line } of fresh) {
        if (line.amount < 0 && line.reference) await this.confirmPayout(tx, line.reference, line.transferId);
      }
      const books = new Map<string, string>();
      const book = async (courtId: string, kind: 'bank' | 'unidentified') => {
        const key = `${courtId}:${kind}`;
        if (!books.has(key)) books.set(key, await this.courtBook(tx, courtId, kind));
        return books.get(key) as string;
      };
      const moves: (TransferInput & { id: string; lineId: string })[] = [];
      for (const { line, target, courtId, transferId } of fresh) {
        if (!transferId || !courtId) continue;
        const lineId = ids.get(line.lineId) as string;
        moves.push({
          id: transferId,
          lineId,
          key: `line:${lineId}`,
          courtId,
          caseId: target?.row.id ?? null,
          debitAccountId: await book(courtId, 'bank'),
          creditAccountId: target ? target.accountId : await book(courtId, 'unidentified'),
          amount: line.amount,
          kind: target && line.kind === 'deduction' ? 'deduction' : 'deposit',
          on: today,
          at: now,
          actorName: 'bank',
          data: { lineId, payerName: line.payerName, reference: line.reference ?? null },
        });
      }
      const booked = await bookMany(tx, moves);
      const toCases = moves
        .filter((m) => m.caseId !== null)
        .map((m) => ({ ...m, transferId: booked.get(m.key) as string }));
      await this.arrived(
        tx,
        toCases,
        [...targets.values()].map((t) => t.row),
      );
      const arrivals = toCases.map((m) => ({
        caseId: m.caseId as string,
        amount: m.amount,
        transferId: m.transferId,
        payerName: String(m.data?.payerName ?? ''),
        reference: typeof m.data?.reference === 'string' ? m.data.reference : null,
      }));
      for (const listener of this.arrivalListeners) await listener(tx, arrivals);
      return { applied: fresh.length, duplicates: lines.length - fresh.length };
    });
  }

  /**
   * The open cases (locked, in id order) and their accounts, by account number: through the accounts
   * table in one query; a number without an account (a case not filed here) by the case number it
   * encodes, the account opened then. A wrong check digit matches nothing.
   */
  private async casesOfAccountNos(tx: Tx, numbers: readonly string[]) {
    const valid = [...new Set(numbers.filter(isCaseAccountNo))];
    const found = new Map<string, { caseId: string; accountId: string }>();
    const { rows } = await tx.sql.executeSql(
      'select id, case_id, account_no from fund_accounts where account_no = any($1::text[])',
      [valid],
    );
    for (const row of rows)
      found.set(String(row.account_no), { caseId: String(row.case_id), accountId: String(row.id) });
    for (const accountNo of valid.filter((n) => !found.has(n))) {
      const [row] = await this.cases.caseByAccountNo(tx, accountNo);
      if (!row) continue;
      const account = await this.caseAccount(tx, row.id);
      found.set(accountNo, { caseId: row.id, accountId: account.id });
    }
    const locked = new Map(
      (
        await this.cases.lockCases(
          tx,
          [...found.values()].map((f) => f.caseId),
        )
      ).map((r) => [r.id, r]),
    );
    const targets = new Map<string, { row: CaseRow; accountId: string }>();
    for (const [accountNo, { caseId, accountId }] of found) {
      const row = locked.get(caseId);
      if (row?.status === 'open') targets.set(accountNo, { row, accountId });
    }
    return targets;
  }

  /** Arrivals on cases: `funds.received` on each timeline (counted performed there), one audit entry per case. */
  private async arrived(
    tx: Tx,
    moves: readonly {
      caseId: string | null;
      amount: number;
      kind: string;
      transferId: string;
      lineId: string;
    }[],
    locked: readonly CaseRow[],
  ) {
    const byCase = new Map<string, (typeof moves)[number][]>();
    for (const move of moves)
      byCase.set(move.caseId as string, [...(byCase.get(move.caseId as string) ?? []), move]);
    if (byCase.size === 0) return;
    const today = this.today();
    const entries = [...byCase].map(([caseId, list]) => ({
      caseId,
      events: list.map((m) => ({
        type: FUNDS_EVENTS.received,
        on: today,
        data: { amount: m.amount, source: m.kind, transferId: m.transferId },
        evidence: [],
      })),
    }));
    await this.cases.recordSystemEvents(
      tx,
      entries,
      platformActor,
      locked.filter((row) => byCase.has(row.id)),
    );
    const courtOf = new Map(locked.map((row) => [row.id, row.courtId]));
    for (const [caseId, list] of byCase) {
      await this.audit.append(tx, {
        actor: platformActor,
        courtId: courtOf.get(caseId) ?? null,
        action: 'funds.received',
        subject: `case:${caseId}`,
        after: list.map((m) => ({
          transferId: m.transferId,
          lineId: m.lineId,
          amount: m.amount,
          kind: m.kind,
        })),
      });
    }
  }

  /** Whose escrow account the money reached: the court whose prefix the number carries, if any. */
  private async courtOfAccountNo(tx: Tx, accountNo: string): Promise<string | null> {
    const prefix = accountNo.slice(0, 6);
    if (!this.courtPrefixes?.has(prefix)) {
      // Read again on a miss: a court may have been added since.
      const { rows } = await tx.sql.executeSql('select id, code from courts order by code');
      this.courtPrefixes = new Map(rows.map((row) => [courtAccountPrefix(String(row.code)), String(row.id)]));
    }
    return this.courtPrefixes.get(prefix) ?? null;
  }

  /**
   * Money reaches a case: booked to its account, on its timeline (`funds.received` starts the payout
   * periods), and counted as performed (已履行) on the case.
   */
  private async creditCase(
    tx: Tx,
    target: CaseRow,
    amount: number,
    move: {
      key: string;
      debitAccountId: string;
      kind: 'deposit' | 'deduction' | 'match' | 'cash';
      actor: Actor;
      data: Record<string, unknown>;
    },
  ): Promise<string> {
    const account = await this.caseAccount(tx, target.id);
    const booked = await book(tx, {
      key: move.key,
      courtId: target.courtId,
      caseId: target.id,
      debitAccountId: move.debitAccountId,
      creditAccountId: account.id,
      amount,
      kind: move.kind,
      on: this.today(),
      at: this.clock.now(),
      actorName: move.actor.name,
      data: move.data,
    });
    if (booked.replayed) return booked.id;
    await this.cases.recordSystemEvents(
      tx,
      [
        {
          caseId: target.id,
          events: [
            {
              type: FUNDS_EVENTS.received,
              on: this.today(),
              data: { amount, source: move.kind, transferId: booked.id },
              evidence: [],
            },
          ],
        },
      ],
      move.actor,
    );
    await this.audit.append(tx, {
      actor: move.actor,
      courtId: target.courtId,
      action: `funds.${move.kind}`,
      subject: `case:${target.id}`,
      after: { transferId: booked.id, amount, ...move.data },
    });
    return booked.id;
  }

  /**
   * 现金/柜台收款: finance registers money taken at the counter or in cash by officers, checked by
   * `funds.cash`, booked cash → case with a receipt number, on the timeline and counted performed.
   */
  async registerCash(user: AuthUser, caseId: string, input: CashInput, idempotencyKey?: string) {
    const error = amountError(input.amount);
    if (error) throw invalid('amount', error);
    const today = this.today();
    if (input.collectedOn > today || input.handedOverOn > today)
      throw invalid('handedOverOn', FIELD.inFuture);
    const violations = checkGuards(this.rulebook.guards(), CASH_ACTION, input);
    if (violations.length > 0) throw ruleViolation(violations);
    const fingerprint = `POST cash ${caseId} ${createHash('sha256').update(JSON.stringify(input)).digest('hex')}`;
    const claim = { userId: user.id, key: idempotencyKey, fingerprint, now: this.clock.now() };
    return onceByKey(this.database, claim, async (tx) => {
      const target = await this.cases.caseInScope(tx.db, user, caseId, true);
      if (target.status !== 'open') {
        throw new AppError('conflict', {
          zh: `案件 ${target.caseNumber} 已结案`,
          en: `Case ${target.caseNumber} is closed`,
        });
      }
      const receiptNo = `${target.caseNumber}收字${crypto.randomUUID().slice(0, 8).toUpperCase()}`;
      const transferId = await this.creditCase(tx, target, input.amount, {
        key: `cash:${receiptNo}`,
        debitAccountId: await this.courtBook(tx, target.courtId, 'cash'),
        kind: 'cash',
        actor: actorOf(user),
        data: { receiptNo, ...input },
      });
      const receipt = {
        receiptNo,
        transferId,
        caseNumber: target.caseNumber,
        payerName: input.payerName,
        amount: input.amount,
        amountText: yuan(input.amount),
        amountUpper: chineseUpperYuan(input.amount),
        method: input.method,
        collectedBy: input.collectedBy,
        collectedOn: input.collectedOn,
        handedOverOn: input.handedOverOn,
        receivedBy: user.displayName,
      };
      return { status: 201, body: receipt };
    });
  }

  /** `GET /api/funds/unidentified`: money no case claims, in the user's courts, oldest first. */
  async unidentified(user: AuthUser) {
    const { calendar } = await this.calendar.planningCalendar();
    const today = this.today();
    const { rows } = await this.database.sql.executeSql(
      `select l.id, l.amount::int8 as amount, l.payer_name as "payerName", l.payer_account_no as "payerAccountNo",
              l.account_no as "accountNo", l.reference, l.received_on::text as "receivedOn", l.bank_kind as "bankKind",
              l.court_id as "courtId"
         from fund_statement_lines l left join courts c on c.id = l.court_id
        where l.state = 'unidentified' and (l.court_id is null or c.path like $1)
        order by l.received_on, l.id limit 1000`,
      [`${user.court.path}%`],
    );
    // The warning's period as each line's court set it (a line of no court: the platform's).
    const courts = [...new Set(rows.map((row) => (row.courtId === null ? null : String(row.courtId))))];
    const settings = new Map(
      await Promise.all(courts.map(async (court) => [court, await this.cases.settingsFor(court)] as const)),
    );
    return rows.map((row) => {
      const waited = countWorkingDaysBetween(calendar, String(row.receivedOn), today);
      const courtSettings = settings.get(row.courtId === null ? null : String(row.courtId));
      return {
        id: String(row.id),
        amount: Number(row.amount),
        payerName: String(row.payerName),
        payerAccountNo: row.payerAccountNo === null ? null : String(row.payerAccountNo),
        accountNo: String(row.accountNo),
        reference: row.reference === null ? null : String(row.reference),
        receivedOn: String(row.receivedOn),
        workingDaysWaiting: waited,
        warning: unidentifiedOverdue(waited, courtSettings) ? FUNDS_UNIDENTIFIED.id : null,
      };
    });
  }

  /** Finance matches unidentified money to a case by hand: 不明款 → the case's account. */
  async matchLine(user: AuthUser, lineId: string, caseId: string) {
    return this.database.transaction(async (tx) => {
      const target = await this.cases.caseInScope(tx.db, user, caseId, true);
      if (target.status !== 'open')
        throw new AppError('conflict', {
          zh: `案件 ${target.caseNumber} 已结案`,
          en: `Case ${target.caseNumber} is closed`,
        });
      const { rows } = await tx.sql.executeSql(
        `select id, court_id, amount::int8 as amount, payer_name, transfer_id, state from fund_statement_lines
          where id = $1 for update`,
        [lineId],
      );
      const line = rows[0];
      if (line?.state !== 'unidentified') throw notFound(RECORDS.unidentifiedMoney);
      const lineCourt = line.court_id === null ? target.courtId : String(line.court_id);
      const debitAccountId = await this.courtBook(
        tx,
        lineCourt,
        line.transfer_id === null ? 'bank' : 'unidentified',
      );
      const transferId = await this.creditCase(tx, target, Number(line.amount), {
        key: `line:${lineId}:match`,
        debitAccountId,
        kind: 'match',
        actor: actorOf(user),
        data: { lineId, payerName: String(line.payer_name) },
      });
      await tx.sql.executeSql(
        `update fund_statement_lines set state = 'matched', case_id = $2, matched_on = $3, matched_by = $4,
           transfer_id = coalesce(transfer_id, $5) where id = $1`,
        [lineId, target.id, this.today(), user.displayName, transferId],
      );
      return { lineId, caseId: target.id, transferId };
    });
  }

  // ─── Payouts ─────────────────────────────────────────────────────────────────────────────────────

  /** The officer proposes a payout: checked against the confirmed payee and the balance, then held. */
  async propose(user: AuthUser, caseId: string, input: PayoutInput, idempotencyKey?: string) {
    const error = amountError(input.amount);
    if (error) throw invalid('amount', error);
    const fingerprint = `POST payouts ${caseId} ${createHash('sha256').update(JSON.stringify(input)).digest('hex')}`;
    const claim = { userId: user.id, key: idempotencyKey, fingerprint, now: this.clock.now() };
    return onceByKey(this.database, claim, async (tx) => {
      const row = await this.cases.caseInScope(tx.db, user, caseId, true);
      // A retry after the first committed would be checked against a balance its own hold took: under
      // the case's lock, a key already stored answers as stored (onceByKey then replays it).
      const stored = idempotencyKey ? await storedAnswer(tx, user.id, idempotencyKey) : null;
      if (stored) return stored;
      if (row.status !== 'open')
        throw new AppError('conflict', {
          zh: `案件 ${row.caseNumber} 已结案`,
          en: `Case ${row.caseNumber} is closed`,
        });
      const id = await this.proposeIn(tx, user, row, input, await this.cases.payoutAccounts(tx, row.id));
      return { status: 201, body: { id, state: 'proposed' as PayoutState } };
    });
  }

  /**
   * A payout proposed in the caller's transaction (the case locked): checked against the accounts
   * confirmed for it (`funds.payee`) and the available balance (`funds.balance`), then held. A share of
   * a distribution among creditors names its claim; the joined creditor's account is confirmed there.
   */
  async proposeIn(
    tx: Tx,
    user: AuthUser,
    row: CaseRow,
    input: PayoutInput,
    confirmed: readonly { accountNo: string; accountName: string }[],
    distributionClaimId: string | null = null,
  ): Promise<string> {
    await refuseWhileSuspended(tx.db, row.id, 'payout');
    const account = await this.caseAccount(tx, row.id, true);
    const subject = {
      amount: input.amount,
      payee: input.payee,
      confirmed,
      available: availableOf(account),
    };
    const violations = checkGuards(this.rulebook.guards(), PAYOUT_ACTION, subject);
    if (violations.length > 0) throw ruleViolation(violations);
    const id = crypto.randomUUID();
    const hold = await this.holdForPayout(tx, row, account, id, input.amount, user);
    await tx.sql.executeSql(
      `insert into fund_payouts (id, case_id, court_id, amount, payee, state, hold_id, proposed_by, proposed_on,
         instruction_id, distribution_claim_id, created_at) values ($1, $2, $3, $4, $5, 'proposed', $6, $7, $8, $9, $10, $11)`,
      [
        id,
        row.id,
        row.courtId,
        input.amount,
        input.payee,
        hold,
        user.displayName,
        this.today(),
        `PAY-${id}`,
        distributionClaimId,
        this.clock.now(),
      ],
    );
    await this.audit.append(tx, {
      actor: actorOf(user),
      courtId: row.courtId,
      action: 'funds.payout.propose',
      subject: `payout:${id}`,
      after: { caseId: row.id, amount: input.amount, payee: input.payee, distributionClaimId },
    });
    return id;
  }

  private async holdForPayout(
    tx: Tx,
    row: CaseRow,
    account: AccountRow,
    id: string,
    amount: number,
    user: AuthUser,
  ) {
    try {
      const booked = await book(
        tx,
        {
          key: `payout:${id}:hold`,
          courtId: row.courtId,
          caseId: row.id,
          debitAccountId: account.id,
          creditAccountId: await this.courtBook(tx, row.courtId, 'bank'),
          amount,
          kind: 'payout',
          on: this.today(),
          at: this.clock.now(),
          actorName: user.displayName,
          data: { payoutId: id },
        },
        'pending',
      );
      return booked.id;
    } catch (error) {
      if (!(error instanceof InsufficientFunds)) throw error;
      const message = FUNDS_BALANCE.check({
        amount,
        available: error.available,
        payee: { accountNo: '', accountName: '' },
        confirmed: [],
      });
      if (!message) throw error;
      throw ruleViolation([{ ruleId: FUNDS_BALANCE.id, clause: clauseText(FUNDS_BALANCE.clause), message }]);
    }
  }

  async payoutsOfCase(user: AuthUser, caseId: string): Promise<PayoutRow[]> {
    await this.cases.caseInScope(this.database.db, user, caseId);
    const { rows } = await this.database.sql.executeSql(
      `select ${PAYOUT_COLUMNS} from fund_payouts where case_id = $1 order by created_at desc`,
      [caseId],
    );
    return rows.map((row) => numeric<PayoutRow>(row, ['amount']));
  }

  /** Payouts of the user's courts in some states, oldest first (finance's queue). */
  async payoutQueue(user: AuthUser, states: readonly PayoutState[]) {
    const { rows } = await this.database.sql.executeSql(
      `select ${payoutColumns('p.')},
              c.case_number as "caseNumber"
         from fund_payouts p join cases c on c.id = p.case_id join courts k on k.id = p.court_id
        where p.state = any($1::text[]) and k.path like $2 order by p.created_at limit 500`,
      [[...states], `${user.court.path}%`],
    );
    return rows.map((row) => numeric<PayoutRow & { caseNumber: string }>(row, ['amount']));
  }

  /** Approve (head: the payout notice goes to finance), refuse (head), execute (finance). */
  async act(user: AuthUser, payoutId: string, act: 'approve' | 'refuse' | 'execute', reason?: string) {
    const payout = await this.database.transaction(async (tx) => {
      const before = await this.payoutInScope(tx, user, payoutId);
      const to = moveOrRefuse(before, act);
      // Refusing a payout frees the money; approving or executing it pays out, which a suspension stops.
      if (act !== 'refuse') await refuseWhileSuspended(tx.db, before.caseId, 'payout');
      const today = this.today();
      const actor = actorOf(user);
      if (act === 'approve') {
        await tx.sql.executeSql(
          `update fund_payouts set state = $2, approved_by = $3, approved_on = $4 where id = $1`,
          [payoutId, to, user.displayName, today],
        );
        await this.caseEvent(
          tx,
          before.caseId,
          FUNDS_EVENTS.payoutNoticed,
          { payoutId, amount: before.amount },
          actor,
        );
      } else if (act === 'refuse') {
        await resolveHold(
          tx,
          before.holdId,
          'void',
          `payout:${payoutId}:void`,
          today,
          this.clock.now(),
          user.displayName,
        );
        await this.backToPlan(tx, before, user.displayName);
        await tx.sql.executeSql(`update fund_payouts set state = $2, reason = $3 where id = $1`, [
          payoutId,
          to,
          reason ?? null,
        ]);
      } else {
        await tx.sql.executeSql(
          `update fund_payouts set state = $2, executed_by = $3, executed_on = $4 where id = $1`,
          [payoutId, to, user.displayName, today],
        );
      }
      await this.audit.append(tx, {
        actor,
        courtId: before.courtId,
        action: `funds.payout.${act}`,
        subject: `payout:${payoutId}`,
        before: { state: before.state },
        after: { state: to, ...(reason ? { reason } : {}) },
      });
      return { ...before, state: to };
    });
    // The instruction leaves after its state is committed: a crash here leaves it `executing`, and
    // resendExecuting sends it again; the bank carries out one instruction id once.
    if (act === 'execute') await this.sendToBank(payout);
    return this.payoutById(payoutId);
  }

  /** Sends an executing payout's instruction and records the bank's answer (or leaves it for a retry). */
  async sendToBank(payout: PayoutRow): Promise<void> {
    const { rows } = await this.database.sql.executeSql(
      `select a.account_no from fund_accounts a where a.case_id = $1`,
      [payout.caseId],
    );
    const answer = await this.bank.pay({
      instructionId: payout.instructionId,
      fromAccount: String(rows[0]?.account_no),
      toAccount: payout.payee.accountNo,
      toName: payout.payee.accountName,
      amount: payout.amount,
    });
    if (answer === null) return;
    await this.database.transaction(async (tx) => {
      if (answer.status === 'completed')
        await this.confirmPayout(tx, payout.instructionId, answer.transferId);
      else await this.failPayout(tx, payout.instructionId, answer.reason);
    });
  }

  /** After a restart (or a lost answer): every payout still executing is sent again. */
  /**
   * While workers run, payouts still executing are sent again every `everyMs`: a bank answer lost while
   * this process kept running is not left until the next restart (the bank pays an instruction once).
   */
  startResending(everyMs: number, onError: (error: unknown) => void): void {
    const pass = () => {
      if (this.resendPass) return;
      this.resendPass = this.resendExecuting()
        .then(() => undefined)
        .catch(onError)
        .finally(() => {
          this.resendPass = null;
        });
    };
    pass();
    this.resendTimer = setInterval(pass, everyMs);
    this.resendTimer.unref();
  }

  /** Stops resending; waits for a pass under way, so nothing touches the database after it closes. */
  async stopResending(): Promise<void> {
    if (this.resendTimer) clearInterval(this.resendTimer);
    this.resendTimer = null;
    await this.resendPass;
  }

  async resendExecuting(): Promise<number> {
    const { rows } = await this.database.sql.executeSql(
      `select ${PAYOUT_COLUMNS} from fund_payouts where state = 'executing' order by created_at limit 200`,
    );
    for (const row of rows) await this.sendToBank(numeric<PayoutRow>(row, ['amount']));
    return rows.length;
  }

  /** The bank carried the payout out: the hold posted, the payout paid, `funds.paid` on the case. Once. */
  async confirmPayout(tx: Tx, instructionId: string, bankTransferId: string): Promise<void> {
    const payout = await this.payoutByInstruction(tx, instructionId);
    if (!payout || payout.state === 'paid') return;
    if (payoutMove(payout.state, 'confirm') === null) return;
    const today = this.today();
    await resolveHold(tx, payout.holdId, 'post', `payout:${payout.id}:post`, today, this.clock.now(), 'bank');
    await tx.sql.executeSql(
      `update fund_payouts set state = 'paid', paid_on = $2, bank_transfer_id = $3 where id = $1`,
      [payout.id, today, bankTransferId],
    );
    await this.caseEvent(
      tx,
      payout.caseId,
      FUNDS_EVENTS.paid,
      { payoutId: payout.id, amount: payout.amount },
      platformActor,
    );
    await this.audit.append(tx, {
      actor: platformActor,
      courtId: payout.courtId,
      action: 'funds.payout.confirm',
      subject: `payout:${payout.id}`,
      before: { state: payout.state },
      after: { state: 'paid', bankTransferId },
    });
  }

  /** A distribution's share refused or failed: its money goes back under the plan's hold, not to the free balance. */
  private async backToPlan(tx: Tx, payout: PayoutRow, actorName: string): Promise<void> {
    const { rows } = await tx.sql.executeSql(
      `select c.distribution_id from fund_payouts p join fund_distribution_claims c on c.id = p.distribution_claim_id
        where p.id = $1`,
      [payout.id],
    );
    if (!rows[0]) return;
    await holdForPlan(tx, this, {
      key: `distribution:${rows[0].distribution_id}:plan:${payout.id}`,
      distributionId: String(rows[0].distribution_id),
      caseId: payout.caseId,
      courtId: payout.courtId,
      amount: payout.amount,
      at: this.clock.now(),
      actorName,
    });
  }

  private async failPayout(tx: Tx, instructionId: string, reason: string): Promise<void> {
    const payout = await this.payoutByInstruction(tx, instructionId);
    if (!payout || payoutMove(payout.state, 'fail') === null) return;
    await resolveHold(
      tx,
      payout.holdId,
      'void',
      `payout:${payout.id}:void`,
      this.today(),
      this.clock.now(),
      'bank',
    );
    await this.backToPlan(tx, payout, 'bank');
    await tx.sql.executeSql(`update fund_payouts set state = 'failed', failure = $2 where id = $1`, [
      payout.id,
      reason,
    ]);
    await this.audit.append(tx, {
      actor: platformActor,
      courtId: payout.courtId,
      action: 'funds.payout.fail',
      subject: `payout:${payout.id}`,
      before: { state: payout.state },
      after: { state: 'failed', reason },
    });
  }

  /** The payout of an instruction, locked after its case (the order every case change locks in). */
  private async payoutByInstruction(tx: Tx, instructionId: string): Promise<PayoutRow | undefined> {
    const owner = await tx.sql.executeSql('select case_id from fund_payouts where instruction_id = $1', [
      instructionId,
    ]);
    if (!owner.rows[0]) return undefined;
    await this.cases.lockCases(tx, [String(owner.rows[0].case_id)]);
    const { rows } = await tx.sql.executeSql(
      `select ${PAYOUT_COLUMNS} from fund_payouts where instruction_id = $1 for update`,
      [instructionId],
    );
    return rows[0] ? numeric<PayoutRow>(rows[0], ['amount']) : undefined;
  }

  async payoutById(id: string): Promise<PayoutRow> {
    const { rows } = await this.database.sql.executeSql(
      `select ${PAYOUT_COLUMNS} from fund_payouts where id = $1`,
      [id],
    );
    if (!rows[0]) throw notFound(RECORDS.payout);
    return numeric<PayoutRow>(rows[0], ['amount']);
  }

  /** A payout of a case in the user's scope, locked (its case first, as every case change locks). */
  private async payoutInScope(tx: Tx, user: AuthUser, payoutId: string): Promise<PayoutRow> {
    const { rows } = await tx.sql.executeSql(`select case_id from fund_payouts where id = $1`, [payoutId]);
    if (!rows[0]) throw notFound(RECORDS.payout);
    await this.cases.caseInScope(tx.db, user, String(rows[0].case_id), true);
    const locked = await tx.sql.executeSql(
      `select ${PAYOUT_COLUMNS} from fund_payouts where id = $1 for update`,
      [payoutId],
    );
    return numeric<PayoutRow>(locked.rows[0] as Record<string, unknown>, ['amount']);
  }

  private caseEvent(tx: Tx, caseId: string, type: string, data: Record<string, unknown>, actor: Actor) {
    return this.cases.recordSystemEvents(
      tx,
      [{ caseId, events: [{ type, on: this.today(), data, evidence: [] }] }],
      actor,
    );
  }

  // ─── Reconciliation ──────────────────────────────────────────────────────────────────────────────

  /**
   * 对账: the bank's lines after the last reconciled one, compared with the platform's; what the platform
   * never received is booked now; every difference is recorded as an exception.
   */
  async reconcile(actor: Actor) {
    const code = this.bank.code;
    const from = await this.lastReconciled(code);
    const lines: StatementLine[] = [];
    for (let since = from; ; ) {
      const answer = await this.bank.statement(since);
      if (!answer) throw bankSilent();
      lines.push(...answer.lines);
      since += answer.lines.length;
      if (answer.lines.length === 0 || since >= answer.last) break;
    }
    const to = from + lines.length;
    return this.database.transaction(async (tx) => {
      // One reconciliation at a time: the range it covers starts where the last one ended.
      await tx.sql.executeSql(`select pg_advisory_xact_lock(hashtext('funds.reconcile'))`);
      if ((await this.lastReconciled(code, tx)) !== from)
        throw new AppError('conflict', {
          zh: '另一对账刚刚完成，请重新对账',
          en: 'Another reconciliation ran meanwhile: reconcile again',
        });
      const exceptions = differences(lines, await bookedLines(tx, code, from, to));
      const missing = new Set(exceptions.filter((e) => e.kind === 'missing').map((e) => e.lineId));
      await this.applyLines(
        tx,
        code,
        lines.filter((line) => missing.has(line.lineId)),
      );
      const { rows } = await tx.sql.executeSql(
        `insert into fund_reconciliations (institution_code, "on", from_seq, to_seq, bank_lines, exceptions, created_by, created_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8) returning id`,
        [
          code,
          this.today(),
          from,
          to,
          lines.length,
          JSON.stringify(exceptions),
          actor.name,
          this.clock.now(),
        ],
      );
      const id = String(rows[0]?.id);
      await this.audit.append(tx, {
        actor,
        courtId: null,
        action: 'funds.reconcile',
        subject: `reconciliation:${id}`,
        after: { from, to, bankLines: lines.length, exceptions: exceptions.length },
      });
      return { id, on: this.today(), fromSeq: from, toSeq: to, bankLines: lines.length, exceptions };
    });
  }

  private async lastReconciled(code: string, tx: Tx = this.database): Promise<number> {
    const { rows } = await tx.sql.executeSql(
      'select coalesce(max(to_seq), 0) as seq from fund_reconciliations where institution_code = $1',
      [code],
    );
    return Number(rows[0]?.seq ?? 0);
  }

  /** The latest reconciliations, newest first, with their exceptions. */
  async reconciliations() {
    const { rows } = await this.database.sql.executeSql(
      `select id, "on"::text as "on", from_seq as "fromSeq", to_seq as "toSeq", bank_lines as "bankLines", exceptions,
              created_by as "createdBy", created_at as "createdAt"
         from fund_reconciliations order by created_at desc limit 30`,
    );
    // Typed for the response schema; the instant as JSON sent the driver's Date before (ISO).
    return rows.map((row) => ({
      id: String(row.id),
      on: String(row.on),
      fromSeq: Number(row.fromSeq),
      toSeq: Number(row.toSeq),
      bankLines: Number(row.bankLines),
      exceptions: row.exceptions as ReconciliationException[],
      createdBy: String(row.createdBy),
      createdAt: new Date(row.createdAt as string).toISOString(),
    }));
  }

  // ─── Verification ────────────────────────────────────────────────────────────────────────────────

  /** `GET /api/funds/verify`: the ledger's invariants, over every court's books. */
  verify() {
    return this.database.transaction((tx) => verifyLedger(tx));
  }
}

const PAYOUT_STATE_ZH: Record<PayoutState, string> = {
  proposed: '待审批',
  approved: '待发放',
  executing: '银行处理中',
  paid: '已发放',
  refused: '不予批准',
  failed: '发放失败',
};
const PAYOUT_ACT_ZH: Record<PayoutAct, string> = {
  approve: '批准',
  refuse: '不予批准',
  execute: '发放',
  confirm: '确认',
  fail: '记为失败',
};

function moveOrRefuse(payout: PayoutRow, act: PayoutAct): PayoutState {
  const to = payoutMove(payout.state, act);
  if (to === null) {
    throw new AppError('conflict', {
      zh: `发款当前为“${PAYOUT_STATE_ZH[payout.state]}”，不能${PAYOUT_ACT_ZH[act]}`,
      en: `The payout is ${payout.state}: it cannot be ${act}d`,
    });
  }
  return to;
}

async function storedAnswer(tx: Tx, userId: string, key: string) {
  const { rows } = await tx.sql.executeSql(
    'select status, body from idempotency_keys where user_id = $1 and key = $2',
    [userId, key],
  );
  const row = rows[0];
  return row ? { status: Number(row.status), body: row.body as { id: string; state: PayoutState } } : null;
}

interface PlacedLine {
  line: StatementLine;
  target: { row: CaseRow; accountId: string } | undefined;
  courtId: string | null;
  /** The id its booking will have (money in only). */
  transferId: string | null;
}

/** The lines stored in one statement; answers the new ones' ids by the bank's line id. */
async function insertLines(
  tx: Tx,
  institutionCode: string,
  placed: readonly PlacedLine[],
  today: string,
  now: Date,
): Promise<Map<string, string>> {
  const { rows } = await tx.sql.executeSql(
    `insert into fund_statement_lines (institution_code, line_id, seq, court_id, account_no, amount, payer_name,
       payer_account_no, reference, bank_kind, bank_transfer_id, request_id, received_on, received_at, state,
       case_id, transfer_id, matched_on, matched_by)
     select $2, l.line_id, l.seq, l.court_id, l.account_no, l.amount, l.payer_name, l.payer_account_no, l.reference,
            l.kind, l.transfer_id, l.request_id, $3::date, $4::timestamptz, l.state, l.case_id, l.booking_id,
            case when l.case_id is null then null else $3::date end,
            case when l.case_id is null then null else 'system' end
       from jsonb_to_recordset($1::jsonb) as l(line_id text, seq int, court_id uuid, account_no text,
              amount bigint, payer_name text, payer_account_no text, reference text, kind text, transfer_id text,
              request_id text, state text, case_id uuid, booking_id uuid)
     on conflict do nothing returning id, line_id`,
    [
      JSON.stringify(
        placed.map(({ line, target, courtId, transferId }) => ({
          line_id: line.lineId,
          seq: line.seq,
          court_id: courtId,
          account_no: line.accountNo,
          amount: line.amount,
          payer_name: line.payerName,
          payer_account_no: line.payerAccountNo ?? null,
          reference: line.reference ?? null,
          kind: line.kind,
          transfer_id: line.transferId,
          request_id: line.requestId ?? null,
          state: line.amount < 0 ? 'confirmation' : target ? 'matched' : 'unidentified',
          case_id: target?.row.id ?? null,
          booking_id: transferId,
        })),
      ),
      institutionCode,
      today,
      now,
    ],
  );
  return new Map(rows.map((row) => [String(row.line_id), String(row.id)]));
}
