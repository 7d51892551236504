/**
 * The banks' side of money arriving in a court's accounts (一案一账号): every deduction an institution
 * carries out is booked to the payee account here, and a debtor's own payment into a case account can
 * be simulated. The funds module will read these as the bank statements of the court's accounts.
 */
import { randomUUID } from 'node:crypto';

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
  /** Real time, ISO 8601. */
  at: string;
}

export class Accounts {
  private readonly ledgers = new Map<string, IncomingTransfer[]>();

  record(
    accountNo: string,
    transfer: Omit<IncomingTransfer, 'transferId' | 'at'> & { transferId?: string },
  ): IncomingTransfer {
    const entry: IncomingTransfer = { transferId: randomUUID(), ...transfer, at: new Date().toISOString() };
    const ledger = this.ledgers.get(accountNo) ?? [];
    ledger.push(entry);
    this.ledgers.set(accountNo, ledger);
    return entry;
  }

  statement(accountNo: string): { accountNo: string; total: number; transfers: IncomingTransfer[] } {
    const transfers = this.ledgers.get(accountNo) ?? [];
    return { accountNo, total: transfers.reduce((sum, t) => sum + t.amount, 0), transfers };
  }
}
