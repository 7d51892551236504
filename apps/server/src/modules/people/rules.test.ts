import { describe, expect, it } from 'vitest';
import { CREDIT_CODE, idNumber } from '../../test/factories';
import { identityOf, maskPhone, PHONE_PATTERN } from './rules';

describe('public accounts', () => {
  it('takes a resident identity number with its check character as a person, a credit code as an organisation', () => {
    expect(identityOf(idNumber('19800101', '001'), '2026-12-06')).toMatchObject({ ok: true, kind: 'person' });
    expect(identityOf(idNumber('19800101', '001').toLowerCase(), '2026-12-06')).toMatchObject({ ok: true });
    expect(identityOf(CREDIT_CODE, '2026-12-06')).toMatchObject({ ok: true, kind: 'organisation' });
    const wrongCheck = `${idNumber('19800101', '001').slice(0, 17)}${idNumber('19800101', '001').endsWith('0') ? '1' : '0'}`;
    const refused = identityOf(wrongCheck, '2026-12-06');
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.reason.zh).toContain('校验码应为');
    expect(identityOf(idNumber('20300101', '001'), '2026-12-06').ok).toBe(false);
    expect(identityOf('91310110666007217X', '2026-12-06').ok).toBe(false);
  });

  it('masks phones and accepts mainland mobile numbers only', () => {
    expect(maskPhone('13912345678')).toBe('139****5678');
    expect(PHONE_PATTERN.test('13912345678')).toBe(true);
    expect(PHONE_PATTERN.test('12912345678')).toBe(false);
    expect(PHONE_PATTERN.test('1391234567')).toBe(false);
  });
});
