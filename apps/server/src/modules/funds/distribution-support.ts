/**
 * What the distribution's services share (参与分配, CPL-Interp 506–510): the rows, reading a distribution
 * with its plan, revisions and periods, the lodging of disputed money, and the checks every act makes.
 *
 * The workflow (CPL-Interp 506–510) around the pure plan of `distribution.ts`: creditors join
 * in writing with their titles; the officer draws the plan, which is served as a document on every
 * creditor and the debtor; objections within 15 days of service, oppositions within 15 days of notice;
 * unopposed → the plan revised as asked; opposed → the objector sues within 15 days (the disputed money
 * lodged meanwhile) or the plan stands; the undisputed shares are paid after the objection period
 * through the payouts (`FundsService.proposeIn`). The plan is never stored: it follows from the claims
 * and the amount, so every revision sums to what is distributed. States and rules: `rules.ts`.
 */
import type { AuthUser } from '../../platform/auth';
import type { Clock } from '../../platform/clock';
import type { Database, Db, Tx } from '../../platform/db';
import { AppError, conflict, invalid, notFound, ruleViolation } from '../../platform/errors';
import type { Text } from '../../platform/i18n';
import { caseClosed } from '../../platform/messages';
import type { AuditService } from '../audit/service';
import { dueDate, type WorkingCalendar } from '../calendar/rules';
import type { CalendarService } from '../calendar/service';
import type { CaseRow, CasesService } from '../cases/service';
import { checkGuards, clauseText, type Rulebook } from '../compliance/rules';
import type { DocumentsService } from '../documents/service';
import { actorOf } from '../org/service';
import type { FundsAccounts } from './accounts';
import {
  type ClaimChange,
  type DistributionInput,
  type DistributionPlan,
  distribute,
  type Group,
  revise,
  undisputed,
} from './distribution';
import {
  type DebtorKind,
  DISTRIBUTION_PERIOD,
  type DistributionState,
  FUNDS_DISTRIBUTION_PAY_AFTER,
  OBJECTION_LIVE,
  type ObjectionState,
} from './distribution-rules';
import { book, InsufficientFunds, resolveHold } from './ledger';
import { FUNDS_BALANCE } from './rules';
import type { Payee } from './schema';
import type { FundsService } from './service';

export const RECORD: Text = { zh: '参与分配', en: 'Distribution' };

export interface DistributionRow {
  id: string;
  caseId: string;
  courtId: string;
  debtorKind: DebtorKind;
  state: DistributionState;
  amount: number | null;
  documentId: string | null;
  servedOn: string | null;
  lodgingHoldId: string | null;
  lodged: number;
}

export interface ClaimRow {
  id: string;
  position: number;
  creditor: string;
  group: Group;
  rank: number;
  claimed: number;
  amount: number;
  title: { documentNumber: string; issuingCourt: string } | null;
  titleDocumentId: string | null;
  payee: Payee | null;
  joinedOn: string;
  joinedBy: string;
}

export interface ObjectionRow {
  id: string;
  distributionId: string;
  objector: string;
  changes: ClaimChange[];
  reason: string;
  state: ObjectionState;
  filedOn: string;
  notifiedOn: string | null;
  opposedOn: string | null;
  opposedBy: string | null;
  suitFiledOn: string | null;
  suitReference: string | null;
  endedOn: string | null;
}

export interface JoinInput {
  creditor: string;
  group: Group;
  rank?: number;
  amount: number;
  title?: { documentNumber: string; issuingCourt: string };
  titleDocumentId?: string;
  payee?: { accountNo: string; accountName: string; bankName?: string };
  joinedOn?: string;
}

const DISTRIBUTION_COLUMNS = `id, case_id as "caseId", court_id as "courtId", debtor_kind as "debtorKind", state,
  amount::int8 as amount, document_id as "documentId", served_on::text as "servedOn",
  lodging_hold_id as "lodgingHoldId", lodged::int8 as lodged`;
const CLAIM_COLUMNS = `id, position, creditor, "group", rank, claimed::int8 as claimed, amount::int8 as amount,
  title, title_document_id as "titleDocumentId", payee, joined_on::text as "joinedOn", joined_by as "joinedBy"`;
const OBJECTION_COLUMNS = `id, distribution_id as "distributionId", objector, changes, reason, state,
  filed_on::text as "filedOn", notified_on::text as "notifiedOn", opposed_on::text as "opposedOn",
  opposed_by as "opposedBy", suit_filed_on::text as "suitFiledOn", suit_reference as "suitReference",
  ended_on::text as "endedOn"`;

