/**
 * The check characters of identity numbers, checked as the user types (the server checks them again).
 * GB 11643: ISO 7064 MOD 11-2 over 17 digits; GB 32100: MOD 31 over the credit-code alphabet.
 */
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';
const CREDIT_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Null when valid, else what is wrong (Chinese). */
export function identityNumberProblem(value: string, today = new Date()): string | null {
  const id = value.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return '应为18位，末位可为X';
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  const date = new Date(`${birth}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== birth)
    return '出生日期不是有效日期';
  if (date > today) return '出生日期在未来';
  const sum = ID_WEIGHTS.reduce((total, weight, i) => total + weight * Number(id[i]), 0);
  const expected = ID_CHECK[sum % 11];
  return id[17] === expected ? null : `校验位应为 ${expected}`;
}

export function creditCodeProblem(value: string): string | null {
  const code = value.trim().toUpperCase();
  if (code.length !== 18 || [...code].some((c) => !CREDIT_ALPHABET.includes(c))) {
    return '应为18位，由数字和大写字母（不含I、O、Z、S、V）组成';
  }
  const sum = CREDIT_WEIGHTS.reduce(
    (total, weight, i) => total + weight * CREDIT_ALPHABET.indexOf(code[i] ?? '0'),
    0,
  );
  const expected = CREDIT_ALPHABET[(31 - (sum % 31)) % 31];
  return code[17] === expected ? null : `校验位应为 ${expected}`;
}

/** Yuan as typed ("300000.5") to integer fen, exactly: no floating-point on money. */
export function fenFromYuan(text: string): number | null {
  const match = /^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(text.trim().replaceAll(',', ''));
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

export function yuan(fen: number): string {
  return `¥${(fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}
