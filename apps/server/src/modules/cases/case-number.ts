/**
 * 案号 (case numbers) of enforcement cases, CaseNo rules: `（year）court-code type-code serial号`, e.g.
 * `（2025）京0105执1234号`. Pure: no I/O.
 */
import { courtLevelOf } from '../org/rules';

/** 执行类案件类型代字: the enforcement case types and their codes. */
export const CASE_TYPES = [
  { code: '执', name: '首次执行', english: 'First enforcement' },
  { code: '执恢', name: '恢复执行', english: 'Restored enforcement' },
  { code: '执保', name: '财产保全执行', english: 'Preservation' },
  { code: '执异', name: '执行异议', english: 'Enforcement objection' },
  { code: '执复', name: '执行复议', english: 'Enforcement reconsideration' },
  { code: '执监', name: '执行监督', english: 'Enforcement supervision' },
  { code: '执协', name: '执行协调', english: 'Enforcement coordination' },
  { code: '执他', name: '其他执行', english: 'Other enforcement' },
] as const;

export type CaseType = (typeof CASE_TYPES)[number]['code'];

export interface CaseNumber {
  year: number;
  /** 法院代字: `最高法`, `京`, `京01` or `京0105`. */
  courtCode: string;
  type: CaseType;
  /** 顺序号: a positive integer, written without leading zeros. */
  serial: number;
}

/** No people's court judged before 1949; the year is written with four digits. */
const MIN_YEAR = 1949;
const MAX_YEAR = 9999;

export function isCaseType(code: string): code is CaseType {
  return CASE_TYPES.some((type) => type.code === code);
}

/** The official form, with full-width parentheses. Throws on parts no case number can have. */
export function formatCaseNumber({ year, courtCode, type, serial }: CaseNumber): string {
  if (!isYear(year)) throw new RangeError(`year must be an integer from ${MIN_YEAR} to ${MAX_YEAR}`);
  if (courtLevelOf(courtCode) === null) throw new RangeError(`${courtCode} is not a court code`);
  if (!isCaseType(type)) throw new RangeError(`${type} is not an enforcement case type`);
  if (!Number.isSafeInteger(serial) || serial < 1) throw new RangeError('serial must be a positive integer');
  return `（${year}）${courtCode}${type}${serial}号`;
}

/**
 * `（2025）京0105执恢12号` → its parts; null when the text is not a case number. ASCII parentheses are
 * accepted (and dropped: the parts format back to the official form). Unambiguous: a court code never
 * contains `执`, so the type starts at the first `执`; it is `执` plus at most one non-digit, and the serial
 * that follows starts with a digit 1–9 — so `执恢12` is type `执恢`, never `执` with serial `恢12`.
 */
export function parseCaseNumber(text: string): CaseNumber | null {
  const match = /^[（(](\d{4})[）)]([^执]+)(执\D?)([1-9]\d*)号$/u.exec(text.trim());
  if (!match) return null;
  const [, yearText = '', courtCode = '', type = '', serialText = ''] = match;
  const year = Number(yearText);
  const serial = Number(serialText);
  if (!isYear(year) || courtLevelOf(courtCode) === null || !isCaseType(type)) return null;
  if (!Number.isSafeInteger(serial)) return null;
  return { year, courtCode, type, serial };
}

function isYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}
