/**
 * FundsService, the name app.ts, the routes, the jobs and other modules use: the last layer of the funds
 * service (accounts.ts → instructions.ts → payouts.ts → statements.ts → receipts.ts → here), adding the
 * ledger's checks — 对账 against the bank's statement, and the ledger's invariants — and re-exporting the
 * types callers import from here.
 */
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors';
import type { Actor } from '../audit/service';
import type { StatementLine } from './bank';
import { verifyLedger } from './ledger';
import { FundsReceipts } from './receipts';
import { bankSilent, bookedLines, differences } from './reconcile';
import type { ReconciliationException } from './schema';

export type { AccountRow } from './accounts';
export type { PayoutRow } from './instructions';
export type { PayoutInput } from './payouts';
export type { CashInput } from './receipts';
export type { Arrival, ArrivalListener } from './statements';

/**
 * 执行款: the case accounts and the court's books, money in from the bank's statements (matched by
 * account number, else 不明款), payouts through approval to the bank and back, and the ledger's check.
 * One transaction per use case; every state change audited in it.
 */
export class FundsService extends FundsReceipts {
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
