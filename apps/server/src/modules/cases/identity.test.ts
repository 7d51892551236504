import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ADDRESS_CODES,
  CREDIT_CODE_ALPHABET,
  checkCreditCode,
  checkIdentityNumber,
  creditCodeCheckCharacter,
  identityCheckCharacter,
  makeCreditCode,
  makeIdentityNumber,
  maskIdentityNumber,
  normalizeIdentityNumber,
  organisationCodeCheckCharacter,
} from './identity';

const TODAY = '2025-06-01';

/** 17 digits plus their check character, for numbers built to fail on one other rule. */
function withCheck(first17: string): string {
  return first17 + identityCheckCharacter(first17);
}

/** A `random` for the generators that cycles through values fast-check chose (all in [0, 1)). */
const randomArb = fc
  .array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { minLength: 1, maxLength: 40 })
  .map((values) => {
    let i = 0;
    return () => values[i++ % values.length] ?? 0;
  });

const birthDateArb = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date(`${TODAY}T00:00:00Z`), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

const sexArb = fc.constantFrom('male' as const, 'female' as const);

const identityArb = fc
  .record({
    random: randomArb,
    birthDate: birthDateArb,
    sex: sexArb,
    addressCode: fc.option(fc.stringMatching(/^\d{6}$/), { nil: undefined }),
  })
  .map(({ random, ...options }) => ({ options, number: makeIdentityNumber(random, options) }));

/** A value with one character replaced by a different character from `alphabetAt(position)`. */
function mutatedArb(valueArb: fc.Arbitrary<string>, alphabetAt: (position: number) => string) {
  return valueArb.chain((value) =>
    fc.nat(value.length - 1).chain((position) => {
      const others = [...alphabetAt(position)].filter((character) => character !== value.charAt(position));
      return fc
        .constantFrom(...others)
        .map((character) => `${value.slice(0, position)}${character}${value.slice(position + 1)}`);
    }),
  );
}

