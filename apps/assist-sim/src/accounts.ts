/**
 * The escrow bank (执行款专户的开户行): money arriving in a court's case sub-accounts (一案一账号) —
 * every deduction an institution carries out, and deposits by anyone — and payouts the court
 * instructs. Each movement is a numbered statement line, pushed to the platform (signed by the bank,
 * batched, retried until answered) and kept for statement queries (reconciliation).
 */
import { randomUUID } from 'node:crypto';
import type { PayoutAnswer, PayoutInstruction, StatementLine } from '@zhixing/assist-protocol';
import type { StatementPublisher } from './statements';

export interface IncomingTransfer {
  transferId: string;
  /** `deduction`: carried out for a court's deduct request; `deposit`: paid in by someone. */
  kind: 'deduction' | 'deposit';
  amount: number;
  payerName: string;
  payerAccountNo?: string;
  /** The institution the money came from (a deduction). */
  institution?: string;
  caseNumber?: string;
  requestId?: string;
  note?: string;
  reference?: string;
  /** Real time, ISO 8601. */
  at: string;
}

export class Accounts {
  private readonly ledgers = new Map<string, IncomingTransfer[]>();
  private readonly balances = new Map<string, number>();
  /** Every statement line, in order (seq = index + 1). */
  readonly lines: StatementLine[] = [];
  /** Payout instructions carried out, by instruction id: one instruction is paid once. */
  private readonly payouts = new Map<string, PayoutAnswer>();

  constructor(private readonly publisher?: StatementPublisher) {}

  record(
    accountNo: string,
    transfer: Omit<IncomingTransfer, 'transferId' | 'at'> & { transferId?: string },
  ): IncomingTransfer {
    const entry: IncomingTransfer = { transferId: randomUUID(), ...transfer, at: new Date().toISOString() };
    const ledger = this.ledgers.get(accountNo) ?? [];
    ledger.push(entry);
    this.ledgers.set(accountNo, ledger);
    this.balances.set(accountNo, (this.balances.get(accountNo) ?? 0) + entry.amount);
    this.line({
      accountNo,
      amount: entry.amount,
      kind: entry.kind,
      payerName: entry.payerName,
      transferId: entry.transferId,
      at: entry.at,
      ...(entry.payerAccountNo ? { payerAccountNo: entry.payerAccountNo } : {}),
      ...(entry.reference ? { reference: entry.reference } : {}),
      ...(entry.requestId ? { requestId: entry.requestId } : {}),
    });
    return entry;
  }

  /** Carries a payout out of a sub-account, once per instruction id; refused beyond its balance. */
  pay(instruction: PayoutInstruction): PayoutAnswer {
    const done = this.payouts.get(instruction.instructionId);
    if (done) return done;
    const balance = this.balances.get(instruction.fromAccount) ?? 0;
    if (instruction.amount > balance) {
      // Not remembered: money may still arrive, and the same instruction may then be carried out.
      return { status: 'rejected', reason: `余额不足（the sub-account holds ${balance} fen）` };
    }
    const transferId = `PAY-${randomUUID()}`;
    this.balances.set(instruction.fromAccount, balance - instruction.amount);
    this.line({
      accountNo: instruction.fromAccount,
      amount: -instruction.amount,
      kind: 'payout',
      payerName: instruction.toName,
      payerAccountNo: instruction.toAccount,
      reference: instruction.instructionId,
      transferId,
      at: new Date().toISOString(),
    });
    const answer: PayoutAnswer = { status: 'completed', transferId };
    this.payouts.set(instruction.instructionId, answer);
    return answer;
  }

  private line(fields: Omit<StatementLine, 'lineId' | 'seq'>): void {
    const seq = this.lines.length + 1;
    const line: StatementLine = { lineId: `L${String(seq).padStart(10, '0')}`, seq, ...fields };
    this.lines.push(line);
    this.publisher?.publish(line);
  }

  statement(accountNo: string): { accountNo: string; total: number; transfers: IncomingTransfer[] } {
    const transfers = this.ledgers.get(accountNo) ?? [];
    return { accountNo, total: transfers.reduce((sum, t) => sum + t.amount, 0), transfers };
  }

  /** The escrow account's lines after `since` (a sequence number), up to `limit`: for reconciliation. */
  linesSince(since: number, limit = 10_000): StatementLine[] {
    return this.lines.slice(since, since + limit);
  }
}
