/**
 * The check characters of identity numbers, checked as the user types (the server checks them again,
 * apps/server/src/modules/cases/identity.ts — this is a small re-implementation, not a copy).
 * GB 11643: ISO 7064 MOD 11-2 over 17 digits; GB 32100: MOD 31 over the credit-code alphabet.
 * Money: yuan as typed to integer fen by parsing the text, never through floating point.
 */
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';
const EARLIEST_BIRTH_YEAR = 1900;
const CREDIT_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** What is wrong with a number, in both languages. */
export interface Problem {
  zh: string;
  en: string;
}

/** `today` is `YYYY-MM-DD` (the platform's date); without it the browser's. */
export function identityNumberProblem(value: string, today?: string): Problem | null {
  const id = value.trim().toUpperCase();
  if (id.length !== 18)
    return { zh: `应为18位（现为${id.length}位）`, en: `18 characters, not ${id.length}` };
  if (!/^\d{17}[\dX]$/.test(id))
    return { zh: '前17位应为数字，末位为数字或X', en: '17 digits, then a digit or X' };
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  const date = new Date(`${birth}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== birth) {
    return { zh: `出生日期 ${birth} 不是有效日期`, en: `birth date ${birth} is not a real date` };
  }
  const now = today ?? new Date().toISOString().slice(0, 10);
  if (birth > now) return { zh: '出生日期晚于今天', en: 'birth date is in the future' };
  if (Number(id.slice(6, 10)) < EARLIEST_BIRTH_YEAR) {
    return { zh: `出生年份早于${EARLIEST_BIRTH_YEAR}年`, en: `birth year before ${EARLIEST_BIRTH_YEAR}` };
  }
  const sum = ID_WEIGHTS.reduce((total, weight, i) => total + weight * Number(id[i]), 0);
  const expected = ID_CHECK[sum % 11];
  return id[17] === expected
    ? null
    : { zh: `校验位应为 ${expected}`, en: `the check character should be ${expected}` };
}

export function creditCodeProblem(value: string): Problem | null {
  const code = value.trim().toUpperCase();
  if (code.length !== 18)
    return { zh: `应为18位（现为${code.length}位）`, en: `18 characters, not ${code.length}` };
  const wrong = [...code].findIndex((c) => !CREDIT_ALPHABET.includes(c));
  if (wrong >= 0) {
    return {
      zh: `第${wrong + 1}位“${code[wrong]}”不可用：只用数字和大写字母（不含I、O、S、V、Z）`,
      en: `character ${wrong + 1} (${code[wrong]}) is not allowed: digits and capitals except I, O, S, V, Z`,
    };
  }
  if (!/^\d{6}$/.test(code.slice(2, 8))) {
    return { zh: '第3至8位（行政区划码）应为数字', en: 'characters 3 to 8 (division code) must be digits' };
  }
  const sum = CREDIT_WEIGHTS.reduce(
    (total, weight, i) => total + weight * CREDIT_ALPHABET.indexOf(code[i] ?? '0'),
    0,
  );
  const expected = CREDIT_ALPHABET[(31 - (sum % 31)) % 31];
  return code[17] === expected
    ? null
    : { zh: `校验位应为 ${expected}`, en: `the check character should be ${expected}` };
}

/** At most this many yuan: the fen must stay a safe integer. */
const MAX_YUAN_DIGITS = 13;

/** Yuan as typed ("300,000.5") to integer fen, exactly: no floating point on money. Null if not an amount. */
export function fenFromYuan(text: string | number | null | undefined): number | null {
  if (text === null || text === undefined) return null;
  const match = /^(\d+)(?:\.(\d{0,2}))?$/.exec(String(text).trim().replaceAll(',', ''));
  if (!match?.[1]) return null;
  const whole = match[1].replace(/^0+(?=\d)/, '');
  if (whole.length > MAX_YUAN_DIGITS) return null;
  return Number(whole) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** 30000000 fen → `¥300,000.00`, by integer arithmetic. */
export function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+$)/g, ',');
  return `${sign}¥${whole}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * A key for `Idempotency-Key`: crypto.randomUUID where the browser offers it. It does so only in secure
 * contexts (https, localhost); a court intranet served over plain http by address gets the same form of
 * UUID from crypto.getRandomValues, which every context has.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
