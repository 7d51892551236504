/**
 * Identity numbers of the parties to a case: pure rules, no I/O; "today" is an argument.
 *
 * - 公民身份号码 (resident identity number), GB 11643-1999, check character by ISO 7064 MOD 11-2.
 * - 统一社会信用代码 (unified social credit code), GB 32100-2015, check character by MOD 31 (GB/T 17710).
 */
import type { Text } from '../../platform/i18n';

export type IdentityCheck =
  | { ok: true; birthDate: string; sex: 'male' | 'female' }
  | { ok: false; reason: Text };
export type CreditCodeCheck = { ok: true } | { ok: false; reason: Text };

// ---------------------------------------------------------------------------------------------------------
// 公民身份号码 GB 11643-1999
// ---------------------------------------------------------------------------------------------------------

/** Weight of position i is 2^(17-i) mod 11 (ISO 7064 MOD 11-2). */
const IDENTITY_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const IDENTITY_PATTERN = /^\d{17}[\dX]$/;
const EARLIEST_BIRTH_YEAR = 1900;

/** The upper-case form: a typed lowercase `x` is the same check character `X`. */
export function normalizeIdentityNumber(value: string): string {
  return value.toUpperCase();
}

/** The 18th character for 17 digits: (12 - weighted sum mod 11) mod 11, where 10 is written `X`. */
export function identityCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('identityCheckCharacter needs exactly 17 digits');
  return checkCharacterOf(first17);
}

/** `identityCheckCharacter` of text known to start with 17 digits (the screening batch path checks millions). */
function checkCharacterOf(digits: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += (digits.charCodeAt(i) - 48) * (IDENTITY_WEIGHTS[i] as number);
  const check = (12 - (sum % 11)) % 11;
  return check === 10 ? 'X' : String(check);
}

/**
 * Whether a resident identity number is well formed, with the birth date (YYYY-MM-DD) and sex it encodes.
 * The address code is not looked up: division codes change every year, and numbers issued under old codes
 * (and the 2023 foreigners' permanent residence numbers, which start with 9) stay valid for life.
 */
export function checkIdentityNumber(value: string, today: string): IdentityCheck {
  assertLocalDate(today, 'today');
  const number = normalizeIdentityNumber(value);
  if (number.length !== 18)
    return fail(`须为18位，不是${number.length}位`, `must be 18 characters, not ${number.length}`);
  if (!IDENTITY_PATTERN.test(number))
    return fail('须为17位数字加1位数字或X', 'must be 17 digits followed by a digit or X');
  const birthDate = `${number.slice(6, 10)}-${number.slice(10, 12)}-${number.slice(12, 14)}`;
  if (!isLocalDate(birthDate)) return fail('出生日期不是有效日期', 'birth date is not a real date');
  if (birthDate > today) return fail('出生日期晚于今天', 'birth date is in the future');
  if (Number(number.slice(6, 10)) < EARLIEST_BIRTH_YEAR)
    return fail(`出生日期早于${EARLIEST_BIRTH_YEAR}年`, `birth date is before ${EARLIEST_BIRTH_YEAR}`);
  const expected = checkCharacterOf(number);
  if (number.charAt(17) !== expected)
    return fail(`校验码应为${expected}`, `check character should be ${expected}`);
  // 顺序码: the third sequence digit is odd for men, even for women.
  return { ok: true, birthDate, sex: Number(number.charAt(16)) % 2 === 1 ? 'male' : 'female' };
}

/**
 * The public form (RULEBOOK): birth month and day hidden, `110105198001010018` → `1101051980****0018`.
 * A legacy 15-digit number (YYMMDD) hides the same two fields; anything else is hidden whole, since what it
 * holds cannot be told.
 */
export function maskIdentityNumber(value: string): string {
  const number = normalizeIdentityNumber(value);
  if (number.length === 18) return `${number.slice(0, 10)}****${number.slice(14)}`;
  if (number.length === 15) return `${number.slice(0, 8)}****${number.slice(12)}`;
  return '*'.repeat(number.length);
}

// ---------------------------------------------------------------------------------------------------------
// 统一社会信用代码 GB 32100-2015
// ---------------------------------------------------------------------------------------------------------

