/**
 * Disputed money (争议款) and the application fee (执行申请费) on a case's account.
 *
 * Disputed money is held with a reason — a pending transfer from the case's account to the court's
 * `lodged` book — so only the undisputed part can be proposed for payout (Opinion-2021 22: the
 * undisputed part is paid first; delaying or lodging money needs approval). The head approves or
 * refuses; a refusal, or the release once the dispute is settled, voids the hold.
 *
 * The application fee is computed by the fee schedule (Fees art. 14, `applicationFee`) on the case's
 * claim and booked once per case from the case's account to the court's `fees` book.
 */
import type { AuthUser } from '../../platform/auth';
import type { Clock } from '../../platform/clock';
import type { Database, Tx } from '../../platform/db';
import { AppError, notFound, ruleViolation } from '../../platform/errors';
import { yuan } from '../../platform/i18n';
import { caseClosed } from '../../platform/messages';
import { APPLICATION_FEE, applicationFee } from '../assets/rules';
import type { AuditService } from '../audit/service';
import type { CaseRow, CasesService } from '../cases/service';
import { clauseText } from '../compliance/rules';
import { chineseUpperYuan } from '../documents/rules';
import { actorOf } from '../org/service';
import { book, InsufficientFunds, resolveHold } from './ledger';
import {
  FUNDS_BALANCE,
  FUNDS_EVENTS,
  LODGING_VOIDS,
  type LodgingAct,
  type LodgingState,
  lodgingMove,
} from './rules';
import type { AccountRow, FundsService } from './service';

export interface LodgingRow {
  id: string;
  caseId: string;
  courtId: string;
  amount: number;
  reason: string;
  state: LodgingState;
  holdId: string;
  proposedBy: string;
  proposedOn: string;
  decidedBy: string | null;
  decidedOn: string | null;
  endedBy: string | null;
  endedOn: string | null;
  endReason: string | null;
}

const COLUMNS = `id, case_id as "caseId", court_id as "courtId", amount::int8 as amount, reason, state,
  hold_id as "holdId", proposed_by as "proposedBy", proposed_on::text as "proposedOn", decided_by as "decidedBy",
  decided_on::text as "decidedOn", ended_by as "endedBy", ended_on::text as "endedOn", end_reason as "endReason"`;

const RECORDS_LODGING = { zh: '争议款暂缓发放', en: 'Held disputed money' };

const STATE_ZH: Record<LodgingState, string> = {
  proposed: '待审批',
  approved: '暂缓发放中',
  refused: '不予批准',
  released: '已解除',
};
const ACT_ZH: Record<LodgingAct, string> = { approve: '批准', refuse: '不予批准', release: '解除' };

function rowOf(row: Record<string, unknown>): LodgingRow {
  return { ...(row as unknown as LodgingRow), amount: Number(row.amount) };
}

export function presentLodging(row: LodgingRow) {
  return {
    ...row,
    holdId: undefined,
    amountText: yuan(row.amount),
    amountUpper: chineseUpperYuan(row.amount),
  };
}

