/**
 * 执行款, the bank's side of a payout: the instruction sent once executing, the answer recorded (paid, or
 * failed and its money freed), instructions still executing sent again. Before the payouts (payouts.ts),
 * whose execution sends the instruction, and the statement lines (statements.ts), which confirm one.
 */
import type { Tx } from '../../platform/db';
import { type Actor, platformActor } from '../audit/service';
import { FundsAccounts, numeric } from './accounts';
import { holdForPlan } from './distribution-support';
import { resolveHold } from './ledger';
import { FUNDS_EVENTS, type PayoutState, payoutMove } from './rules';
import type { Payee } from './schema';

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

/** The payout's columns as PayoutRow names them, from the table or its alias `p`. */
export function payoutColumns(from = ''): string {
  return `${from}id, ${from}case_id as "caseId", ${from}court_id as "courtId", ${from}amount::int8 as amount,
  ${from}payee, ${from}state, ${from}hold_id as "holdId", ${from}reason, ${from}proposed_by as "proposedBy",
  ${from}proposed_on::text as "proposedOn", ${from}approved_by as "approvedBy", ${from}approved_on::text as "approvedOn",
  ${from}executed_by as "executedBy", ${from}executed_on::text as "executedOn", ${from}paid_on::text as "paidOn",
  ${from}instruction_id as "instructionId", ${from}bank_transfer_id as "bankTransferId", ${from}failure`;
}
export const PAYOUT_COLUMNS = payoutColumns();

/** Payout instructions at the bank: sending, resending, and the bank's answer (confirmed or failed). */
export class FundsInstructions extends FundsAccounts {
  private resendTimer: NodeJS.Timeout | null = null;

  private resendPass: Promise<void> | null = null;

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

  /** After a restart (or a lost answer): every payout still executing is sent again. */
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
  protected async backToPlan(tx: Tx, payout: PayoutRow, actorName: string): Promise<void> {
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

  protected caseEvent(tx: Tx, caseId: string, type: string, data: Record<string, unknown>, actor: Actor) {
    return this.cases.recordSystemEvents(
      tx,
      [{ caseId, events: [{ type, on: this.today(), data, evidence: [] }] }],
      actor,
    );
  }
}
