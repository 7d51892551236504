import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CASE_TYPES,
  type CaseNumber,
  type CaseType,
  formatCaseNumber,
  isCaseType,
  parseCaseNumber,
} from './case-number';

/** High-court codes (CaseNo), as in the org module; 兵 is the XPCC's courts. */
const PROVINCES = '京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔滇藏陕甘青宁新兵';

const courtCodeArb = fc.oneof(
  fc.constant('最高法'),
  fc
    .tuple(fc.constantFrom(...PROVINCES), fc.constantFrom('', '2', '4'))
    .chain(([province, digits]) =>
      digits === ''
        ? fc.constant(province)
        : fc.stringMatching(new RegExp(`^\\d{${digits}}$`)).map((d) => province + d),
    ),
);

const caseNumberArb: fc.Arbitrary<CaseNumber> = fc.record({
  year: fc.integer({ min: 1949, max: 9999 }),
  courtCode: courtCodeArb,
  type: fc.constantFrom(...CASE_TYPES.map((type) => type.code)),
  serial: fc.oneof(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER })),
});

describe('CASE_TYPES (执行类案件类型代字)', () => {
  it('lists the eight enforcement types, each once, with Chinese and English names', () => {
    expect(CASE_TYPES.map((type) => type.code)).toEqual([
      '执',
      '执恢',
      '执保',
      '执异',
      '执复',
      '执监',
      '执协',
      '执他',
    ]);
    for (const type of CASE_TYPES) {
      expect(type.name).toMatch(/\p{Script=Han}/u);
      expect(type.english).toMatch(/^[A-Z][a-z ]+$/);
    }
  });

  it('recognises exactly those codes', () => {
    expect(CASE_TYPES.every((type) => isCaseType(type.code))).toBe(true);
    for (const code of ['', '执X', '执执', '民初', '执恢 ', 'zhi']) expect(isCaseType(code)).toBe(false);
  });
});

describe('formatCaseNumber', () => {
  it.each([
    [{ year: 2025, courtCode: '京0105', type: '执', serial: 1234 }, '（2025）京0105执1234号'],
    [{ year: 2025, courtCode: '京0105', type: '执恢', serial: 12 }, '（2025）京0105执恢12号'],
    [{ year: 2024, courtCode: '沪01', type: '执异', serial: 7 }, '（2024）沪01执异7号'],
    [{ year: 2023, courtCode: '粤', type: '执复', serial: 1 }, '（2023）粤执复1号'],
    [{ year: 2025, courtCode: '最高法', type: '执监', serial: 3 }, '（2025）最高法执监3号'],
  ] satisfies [CaseNumber, string][])('%j → %s', (parts, text) => {
    expect(formatCaseNumber(parts)).toBe(text);
  });

  it.each([
    ['year before 1949', { year: 1948 }],
    ['five-digit year', { year: 10_000 }],
    ['fractional year', { year: 2025.5 }],
    ['unknown court', { courtCode: 'X01' }],
    ['court with three digits', { courtCode: '京010' }],
    ['empty court', { courtCode: '' }],
    ['unknown type', { type: '执X' as CaseType }],
    ['serial 0', { serial: 0 }],
    ['negative serial', { serial: -1 }],
    ['fractional serial', { serial: 1.5 }],
    ['unsafe serial', { serial: 2 ** 53 }],
    ['NaN serial', { serial: Number.NaN }],
  ])('throws on %s', (_label, change) => {
    const valid: CaseNumber = { year: 2025, courtCode: '京0105', type: '执', serial: 1 };
    expect(() => formatCaseNumber({ ...valid, ...change })).toThrow(RangeError);
  });
});

