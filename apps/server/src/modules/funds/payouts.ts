/**
 * 执行款, payouts: proposed by the officer against the confirmed payee and the available balance (held
 * at once), approved or refused by the head, executed by finance (the instruction then leaves:
 * instructions.ts), and the payouts' reads (a case's, finance's queue).
 */
import { createHash } from 'node:crypto';
import type { AuthUser } from '../../platform/auth';
import type { Tx } from '../../platform/db';
import { AppError, invalid, notFound, ruleViolation } from '../../platform/errors';
import { onceByKey } from '../../platform/idempotency';
import { caseClosed, RECORDS } from '../../platform/messages';
import { refuseWhileSuspended } from '../bankruptcy/suspension';
import type { CaseRow } from '../cases/service';
import { checkGuards, clauseText } from '../compliance/rules';
import { actorOf } from '../org/service';
import { type AccountRow, numeric } from './accounts';
import { FundsInstructions, PAYOUT_COLUMNS, type PayoutRow, payoutColumns } from './instructions';
import { book, InsufficientFunds, resolveHold } from './ledger';
import {
  amountError,
  availableOf,
  FUNDS_BALANCE,
  FUNDS_EVENTS,
  PAYOUT_ACTION,
  type PayoutAct,
  type PayoutState,
  payoutMove,
} from './rules';
import type { Payee } from './schema';

export interface PayoutInput {
  amount: number;
  payee: Payee;
}

/** Payouts through approval: propose (or propose within a distribution), approve, refuse, execute. */
export class FundsPayouts extends FundsInstructions {
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
      if (row.status !== 'open') throw new AppError('conflict', caseClosed(row.caseNumber));
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