describe('identityCheckCharacter (ISO 7064 MOD 11-2)', () => {
  // Public examples: GB 11643-1999's own (…002X, 440524188001015368), 53010219200508011X and
  // 34052419800101001X from widely used validators.
  it.each([
    ['11010519491231002', 'X'],
    ['44052418800101536', '8'],
    ['53010219200508011', 'X'],
    ['34052419800101001', 'X'],
    ['11010519800101001', '6'],
  ])('%s → %s', (first17, check) => {
    expect(identityCheckCharacter(first17)).toBe(check);
  });

  it('yields every check character 0–9 and X', () => {
    const seen = new Set<string>();
    for (let n = 0; n < 100; n += 1)
      seen.add(identityCheckCharacter(`110105198001010${String(n).padStart(2, '0')}`));
    expect([...seen].sort()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X']);
  });

  it.each([
    '',
    '1101051949123100',
    '110105194912310021',
    '1101051949123100X',
    '１１０１０５１９４９１２３１００２',
  ])('throws on %j', (first17) => {
    expect(() => identityCheckCharacter(first17)).toThrow(RangeError);
  });
});

describe('checkIdentityNumber (公民身份号码)', () => {
  it.each([
    ['11010519491231002X', '1949-12-31', 'female'],
    ['53010219200508011X', '1920-05-08', 'male'],
    ['34052419800101001X', '1980-01-01', 'male'],
  ])('accepts the public example %s', (value, birthDate, sex) => {
    expect(checkIdentityNumber(value, TODAY)).toEqual({ ok: true, birthDate, sex });
  });

  it('accepts a lowercase x as X', () => {
    expect(checkIdentityNumber('11010519491231002x', TODAY)).toEqual({
      ok: true,
      birthDate: '1949-12-31',
      sex: 'female',
    });
    expect(normalizeIdentityNumber('11010519491231002x')).toBe('11010519491231002X');
  });

  it('reads the sex from the parity of the 17th digit (顺序码)', () => {
    for (let digit = 0; digit <= 9; digit += 1) {
      const result = checkIdentityNumber(withCheck(`1101051980010100${digit}`), TODAY);
      expect(result).toMatchObject({ ok: true, sex: digit % 2 === 1 ? 'male' : 'female' });
    }
  });

  it.each([
    ['', 0],
    ['1101051949123100', 16],
    ['11010519491231002', 17],
    ['11010519491231002X0', 19],
    ['110105491231002', 15],
    [' 11010519491231002X', 19],
  ])('rejects %j: wrong length', (value, length) => {
    expect(checkIdentityNumber(value, TODAY)).toEqual({
      ok: false,
      reason: expect.objectContaining({ en: `must be 18 characters, not ${length}` }),
    });
  });

  it.each([
    '1101051949123100XX',
    '11010519491231002Y',
    'A1010519491231002X',
    '110105 949123102X2',
    '11010519491231002-',
    '１1010519491231002X',
    '11010519491231002?',
  ])('rejects %j: bad characters', (value) => {
    expect(checkIdentityNumber(value, TODAY)).toEqual({
      ok: false,
      reason: expect.objectContaining({ en: 'must be 17 digits followed by a digit or X' }),
    });
  });

  it.each([
    '19000229',
    '20230229',
    '21000229',
    '20230230',
    '20230431',
    '20231301',
    '20230001',
    '20230100',
    '19800000',
  ])('rejects birth date %s: not a real date', (date) => {
    expect(checkIdentityNumber(withCheck(`110105${date}001`), TODAY)).toEqual({
      ok: false,
      reason: expect.objectContaining({ en: 'birth date is not a real date' }),
    });
  });

  it.each([
    ['20000229', '2000-02-29'],
    ['20240229', '2024-02-29'],
    ['19960229', '1996-02-29'],
    ['19001231', '1900-12-31'],
    ['19000101', '1900-01-01'],
  ])('accepts birth date %s (leap days of leap years included)', (date, birthDate) => {
    expect(checkIdentityNumber(withCheck(`110105${date}001`), TODAY)).toEqual({
      ok: true,
      birthDate,
      sex: 'male',
    });
  });

  it('rejects a birth date after today, and accepts one born today', () => {
    expect(checkIdentityNumber(withCheck('11010520250602001'), TODAY)).toEqual({
      ok: false,
      reason: expect.objectContaining({ en: 'birth date is in the future' }),
    });
    expect(checkIdentityNumber(withCheck('11010520300101001'), TODAY)).toMatchObject({ ok: false });
    expect(checkIdentityNumber(withCheck('11010520250601001'), TODAY)).toMatchObject({
      ok: true,
      birthDate: TODAY,
    });
    expect(checkIdentityNumber(withCheck('11010520250602001'), '2025-06-02')).toMatchObject({ ok: true });
  });

  it('rejects a birth date before 1900, like GB 11643’s own example 440524188001015368', () => {
    expect(checkIdentityNumber('440524188001015368', TODAY)).toEqual({
      ok: false,
      reason: expect.objectContaining({ en: 'birth date is before 1900' }),
    });
    expect(checkIdentityNumber(withCheck('11010518991231001'), TODAY)).toEqual({
      ok: false,
      reason: expect.objectContaining({ en: 'birth date is before 1900' }),
    });
  });

  it.each([
    ['110105194912310021', 'X'],
    ['340524198001010013', 'X'],
    ['11010519491231003X', '8'],
    ['530102192005080110', 'X'],
    // The RULEBOOK's masking example is not itself a valid number.
    ['110105198001010018', '6'],
  ])('rejects %s: check character should be %s', (value, expected) => {
    expect(checkIdentityNumber(value, TODAY)).toEqual({
      ok: false,
      reason: expect.objectContaining({ en: `check character should be ${expected}` }),
    });
  });

  it.each(['', '2025-6-1', '20250601', '2025-02-29', 'today'])('throws on a malformed today %j', (today) => {
    expect(() => checkIdentityNumber('11010519491231002X', today)).toThrow(RangeError);
  });

  it('checks length first, then characters, then the date, then the check character', () => {
    expect(checkIdentityNumber('X', TODAY)).toMatchObject({
      reason: expect.objectContaining({ en: 'must be 18 characters, not 1' }),
    });
    expect(checkIdentityNumber('11010519000229001A', TODAY)).toMatchObject({
      reason: expect.objectContaining({ en: 'must be 17 digits followed by a digit or X' }),
    });
    expect(checkIdentityNumber('110105190002290010', TODAY)).toMatchObject({
      reason: expect.objectContaining({ en: 'birth date is not a real date' }),
    });
  });
});

describe('makeIdentityNumber', () => {
  it('makes numbers that validate, with the birth date, sex and address asked for', () => {
    fc.assert(
      fc.property(identityArb, ({ options, number }) => {
        expect(number).toMatch(/^\d{17}[\dX]$/);
        expect(checkIdentityNumber(number, TODAY)).toEqual({
          ok: true,
          birthDate: options.birthDate,
          sex: options.sex,
        });
        if (options.addressCode) expect(number.slice(0, 6)).toBe(options.addressCode);
        else expect(ADDRESS_CODES.map((entry) => entry.code)).toContain(number.slice(0, 6));
      }),
      { numRuns: 500 },
    );
  });

  it('tolerates a random source that returns exactly 0 or 1', () => {
    for (const value of [0, 1, 0.999_999_999]) {
      const number = makeIdentityNumber(() => value, { birthDate: '2000-02-29', sex: 'female' });
      expect(checkIdentityNumber(number, TODAY)).toEqual({
        ok: true,
        birthDate: '2000-02-29',
        sex: 'female',
      });
    }
  });

  it('is deterministic for a given random source', () => {
    const options = { birthDate: '1985-07-14', sex: 'male' as const };
    const seeded = () => {
      let state = 7;
      return () => {
        state = (state * 48_271) % 2_147_483_647;
        return state / 2_147_483_647;
      };
    };
    expect(makeIdentityNumber(seeded(), options)).toBe(makeIdentityNumber(seeded(), options));
  });

  it.each([
    [{ birthDate: '1900-02-29', sex: 'male' as const }],
    [{ birthDate: '1899-12-31', sex: 'male' as const }],
    [{ birthDate: '19850714', sex: 'male' as const }],
    [{ birthDate: '1985-07-14', sex: 'male' as const, addressCode: '11010' }],
    [{ birthDate: '1985-07-14', sex: 'male' as const, addressCode: '11010A' }],
  ])('throws on impossible options %j', (options) => {
    expect(() => makeIdentityNumber(() => 0.5, options)).toThrow(RangeError);
  });

  it('any single changed character makes a valid number invalid', () => {
    const mutated = mutatedArb(
      identityArb.map(({ number }) => number),
      (position) => (position === 17 ? '0123456789X' : '0123456789'),
    );
    fc.assert(
      fc.property(mutated, (value) => {
        expect(checkIdentityNumber(value, TODAY).ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('maskIdentityNumber', () => {
  it('hides birth month and day (RULEBOOK example)', () => {
    expect(maskIdentityNumber('110105198001010018')).toBe('1101051980****0018');
    expect(maskIdentityNumber('11010519491231002X')).toBe('1101051949****002X');
    expect(maskIdentityNumber('11010519491231002x')).toBe('1101051949****002X');
  });

  it('hides the same fields of a legacy 15-digit number, and everything of anything else', () => {
    expect(maskIdentityNumber('110105491231002')).toBe('11010549****002');
    expect(maskIdentityNumber('')).toBe('');
    expect(maskIdentityNumber('1101051949')).toBe('**********');
    expect(maskIdentityNumber('11010519491231002X0')).toBe('*******************');
  });

  it('keeps address, birth year, sequence and check, never month or day', () => {
    fc.assert(
      fc.property(identityArb, ({ number }) => {
        const masked = maskIdentityNumber(number);
        expect(masked).toHaveLength(18);
        expect(masked.slice(0, 10)).toBe(number.slice(0, 10));
        expect(masked.slice(10, 14)).toBe('****');
        expect(masked.slice(14)).toBe(number.slice(14));
      }),
    );
  });
});

describe('creditCodeCheckCharacter (GB 32100 MOD 31)', () => {
  // Real codes: 91310110666007217T and 91310115591693856A (Hutool's tests), 91512081MA62K0260E (a worked
  // example of the computation), and Xiamen/Shenzhen/Beijing codes from a public validator's sample list.
  it.each([
    '91310110666007217T',
    '91310115591693856A',
    '91512081MA62K0260E',
    '91350200MA2YJ1XR9G',
    '9135020530311446XH',
    '91440300MA5F7YRE78',
    '91110107082833558H',
    '914403006188329255',
    '123502001549897397',
    '91350213678251743X',
  ])('%s', (code) => {
    expect(creditCodeCheckCharacter(code.slice(0, 17))).toBe(code.charAt(17));
    expect(checkCreditCode(code)).toEqual({ ok: true });
  });

  it('maps a zero remainder to check character 0', () => {
    const zero = [...CREDIT_CODE_ALPHABET]
      .map((c) => `9111000000000000${c}`)
      .find((first17) => {
        return creditCodeCheckCharacter(first17) === '0';
      });
    expect(zero).toBeDefined();
  });

  it.each(['', '9131011066600721', '91310110666007217T', '9131011066600721I', '9131011066600721t'])(
    'throws on %j',
    (first17) => {
      expect(() => creditCodeCheckCharacter(first17)).toThrow(RangeError);
    },
  );
});

describe('checkCreditCode (统一社会信用代码)', () => {
  it.each([
    ['', 0],
    ['91310110666007217', 17],
    ['91310110666007217T0', 19],
    ['310110666007217', 15],
  ])('rejects %j: wrong length', (value, length) => {
    expect(checkCreditCode(value)).toEqual({
      ok: false,
      reason: expect.objectContaining({ en: `must be 18 characters, not ${length}` }),
    });
  });

  it.each([
    ['91310110666007217t', 18, 't'],
    ['9131011066600721IT', 17, 'I'],
    ['91310110O66007217T', 9, 'O'],
    ['Z1310110666007217T', 1, 'Z'],
    ['9S310110666007217T', 2, 'S'],
    ['91310110666V07217T', 12, 'V'],
    ['91310110666-07217T', 12, '-'],
    ['91310110666 07217T', 12, ' '],
  ])('rejects %s: character %i (%s) is not allowed', (value, position, character) => {
    expect(checkCreditCode(value)).toEqual({
      ok: false,
      reason: expect.objectContaining({
        en: `character ${position} (${character}) is not allowed: digits and capitals except I, O, S, V, Z`,
      }),
    });
  });

  it('requires the administrative division (chars 3–8) to be digits', () => {
    const first17 = '91A10110666007217';
    expect(checkCreditCode(first17 + creditCodeCheckCharacter(first17))).toEqual({
      ok: false,
      reason: expect.objectContaining({ en: 'characters 3 to 8 (administrative division) must be digits' }),
    });
  });

  it.each([
    // A real early-pilot code that breaks the standard (Hutool's tests also refuse it).
    ['91350211M00013FA1N', '3'],
    ['91310110666007217A', 'T'],
    ['913101106660072170', 'T'],
  ])('rejects %s: check character should be %s', (value, expected) => {
    expect(checkCreditCode(value)).toEqual({
      ok: false,
      reason: expect.objectContaining({ en: `check character should be ${expected}` }),
    });
  });

  it('does not enforce the embedded organisation code’s own check (GB 11714)', () => {
    // Chars 9–17 `666007210` would fail GB 11714 (it wants 7); the MOD 31 check alone decides.
    const first17 = '91310110666007210';
    expect(organisationCodeCheckCharacter('66600721')).toBe('7');
    expect(checkCreditCode(first17 + creditCodeCheckCharacter(first17))).toEqual({ ok: true });
  });
});

describe('organisationCodeCheckCharacter (GB 11714)', () => {
  it.each([
    ['59467239', '9'],
    ['66600721', '7'],
    ['59169385', '6'],
    ['MA62K026', '0'],
    ['MA2YJ1XR', '9'],
    ['30311446', 'X'],
  ])('%s → %s', (body, check) => {
    expect(organisationCodeCheckCharacter(body)).toBe(check);
  });

  it.each(['', '5946723', '594672399', 'ma62k026', 'MA62K02-'])('throws on %j', (body) => {
    expect(() => organisationCodeCheckCharacter(body)).toThrow(RangeError);
  });
});

describe('makeCreditCode', () => {
  const codeArb = randomArb.map((random) => makeCreditCode(random));

  it('makes codes that validate, with a real division and a checking organisation code', () => {
    fc.assert(
      fc.property(codeArb, (code) => {
        expect(checkCreditCode(code)).toEqual({ ok: true });
        expect(ADDRESS_CODES.map((entry) => entry.code)).toContain(code.slice(2, 8));
        expect(organisationCodeCheckCharacter(code.slice(8, 16))).toBe(code.charAt(16));
      }),
      { numRuns: 500 },
    );
  });

  it('tolerates a random source that returns exactly 0 or 1', () => {
    for (const value of [0, 1]) expect(checkCreditCode(makeCreditCode(() => value))).toEqual({ ok: true });
  });

  it('any single changed character makes a valid code invalid', () => {
    fc.assert(
      fc.property(
        mutatedArb(codeArb, () => CREDIT_CODE_ALPHABET),
        (value) => {
          expect(checkCreditCode(value).ok).toBe(false);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('ADDRESS_CODES', () => {
  it('holds distinct 6-digit county-level codes with names', () => {
    expect(ADDRESS_CODES.length).toBeGreaterThanOrEqual(20);
    expect(new Set(ADDRESS_CODES.map((entry) => entry.code)).size).toBe(ADDRESS_CODES.length);
    for (const { code, name } of ADDRESS_CODES) {
      expect(code).toMatch(/^[1-8]\d{3}(?!00)\d{2}$/);
      expect(name).toMatch(/[区县市]$/);
    }
  });
});
