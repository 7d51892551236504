/**
 * 一案一账号: every case has its own account, a sub-account of its court's escrow account, so each
 * payment in matches its case (Opinion-2021 art. 19). The number is fixed at filing and printed on the
 * notices, which also tell the debtor he may refuse to pay into any other account (art. 20).
 * The funds module holds the balances (modules/funds).
 */
import { CASE_TYPES, formatCaseNumber } from './case-number';

export const ESCROW_BANK = '中国工商银行股份有限公司';

/** The sub-account number: a court prefix, the year, the type and the serial, with a check digit. */
export function caseAccountNumber(parts: {
  courtCode: string;
  year: number;
  typeIndex: number;
  serial: number;
}): string {
  const digits = `${courtAccountPrefix(parts.courtCode)}${parts.year}${parts.typeIndex}${String(parts.serial).padStart(7, '0')}`;
  return `${digits}${luhn(digits)}`;
}

/** The six digits that open every account number of a court's cases: whose escrow account it is. */
export function courtAccountPrefix(courtCode: string): string {
  const court = [...courtCode]
    .map((c) => (/\d/.test(c) ? c : String(c.codePointAt(0) ?? 0).slice(-2)))
    .join('');
  return court.padStart(6, '0').slice(-6);
}

/**
 * The case numbers a (check-digit valid) account number may belong to: its prefix names a court (or,
 * rarely, several whose codes give the same six digits), then the year, the type and the serial.
 */
export function caseNumbersOfAccountNo(accountNo: string, courtCodes: readonly string[]): string[] {
  if (!/^\d{19}$/.test(accountNo)) return [];
  const year = Number(accountNo.slice(6, 10));
  const type = CASE_TYPES[Number(accountNo.slice(10, 11))]?.code;
  const serial = Number(accountNo.slice(11, 18));
  if (!type || serial < 1) return [];
  return courtCodes
    .filter((code) => courtAccountPrefix(code) === accountNo.slice(0, 6))
    .flatMap((courtCode) => {
      try {
        return [formatCaseNumber({ year, courtCode, type, serial })];
      } catch {
        return [];
      }
    });
}

/** A Luhn check digit, as bank account numbers carry, so a mistyped number is caught at the counter. */
export function luhn(digits: string): number {
  let sum = 0;
  [...digits].reverse().forEach((char, index) => {
    const value = Number(char) * (index % 2 === 0 ? 2 : 1);
    sum += value > 9 ? value - 9 : value;
  });
  return (10 - (sum % 10)) % 10;
}

export function caseAccount(courtName: string, accountNo: string) {
  return { bankName: ESCROW_BANK, accountName: `${courtName}执行款专户`, accountNo };
}
