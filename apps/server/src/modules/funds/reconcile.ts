/**
 * 对账: the escrow account's statement as the bank lists it, compared line by line with the lines the
 * platform booked. A line the platform never received is booked now and reported; a line the bank does
 * not list, or lists with another amount or account, is reported. Nothing is absorbed silently: every
 * difference is an exception in the reconciliation's record, shown to finance.
 */
import type { StatementLine } from '@zhixing/assist-protocol';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors';
import type { ReconciliationException } from './schema';

export interface BookedLine {
  lineId: string;
  seq: number | null;
  accountNo: string;
  amount: number;
}

/** The differences between the bank's lines (seq in (from, to]) and the platform's lines of that range. */
export function differences(
  bank: readonly StatementLine[],
  booked: readonly BookedLine[],
): ReconciliationException[] {
  const ours = new Map(booked.map((line) => [line.lineId, line]));
  const theirs = new Set(bank.map((line) => line.lineId));
  const exceptions: ReconciliationException[] = [];
  for (const line of bank) {
    const mine = ours.get(line.lineId);
    const base = { lineId: line.lineId, accountNo: line.accountNo, amount: line.amount };
    if (!mine) {
      exceptions.push({
        kind: 'missing',
        ...base,
        detail: '银行流水有而平台未收到，已补记（the platform never received it: booked now）',
      });
    } else if (mine.amount !== line.amount || mine.accountNo !== line.accountNo) {
      exceptions.push({
        kind: 'mismatch',
        ...base,
        detail: `平台记为 ${mine.accountNo} ${mine.amount} 分（booked as ${mine.accountNo}, ${mine.amount} fen）`,
      });
    }
  }
  for (const line of booked) {
    if (theirs.has(line.lineId)) continue;
    exceptions.push({
      kind: 'not_at_bank',
      lineId: line.lineId,
      accountNo: line.accountNo,
      amount: line.amount,
      detail: '平台有而银行流水无（the bank does not list it）',
    });
  }
  return exceptions;
}

/** The platform's lines of the bank in (from, to], by sequence number. */
export async function bookedLines(
  tx: Tx,
  institutionCode: string,
  from: number,
  to: number,
): Promise<BookedLine[]> {
  const { rows } = await tx.sql.executeSql(
    `select line_id, seq, account_no, amount::int8 as amount from fund_statement_lines
      where institution_code = $1 and seq > $2 and seq <= $3`,
    [institutionCode, from, to],
  );
  return rows.map((row) => ({
    lineId: String(row.line_id),
    seq: row.seq === null ? null : Number(row.seq),
    accountNo: String(row.account_no),
    amount: Number(row.amount),
  }));
}

export function bankSilent(): AppError {
  return new AppError('unprocessable', {
    zh: '银行未答复对账查询，请稍后重试',
    en: 'The bank did not answer the statement query: try again later',
  });
}