export class FundsLodgings {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly cases: CasesService,
    private readonly funds: FundsService,
  ) {}

  /** The officer holds disputed money with a reason: held at once, awaiting the head's approval. */
  async propose(user: AuthUser, caseId: string, input: { amount: number; reason: string }) {
    return this.database.transaction(async (tx) => {
      const row = await this.openCase(tx, user, caseId);
      const account = await this.funds.caseAccount(tx, row.id, true);
      const id = crypto.randomUUID();
      const holdId = await this.hold(tx, row, account, {
        key: `lodging:${id}:hold`,
        kind: 'lodging',
        book: 'lodged',
        amount: input.amount,
        actorName: user.displayName,
        data: { lodgingId: id, reason: input.reason },
        pending: true,
      });
      const today = this.funds.today();
      await tx.sql.executeSql(
        `insert into fund_lodgings (id, case_id, court_id, amount, reason, state, hold_id, proposed_by, proposed_on, created_at)
         values ($1, $2, $3, $4, $5, 'proposed', $6, $7, $8, $9)`,
        [
          id,
          row.id,
          row.courtId,
          input.amount,
          input.reason,
          holdId,
          user.displayName,
          today,
          this.clock.now(),
        ],
      );
      await this.event(
        tx,
        row,
        FUNDS_EVENTS.lodged,
        { lodgingId: id, amount: input.amount, reason: input.reason },
        user,
      );
      await this.audit.append(tx, {
        actor: actorOf(user),
        courtId: row.courtId,
        action: 'funds.lodging.propose',
        subject: `lodging:${id}`,
        after: { caseId: row.id, amount: input.amount, reason: input.reason },
      });
      return this.byId(tx, id);
    });
  }

  /** Approve, refuse (the hold voided) or release once the dispute is settled (the hold voided). */
  async act(user: AuthUser, lodgingId: string, act: LodgingAct, reason?: string) {
    return this.database.transaction(async (tx) => {
      const found = await tx.sql.executeSql('select case_id from fund_lodgings where id = $1', [lodgingId]);
      if (!found.rows[0]) throw notFound(RECORDS_LODGING);
      const row = await this.cases.caseInScope(tx.db, user, String(found.rows[0].case_id), true);
      const before = rowOf(
        (
          await tx.sql.executeSql(`select ${COLUMNS} from fund_lodgings where id = $1 for update`, [
            lodgingId,
          ])
        ).rows[0] as Record<string, unknown>,
      );
      const to = lodgingMove(before.state, act);
      if (to === null)
        throw new AppError('conflict', {
          zh: `争议款当前为“${STATE_ZH[before.state]}”，不能${ACT_ZH[act]}`,
          en: `The held amount is ${before.state}: it cannot be ${act === 'release' ? 'released' : `${act}d`}`,
        });
      const today = this.funds.today();
      if (LODGING_VOIDS.includes(act)) {
        await resolveHold(
          tx,
          before.holdId,
          'void',
          `lodging:${lodgingId}:void`,
          today,
          this.clock.now(),
          user.displayName,
        );
        await tx.sql.executeSql(
          `update fund_lodgings set state = $2, ended_by = $3, ended_on = $4, end_reason = $5,
             decided_by = coalesce(decided_by, $3), decided_on = coalesce(decided_on, $4) where id = $1`,
          [lodgingId, to, user.displayName, today, reason ?? null],
        );
        await this.event(
          tx,
          row,
          FUNDS_EVENTS.lodgingEnded,
          { lodgingId, act, reason: reason ?? null },
          user,
        );
      } else {
        await tx.sql.executeSql(
          `update fund_lodgings set state = $2, decided_by = $3, decided_on = $4 where id = $1`,
          [lodgingId, to, user.displayName, today],
        );
        await this.event(tx, row, FUNDS_EVENTS.lodgingApproved, { lodgingId, amount: before.amount }, user);
      }
      await this.audit.append(tx, {
        actor: actorOf(user),
        courtId: row.courtId,
        action: `funds.lodging.${act}`,
        subject: `lodging:${lodgingId}`,
        before: { state: before.state },
        after: { state: to, ...(reason ? { reason } : {}) },
      });
      return this.byId(tx, lodgingId);
    });
  }

  async ofCase(user: AuthUser, caseId: string): Promise<LodgingRow[]> {
    await this.cases.caseInScope(this.database.db, user, caseId);
    const { rows } = await this.database.sql.executeSql(
      `select ${COLUMNS} from fund_lodgings where case_id = $1 order by created_at desc`,
      [caseId],
    );
    return rows.map(rowOf);
  }

  /** The case's application fee: what the schedule computes on its claim, and whether it is booked. */
  async fee(user: AuthUser, caseId: string) {
    const row = await this.cases.caseInScope(this.database.db, user, caseId);
    const { rows } = await this.database.sql.executeSql(
      `select id, amount::int8 as amount, "on"::text as "on" from fund_transfers where key = $1`,
      [feeKey(caseId)],
    );
    return presentFee(row, rows[0] ? { transferId: String(rows[0].id), bookedOn: String(rows[0].on) } : null);
  }

  /**
   * Books the application fee from the case's account to the court's fees book, once per case (a
   * second call answers the booking made). 409 `funds.balance` when the available money is short.
   */
  async bookFee(user: AuthUser, caseId: string) {
    return this.database.transaction(async (tx) => {
      const row = await this.openCase(tx, user, caseId);
      const amount = applicationFee(row.claimAmount);
      const account = await this.funds.caseAccount(tx, row.id, true);
      const existing = await tx.sql.executeSql(
        `select id, "on"::text as "on" from fund_transfers where key = $1`,
        [feeKey(caseId)],
      );
      if (existing.rows[0])
        return {
          created: false,
          fee: presentFee(row, {
            transferId: String(existing.rows[0].id),
            bookedOn: String(existing.rows[0].on),
          }),
        };
      const transferId = await this.hold(tx, row, account, {
        key: feeKey(caseId),
        kind: 'fee',
        book: 'fees',
        amount,
        actorName: user.displayName,
        data: { fee: 'application', claim: row.claimAmount },
        pending: false,
      });
      await this.event(tx, row, FUNDS_EVENTS.feeBooked, { amount, claim: row.claimAmount, transferId }, user);
      await this.audit.append(tx, {
        actor: actorOf(user),
        courtId: row.courtId,
        action: 'funds.fee',
        subject: `case:${row.id}`,
        after: { amount, claim: row.claimAmount, transferId },
      });
      return { created: true, fee: presentFee(row, { transferId, bookedOn: this.funds.today() }) };
    });
  }

  private async openCase(tx: Tx, user: AuthUser, caseId: string): Promise<CaseRow> {
    const row = await this.cases.caseInScope(tx.db, user, caseId, true);
    if (row.status !== 'open') throw new AppError('conflict', caseClosed(row.caseNumber));
    return row;
  }

  /** A movement out of the case's account; short money is 409 `funds.balance` naming the available sum. */
  private async hold(
    tx: Tx,
    row: CaseRow,
    account: AccountRow,
    move: {
      key: string;
      kind: 'lodging' | 'fee';
      book: 'lodged' | 'fees';
      amount: number;
      actorName: string;
      data: Record<string, unknown>;
      pending: boolean;
    },
  ): Promise<string> {
    try {
      const booked = await book(
        tx,
        {
          key: move.key,
          courtId: row.courtId,
          caseId: row.id,
          debitAccountId: account.id,
          creditAccountId: await this.funds.courtBook(tx, row.courtId, move.book),
          amount: move.amount,
          kind: move.kind,
          on: this.funds.today(),
          at: this.clock.now(),
          actorName: move.actorName,
          data: move.data,
        },
        move.pending ? 'pending' : 'single',
      );
      return booked.id;
    } catch (error) {
      if (!(error instanceof InsufficientFunds)) throw error;
      const message = FUNDS_BALANCE.check({
        amount: move.amount,
        available: error.available,
        payee: { accountNo: '', accountName: '' },
        confirmed: [],
      });
      if (!message) throw error;
      throw ruleViolation([{ ruleId: FUNDS_BALANCE.id, clause: clauseText(FUNDS_BALANCE.clause), message }]);
    }
  }

  private event(tx: Tx, row: CaseRow, type: string, data: Record<string, unknown>, user: AuthUser) {
    return this.cases.recordSystemEvents(
      tx,
      [{ caseId: row.id, events: [{ type, on: this.funds.today(), data, evidence: [] }] }],
      actorOf(user),
      [row],
    );
  }

  private async byId(tx: Tx, id: string): Promise<LodgingRow> {
    const { rows } = await tx.sql.executeSql(`select ${COLUMNS} from fund_lodgings where id = $1`, [id]);
    if (!rows[0]) throw notFound(RECORDS_LODGING);
    return rowOf(rows[0]);
  }
}

const feeKey = (caseId: string) => `fee:application:${caseId}`;

function presentFee(row: CaseRow, booked: { transferId: string; bookedOn: string } | null) {
  const amount = applicationFee(row.claimAmount);
  return {
    claim: row.claimAmount,
    amount,
    amountText: yuan(amount),
    amountUpper: chineseUpperYuan(amount),
    clause: clauseText(APPLICATION_FEE.clause),
    booked: booked !== null,
    transferId: booked?.transferId ?? null,
    bookedOn: booked?.bookedOn ?? null,
  };
}