describe('parseCaseNumber', () => {
  it.each([
    ['（2025）京0105执1234号', { year: 2025, courtCode: '京0105', type: '执', serial: 1234 }],
    ['（2025）京0105执恢12号', { year: 2025, courtCode: '京0105', type: '执恢', serial: 12 }],
    ['(2025)京0105执12号', { year: 2025, courtCode: '京0105', type: '执', serial: 12 }],
    ['(2025）京0105执保5号', { year: 2025, courtCode: '京0105', type: '执保', serial: 5 }],
    ['（2025）最高法执监3号', { year: 2025, courtCode: '最高法', type: '执监', serial: 3 }],
    ['（2024）沪01执异100号', { year: 2024, courtCode: '沪01', type: '执异', serial: 100 }],
    ['（2019）新执协1号', { year: 2019, courtCode: '新', type: '执协', serial: 1 }],
    ['（2021）兵0101执他20号', { year: 2021, courtCode: '兵0101', type: '执他', serial: 20 }],
    ['  （2025）京0105执1号 ', { year: 2025, courtCode: '京0105', type: '执', serial: 1 }],
  ])('%s', (text, parts) => {
    expect(parseCaseNumber(text)).toEqual(parts);
  });

  it('reads every type, the one-character 执 included, without confusing it with the longer ones', () => {
    for (const { code } of CASE_TYPES) {
      expect(parseCaseNumber(`（2025）京0105${code}10号`)).toEqual({
        year: 2025,
        courtCode: '京0105',
        type: code,
        serial: 10,
      });
    }
  });

  it.each([
    ['serial 0', '（2025）京0105执0号'],
    ['leading zeros', '（2025）京0105执012号'],
    ['leading zeros after a two-character type', '（2025）京0105执恢007号'],
    ['unknown type 执X', '（2025）京0105执X12号'],
    ['unknown type 民初', '（2025）京0105民初12号'],
    ['type doubled', '（2025）京0105执执12号'],
    ['missing 号', '（2025）京0105执12'],
    ['text after 号', '（2025）京0105执12号之一'],
    ['missing serial', '（2025）京0105执号'],
    ['missing type', '（2025）京010512号'],
    ['missing court', '（2025）执12号'],
    ['unknown court', '（2025）X0105执12号'],
    ['court with three digits', '（2025）京010执12号'],
    ['court with six digits', '（2025）京010501执12号'],
    ['最高 without 法', '（2025）最高执12号'],
    ['missing parentheses', '2025京0105执12号'],
    ['square brackets', '[2025]京0105执12号'],
    ['〔〕 brackets', '〔2025〕京0105执12号'],
    ['two-digit year', '（25）京0105执12号'],
    ['year before 1949', '（1948）京0105执12号'],
    ['full-width digits', '（２０２５）京0105执12号'],
    ['space inside', '（2025） 京0105执12号'],
    ['serial beyond safe integers', '（2025）京0105执9007199254740993号'],
    ['empty', ''],
  ])('rejects %s', (_label, text) => {
    expect(parseCaseNumber(text)).toBeNull();
  });

  it('round-trips every case number, and normalises ASCII parentheses to full-width', () => {
    fc.assert(
      fc.property(caseNumberArb, (parts) => {
        const text = formatCaseNumber(parts);
        expect(parseCaseNumber(text)).toEqual(parts);
        const ascii = text.replace('（', '(').replace('）', ')');
        const parsed = parseCaseNumber(ascii);
        expect(parsed).toEqual(parts);
        if (parsed) expect(formatCaseNumber(parsed)).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws, and whatever it accepts formats back to the same text (up to parentheses)', () => {
    const noisyArb = fc.oneof(
      fc.string(),
      caseNumberArb.chain((parts) =>
        fc
          .tuple(fc.nat(20), fc.constantFrom('', '0', '执', '恢', '号', '(', '）', 'X', '1'))
          .map(([at, insert]) => {
            const text = formatCaseNumber(parts);
            const position = at % (text.length + 1);
            return text.slice(0, position) + insert + text.slice(position);
          }),
      ),
    );
    fc.assert(
      fc.property(noisyArb, (text) => {
        const parsed = parseCaseNumber(text);
        if (parsed) {
          const official = text
            .trim()
            .replace(/^\(/, '（')
            .replace(/^（(\d{4})\)/, '（$1）');
          expect(formatCaseNumber(parsed)).toBe(official);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