/** The 31 code characters: digits and capitals without I, O, S, V, Z (easily misread). Index = value. */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/**
 * Weight of position i is 3^i mod 31. (A list ending …29,24,10,30,28,2,6,18 also circulates; it is wrong
 * from the 11th weight on and rejects real codes.)
 */
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** The 18th character: 31 - (weighted sum mod 31), where 31 becomes 0. */
export function creditCodeCheckCharacter(first17: string): string {
  if (first17.length !== 17 || !inAlphabet(first17, CREDIT_CODE_ALPHABET)) {
    throw new RangeError('creditCodeCheckCharacter needs 17 characters of the code alphabet');
  }
  const sum = CREDIT_CODE_WEIGHTS.reduce(
    (total, weight, i) => total + CREDIT_CODE_ALPHABET.indexOf(first17.charAt(i)) * weight,
    0,
  );
  return CREDIT_CODE_ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/**
 * Whether a unified social credit code is well formed: 登记管理部门代码 (1), 机构类别代码 (1), 登记管理机关
 * 行政区划码 (6 digits), 主体标识码 (9) and the check character. The embedded organisation code's own check
 * (GB 11714) is not enforced: nothing guarantees every issued code meets it, and the MOD 31 check already
 * catches any single mistyped character. Known limitation: a few codes from early pilot registries (e.g.
 * Xiamen's `91350211M00013FA1N`) break the MOD 31 check itself and are refused.
 */
export function checkCreditCode(value: string): CreditCodeCheck {
  if (value.length !== 18)
    return fail(`须为18位，不是${value.length}位`, `must be 18 characters, not ${value.length}`);
  for (let i = 0; i < value.length; i += 1) {
    const character = value.charAt(i);
    if (!CREDIT_CODE_ALPHABET.includes(character)) {
      return fail(
        `第${i + 1}位（${character}）不允许：只能是数字和除I、O、S、V、Z以外的大写字母`,
        `character ${i + 1} (${character}) is not allowed: digits and capitals except I, O, S, V, Z`,
      );
    }
  }
  if (!/^\d{6}$/.test(value.slice(2, 8)))
    return fail(
      '第3至8位（登记管理机关行政区划码）须为数字',
      'characters 3 to 8 (administrative division) must be digits',
    );
  const expected = creditCodeCheckCharacter(value.slice(0, 17));
  if (value.charAt(17) !== expected)
    return fail(`校验码应为${expected}`, `check character should be ${expected}`);
  return { ok: true };
}

/** GB 11714 组织机构代码 characters: digits then A–Z, valued 0–35. */
const ORGANISATION_CODE_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ORGANISATION_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/**
 * The 9th character of an organisation code (chars 9–17 of a credit code) for its 8-character body:
 * 11 - (weighted sum mod 11), where 10 is `X` and 11 is `0`. Used to make realistic synthetic codes.
 */
export function organisationCodeCheckCharacter(body: string): string {
  if (body.length !== 8 || !inAlphabet(body, ORGANISATION_CODE_ALPHABET)) {
    throw new RangeError('organisationCodeCheckCharacter needs 8 digits or capitals');
  }
  const sum = ORGANISATION_CODE_WEIGHTS.reduce(
    (total, weight, i) => total + ORGANISATION_CODE_ALPHABET.indexOf(body.charAt(i)) * weight,
    0,
  );
  const check = 11 - (sum % 11);
  if (check === 10) return 'X';
  return check === 11 ? '0' : String(check);
}

// ---------------------------------------------------------------------------------------------------------
// Synthetic data
// ---------------------------------------------------------------------------------------------------------

/** Real county-level division codes (GB/T 2260 行政区划代码) for synthetic parties. */
export const ADDRESS_CODES: readonly { code: string; name: string }[] = [
  { code: '110101', name: '北京市东城区' },
  { code: '110102', name: '北京市西城区' },
  { code: '110105', name: '北京市朝阳区' },
  { code: '110106', name: '北京市丰台区' },
  { code: '110108', name: '北京市海淀区' },
  { code: '110113', name: '北京市顺义区' },
  { code: '120101', name: '天津市和平区' },
  { code: '310101', name: '上海市黄浦区' },
  { code: '310104', name: '上海市徐汇区' },
  { code: '310115', name: '上海市浦东新区' },
  { code: '320102', name: '江苏省南京市玄武区' },
  { code: '330106', name: '浙江省杭州市西湖区' },
  { code: '350203', name: '福建省厦门市思明区' },
  { code: '370102', name: '山东省济南市历下区' },
  { code: '420106', name: '湖北省武汉市武昌区' },
  { code: '440106', name: '广东省广州市天河区' },
  { code: '440304', name: '广东省深圳市福田区' },
  { code: '440305', name: '广东省深圳市南山区' },
  { code: '500103', name: '重庆市渝中区' },
  { code: '510104', name: '四川省成都市锦江区' },
  { code: '610113', name: '陕西省西安市雁塔区' },
];

/**
 * A valid resident identity number (for any `today` on or after the birth date). `random` returns values in
 * [0, 1), like Math.random; pass a seeded one for reproducible data.
 */
export function makeIdentityNumber(
  random: () => number,
  options: { addressCode?: string; birthDate: string; sex: 'male' | 'female' },
): string {
  const addressCode = options.addressCode ?? pick(random, ADDRESS_CODES).code;
  if (!/^\d{6}$/.test(addressCode)) throw new RangeError('addressCode must be 6 digits');
  assertLocalDate(options.birthDate, 'birthDate');
  if (Number(options.birthDate.slice(0, 4)) < EARLIEST_BIRTH_YEAR) {
    throw new RangeError(`birthDate must not be before ${EARLIEST_BIRTH_YEAR}`);
  }
  const parityDigits = options.sex === 'male' ? '13579' : '02468';
  const sequence = `${randomInt(random, 10)}${randomInt(random, 10)}${pick(random, [...parityDigits])}`;
  const first17 = `${addressCode}${options.birthDate.replaceAll('-', '')}${sequence}`;
  return first17 + identityCheckCharacter(first17);
}

/** Registry and category pairs: 91 company, 92 individual business, 93 co-operative, 1x/5x public bodies. */
const CREDIT_CODE_PREFIXES = ['91', '91', '91', '91', '92', '93', '11', '12', '51', '52', '53'] as const;

/** A valid unified social credit code whose embedded organisation code also checks (GB 11714). */
export function makeCreditCode(random: () => number): string {
  const prefix = pick(random, CREDIT_CODE_PREFIXES);
  const division = pick(random, ADDRESS_CODES).code;
  let body = '';
  for (let i = 0; i < 8; i += 1) body += pick(random, [...CREDIT_CODE_ALPHABET]);
  const first17 = `${prefix}${division}${body}${organisationCodeCheckCharacter(body)}`;
  return first17 + creditCodeCheckCharacter(first17);
}

// ---------------------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------------------

function fail(zh: string, en: string): { ok: false; reason: Text } {
  return { ok: false, reason: { zh, en } };
}

function inAlphabet(text: string, alphabet: string): boolean {
  return [...text].every((character) => alphabet.includes(character));
}

/** A real proleptic-Gregorian date written YYYY-MM-DD (so 1900-02-29 is not one, 2000-02-29 is). */
function isLocalDate(text: string): boolean {
  // Read by character codes, not a pattern and its match array: screening checks millions of numbers.
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The number written by `count` ASCII digits from `from`; -1 if one is not a digit. */
function digitsAt(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i += 1) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** A caller passing a malformed date is a bug, not bad input: throw rather than return a reason. */
function assertLocalDate(text: string, name: string): void {
  if (!isLocalDate(text)) throw new RangeError(`${name} must be a real date YYYY-MM-DD`);
}

/** An integer in [0, n), clamped so a generator returning exactly 1 cannot index past the end. */
function randomInt(random: () => number, n: number): number {
  return Math.min(n - 1, Math.max(0, Math.floor(random() * n)));
}

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[randomInt(random, items.length)];
  if (item === undefined) throw new RangeError('nothing to pick from');
  return item;
}
