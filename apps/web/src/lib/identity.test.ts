import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCreditCode, checkIdentityNumber } from '../../../server/src/modules/cases/identity';
import { creditCodeProblem, fenFromYuan, identityNumberProblem, newIdempotencyKey, yuan } from './identity';

/** The web's checks are a re-implementation: they must agree with the server's on every input. */
const TODAY = '2026-11-22';
const digits = (length: number) =>
  fc.array(fc.constantFrom(...'0123456789'), { minLength: length, maxLength: length }).map((a) => a.join(''));

describe('identity numbers (GB 11643)', () => {
  it('accept and refuse what the server does', () => {
    const birth = fc
      .date({ min: new Date('1890-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10).replaceAll('-', ''));
    const numbers = fc.oneof(
      fc
        .tuple(digits(6), birth, digits(3), fc.constantFrom(...'0123456789Xx'))
        .map((parts) => parts.join('')),
      fc.tuple(digits(6), digits(8), digits(4)).map((parts) => parts.join('')),
      fc.string({ minLength: 0, maxLength: 20 }),
    );
    fc.assert(
      fc.property(numbers, (number) => {
        // The server's schema trims before the check.
        expect(identityNumberProblem(number, TODAY) === null).toBe(
          checkIdentityNumber(number.trim(), TODAY).ok,
        );
      }),
      { numRuns: 3000 },
    );
  });

  it('name the expected check character', () => {
    expect(identityNumberProblem('11010519491231002X', TODAY)).toBeNull();
    expect(identityNumberProblem('110105194912310021', TODAY)?.zh).toBe('校验位应为 X');
    expect(identityNumberProblem('110105203001010012', TODAY)?.zh).toBe('出生日期晚于今天');
    expect(identityNumberProblem('110105198002300012', TODAY)?.zh).toMatch(/不是有效日期/);
  });
});

describe('unified social credit codes (GB 32100)', () => {
  it('accept and refuse what the server does', () => {
    const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    const codes = fc.oneof(
      fc.array(fc.constantFrom(...alphabet), { minLength: 18, maxLength: 18 }).map((a) => a.join('')),
      fc
        .tuple(
          fc.array(fc.constantFrom(...alphabet), { minLength: 2, maxLength: 2 }),
          digits(6),
          fc.array(fc.constantFrom(...alphabet), { minLength: 10, maxLength: 10 }),
        )
        .map(([a, b, c]) => `${a.join('')}${b}${c.join('')}`),
      fc.string({ minLength: 16, maxLength: 19 }),
    );
    fc.assert(
      fc.property(codes, (code) => {
        // The web upper-cases what is typed before checking and sending; the server checks as sent.
        const sent = code.trim().toUpperCase();
        expect(creditCodeProblem(code) === null).toBe(checkCreditCode(sent).ok);
      }),
      { numRuns: 3000 },
    );
  });

  it('accepts a real code and names the check character of a wrong one', () => {
    expect(creditCodeProblem('91310110666007217T')).toBeNull();
    expect(creditCodeProblem('91310110666007217A')?.zh).toBe('校验位应为 T');
  });
});

describe('money', () => {
  it('turns typed yuan into fen exactly, never through floating point', () => {
    expect(fenFromYuan('300000')).toBe(30_000_000);
    expect(fenFromYuan('0.29')).toBe(29);
    expect(fenFromYuan('1.1')).toBe(110);
    expect(fenFromYuan('4.35')).toBe(435);
    expect(fenFromYuan('1,234.56')).toBe(123_456);
    expect(fenFromYuan('1.234')).toBeNull();
    expect(fenFromYuan('-1')).toBeNull();
    expect(fenFromYuan('abc')).toBeNull();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Math.floor(Number.MAX_SAFE_INTEGER / 10) }), (fen) => {
        const text = `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
        expect(fenFromYuan(text)).toBe(fen);
        expect(fenFromYuan(yuan(fen).slice(1))).toBe(fen);
      }),
    );
  });

  it('writes fen as yuan with separators', () => {
    expect(yuan(30_000_000)).toBe('¥300,000.00');
    expect(yuan(5)).toBe('¥0.05');
    expect(yuan(123_456_789)).toBe('¥1,234,567.89');
  });
});

describe('idempotency keys', () => {
  it('are UUIDs the server accepts, also where crypto.randomUUID is missing (plain http)', () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(newIdempotencyKey()).toMatch(uuid);
    const original = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const keys = new Set(Array.from({ length: 100 }, () => newIdempotencyKey()));
      expect(keys.size).toBe(100);
      for (const key of keys) expect(key).toMatch(uuid);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: original, configurable: true });
    }
  });
});