const num = (value: unknown) => (value === null || value === undefined ? null : Number(value));

/** The plan's input from the claims as admitted, each group in the order of joining (the remainder rule's ties). */
export function inputOf(amount: number, claims: readonly ClaimRow[]): DistributionInput {
  const ordered = [...claims].sort((a, b) => a.position - b.position);
  const of = (group: Group) => ordered.filter((claim) => claim.group === group);
  const base = (claim: ClaimRow) => ({ id: claim.id, creditor: claim.creditor, amount: claim.amount });
  return {
    amount,
    costs: of('costs').map(base),
    priority: of('priority').map((claim) => ({ ...base(claim), rank: claim.rank })),
    ordinary: of('ordinary').map(base),
  };
}

/**
 * Holds money of a served plan on the case's account: a pending transfer (`kind: distribution`) to the
 * court's `lodged` book, found again by its `distributionId` (`releasePlan`). Also used by the payouts
 * when a share's payout is refused or fails: its money goes back under the plan's hold.
 */
export async function holdForPlan(
  tx: Tx,
  funds: FundsAccounts,
  input: {
    key: string;
    distributionId: string;
    caseId: string;
    courtId: string;
    amount: number;
    at: Date;
    actorName: string;
  },
) {
  const account = await funds.caseAccount(tx, input.caseId, true);
  return book(
    tx,
    {
      key: input.key,
      courtId: input.courtId,
      caseId: input.caseId,
      debitAccountId: account.id,
      creditAccountId: await funds.courtBook(tx, input.courtId, 'lodged'),
      amount: input.amount,
      kind: 'distribution',
      on: funds.today(),
      at: input.at,
      actorName: input.actorName,
      data: {
        distributionId: input.distributionId,
        reason: '分配方案确定的债权人分配款，发放前冻结（民诉法解释第509条）',
      },
    },
    'pending',
  );
}

/** A distribution with its claims and objections as read together. */
export interface Loaded {
  row: DistributionRow;
  claims: ClaimRow[];
  objections: ObjectionRow[];
}

/** A distribution's reading and checks, shared by the acts on it (distributions.ts) and on its objections (objections.ts). */
export class DistributionSupport {
  constructor(
    protected readonly database: Database,
    protected readonly clock: Clock,
    protected readonly audit: AuditService,
    protected readonly cases: CasesService,
    protected readonly funds: FundsService,
    protected readonly documents: DocumentsService,
    protected readonly calendar: CalendarService,
    protected readonly rulebook: Rulebook,
  ) {}

  protected async loadWith(sql: Database['sql'] | Tx['sql'], id: string, lock = false): Promise<Loaded> {
    const found = await sql.executeSql(
      `select ${DISTRIBUTION_COLUMNS} from fund_distributions where id = $1${lock ? ' for update' : ''}`,
      [id],
    );
    if (!found.rows[0]) throw notFound(RECORD);
    const raw = found.rows[0] as Record<string, unknown>;
    const row = {
      ...(raw as unknown as DistributionRow),
      amount: num(raw.amount),
      lodged: Number(raw.lodged),
    };
    const claims = (
      await sql.executeSql(
        `select ${CLAIM_COLUMNS} from fund_distribution_claims where distribution_id = $1 order by position`,
        [id],
      )
    ).rows.map((claim) => ({
      ...(claim as unknown as ClaimRow),
      claimed: Number(claim.claimed),
      amount: Number(claim.amount),
    }));
    const objections = (
      await sql.executeSql(
        `select ${OBJECTION_COLUMNS} from fund_distribution_objections where distribution_id = $1 order by created_at`,
        [id],
      )
    ).rows.map((objection) => objection as unknown as ObjectionRow);
    return { row, claims, objections };
  }

  protected async workingCalendar(db: Db): Promise<WorkingCalendar> {
    return (await this.calendar.planningCalendar(db)).calendar;
  }

