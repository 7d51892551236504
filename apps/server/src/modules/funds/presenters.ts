import { chineseUpperYuan, yuanFromFen } from '../documents/rules';
import type { PayoutRow } from './service';

/** What a payout shows court users: the payee's account is theirs to see (not the public's). */
export function presentPayout(row: PayoutRow & { caseNumber?: string }) {
  return {
    id: row.id,
    caseId: row.caseId,
    ...(row.caseNumber ? { caseNumber: row.caseNumber } : {}),
    amount: row.amount,
    /** ¥21,422.65 and 贰万壹仟肆佰贰拾贰元陆角伍分, as notices print it. */
    amountText: `¥${yuanFromFen(row.amount)}`,
    amountUpper: chineseUpperYuan(row.amount),
    payee: { accountNo: row.payee.accountNo, accountName: row.payee.accountName },
    state: row.state,
    reason: row.reason,
    proposedBy: row.proposedBy,
    proposedOn: row.proposedOn,
    approvedBy: row.approvedBy,
    approvedOn: row.approvedOn,
    executedBy: row.executedBy,
    executedOn: row.executedOn,
    paidOn: row.paidOn,
    bankTransferId: row.bankTransferId,
    failure: row.failure,
  };
}