  /** The plan, each live objection's revision, the undisputed shares and the periods' last days. */
  describe({ row, claims, objections }: Loaded, calendar: WorkingCalendar) {
    const amount = row.amount ?? 0;
    const input = inputOf(amount, claims);
    const plan = row.amount === null ? null : distribute(input);
    const live = objections.filter((objection) => OBJECTION_LIVE.includes(objection.state));
    const revisions = plan ? live.map((objection) => distribute(revise(input, objection.changes))) : [];
    const payable = plan ? undisputed(plan, revisions) : null;
    // Lodged (提存) is what the running suits dispute; objections still in their periods only wait.
    const suing = live.flatMap((objection, index) =>
      objection.state === 'suing' ? [revisions[index] as DistributionPlan] : [],
    );
    const lodgeable = plan ? undisputed(plan, suing).disputed : 0;
    const due = (from: string | null) =>
      from === null ? null : dueDate(calendar, from, DISTRIBUTION_PERIOD.count, DISTRIBUTION_PERIOD.unit);
    return {
      row,
      claims,
      plan,
      payable,
      lodgeable,
      objectionDueOn: due(row.servedOn),
      objections: objections.map((objection) => ({
        ...objection,
        oppositionDueOn: due(objection.notifiedOn),
        suitDueOn: due(objection.opposedOn),
        revision: plan && objection.changes.length > 0 ? distribute(revise(input, objection.changes)) : null,
      })),
    };
  }

  /**
   * Holds the money the running suits dispute (CPL-Interp 510: 提存): one pending transfer from the case's
   * account to the court's `lodged` book, replaced whenever the amount changes, voided at zero.
   */
  protected async lodge(tx: Tx, user: AuthUser, caseRow: CaseRow, row: DistributionRow, amount: number) {
    if (amount === row.lodged) return;
    const today = this.funds.today();
    if (row.lodgingHoldId)
      await resolveHold(
        tx,
        row.lodgingHoldId,
        'void',
        `distribution:${row.id}:lodge-void:${row.lodgingHoldId}`,
        today,
        this.clock.now(),
        user.displayName,
      );
    let holdId: string | null = null;
    if (amount > 0) {
      const account = await this.funds.caseAccount(tx, caseRow.id, true);
      try {
        const booked = await book(
          tx,
          {
            key: `distribution:${row.id}:lodge:${crypto.randomUUID()}`,
            courtId: caseRow.courtId,
            caseId: caseRow.id,
            debitAccountId: account.id,
            creditAccountId: await this.funds.courtBook(tx, caseRow.courtId, 'lodged'),
            amount,
            kind: 'lodging',
            on: today,
            at: this.clock.now(),
            actorName: user.displayName,
            data: { distributionId: row.id, reason: '参与分配诉讼期间提存争议款（民诉法解释第510条）' },
          },
          'pending',
        );
        holdId = booked.id;
      } catch (error) {
        if (error instanceof InsufficientFunds) throw this.short(amount, error.available);
        throw error;
      }
    }
    await tx.sql.executeSql('update fund_distributions set lodging_hold_id = $2, lodged = $3 where id = $1', [
      row.id,
      holdId,
      amount,
    ]);
  }

  /**
   * Runs `act` with the plan's money released, then holds again what the plan still owes: each share a
   * payout will pay (a creditor with a payee), less what was proposed for it and what is lodged. One
   * pending transfer (`kind: distribution`) from the case's account to the court's `lodged` book, so
   * that a payout proposed on the case meanwhile cannot leave the shares short (`funds.balance`); a
   * share's payout or a lodging, which take the money themselves, run inside `act`.
   */
  protected async reservingPlan<T>(
    tx: Tx,
    user: AuthUser,
    caseRow: CaseRow,
    distributionId: string,
    act: () => Promise<T>,
  ): Promise<T> {
    await this.releasePlan(tx, user, distributionId);
    const result = await act();
    const { row, claims } = await this.loadWith(tx.sql, distributionId);
    if (row.amount === null) return result;
    const proposed = await this.proposedByClaim(tx, distributionId);
    const paid = new Set(claims.filter((claim) => claim.payee).map((claim) => claim.id));
    const owed = distribute(inputOf(row.amount, claims))
      .allocations.filter((allocation) => paid.has(allocation.id))
      .reduce(
        (sum, allocation) => sum + Math.max(0, allocation.allocated - (proposed.get(allocation.id) ?? 0)),
        0,
      );
    const amount = owed - row.lodged;
    if (amount <= 0) return result;
    try {
      await holdForPlan(tx, this.funds, {
        key: `distribution:${distributionId}:plan:${crypto.randomUUID()}`,
        distributionId,
        caseId: caseRow.id,
        courtId: caseRow.courtId,
        amount,
        at: this.clock.now(),
        actorName: user.displayName,
      });
    } catch (error) {
      if (error instanceof InsufficientFunds) throw this.short(amount, error.available);
      throw error;
    }
    return result;
  }

  /** Voids the plan's hold, if one is pending (withdrawn plan, redraw, or before re-holding). */
  protected async releasePlan(tx: Tx, user: AuthUser, distributionId: string) {
    const { rows } = await tx.sql.executeSql(
      `select h.id from fund_transfers h join fund_distributions d on d.case_id = h.case_id
        where d.id = $1 and h.kind = 'distribution' and h.phase = 'pending' and h.data->>'distributionId' = $2
          and not exists (select 1 from fund_transfers e where e.pending_id = h.id)`,
      [distributionId, distributionId],
    );
    for (const hold of rows)
      await resolveHold(
        tx,
        String(hold.id),
        'void',
        `distribution:${distributionId}:plan-void:${hold.id}`,
        this.funds.today(),
        this.clock.now(),
        user.displayName,
      );
  }

  /** What was proposed for each claim and not refused or failed (those holds were voided). */
  async proposedByClaim(tx: Tx | Database, distributionId: string): Promise<Map<string, number>> {
    const { rows } = await tx.sql.executeSql(
      `select p.distribution_claim_id as id, sum(p.amount)::int8 as amount from fund_payouts p
         join fund_distribution_claims c on c.id = p.distribution_claim_id
        where c.distribution_id = $1 and p.state not in ('refused', 'failed') group by 1`,
      [distributionId],
    );
    return new Map(rows.map((r) => [String(r.id), Number(r.amount)]));
  }

  // ─── Helpers ───────────────────────────────────────────────────────────────────────────────────

  protected async locked(tx: Tx, user: AuthUser, distributionId: string): Promise<Loaded> {
    const found = await tx.sql.executeSql('select case_id from fund_distributions where id = $1', [
      distributionId,
    ]);
    if (!found.rows[0]) throw notFound(RECORD);
    await this.cases.caseInScope(tx.db, user, String(found.rows[0].case_id), true);
    return this.loadWith(tx.sql, distributionId, true);
  }

  protected async openCase(tx: Tx, user: AuthUser, caseId: string): Promise<CaseRow> {
    const row = await this.cases.caseInScope(tx.db, user, caseId, true);
    if (row.status !== 'open') throw new AppError('conflict', caseClosed(row.caseNumber));
    return row;
  }

  protected refuse(action: string, subject: unknown) {
    const violations = checkGuards(this.rulebook.guards(), action, subject);
    if (violations.length > 0) throw ruleViolation(violations);
  }

  /** 409 naming the rule while a period still runs. */
  protected after(today: string, dueOn: string | null) {
    if (dueOn === null) throw conflict({ zh: '期间尚未开始', en: 'The period has not started' });
    this.refuse(FUNDS_DISTRIBUTION_PAY_AFTER.action, { today, dueOn });
  }

  protected due(calendar: WorkingCalendar, from: string | null): string | null {
    return from === null
      ? null
      : dueDate(calendar, from, DISTRIBUTION_PERIOD.count, DISTRIBUTION_PERIOD.unit);
  }

  /** The day a party acted (received by the court): today when not given, never in the future or before `from`. */
  protected actDay(given: string | undefined, field: string, from: string): string {
    const today = this.funds.today();
    const on = given ?? today;
    if (on > today) throw invalid(field, { zh: '不能晚于今天', en: 'is in the future' });
    if (on < from) throw invalid(field, { zh: `不能早于${from}`, en: `is before ${from}` });
    return on;
  }

  /** A party to the distribution: a creditor who joined, or the debtor (read in the transaction). */
  protected async checkParty(
    tx: Tx,
    caseId: string,
    claims: readonly ClaimRow[],
    name: string,
    field: string,
  ) {
    if (claims.some((claim) => claim.creditor === name)) return;
    const { rows } = await tx.sql.executeSql(
      `select 1 from case_parties where case_id = $1 and role = 'debtor' and name = $2`,
      [caseId, name],
    );
    if (rows.length > 0) return;
    throw invalid(field, {
      zh: '须为参与分配的债权人或被执行人',
      en: 'must be a creditor who joined or the debtor',
    });
  }

  protected short(amount: number, available: number) {
    const message = FUNDS_BALANCE.check({
      amount,
      available,
      payee: { accountNo: '', accountName: '' },
      confirmed: [],
    });
    return ruleViolation([
      {
        ruleId: FUNDS_BALANCE.id,
        clause: clauseText(FUNDS_BALANCE.clause),
        message: message ?? { zh: '余额不足', en: 'short of money' },
      },
    ]);
  }

  protected event(tx: Tx, user: AuthUser, row: CaseRow, type: string, data: Record<string, unknown>) {
    return this.cases.recordSystemEvents(
      tx,
      [{ caseId: row.id, events: [{ type, on: this.funds.today(), data, evidence: [] }] }],
      actorOf(user),
      [row],
    );
  }
}
