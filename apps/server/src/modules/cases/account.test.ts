import { describe, expect, it } from 'vitest';
import { caseAccount, caseAccountNumber, luhn } from './account';

describe('一案一账号', () => {
  it('computes Luhn check digits', () => {
    expect(luhn('7992739871')).toBe(3);
    expect(luhn('4111111111111111'.slice(0, 15))).toBe(1);
  });

  it('gives each case of a court its own number, stable for the same case', () => {
    const a = caseAccountNumber({ courtCode: '京0105', year: 2025, typeIndex: 0, serial: 1 });
    const b = caseAccountNumber({ courtCode: '京0105', year: 2025, typeIndex: 0, serial: 2 });
    const other = caseAccountNumber({ courtCode: '京0101', year: 2025, typeIndex: 0, serial: 1 });
    expect(a).toMatch(/^\d{19}$/);
    expect(new Set([a, b, other]).size).toBe(3);
    expect(caseAccountNumber({ courtCode: '京0105', year: 2025, typeIndex: 0, serial: 1 })).toBe(a);
    expect(luhn(a.slice(0, -1))).toBe(Number(a.at(-1)));
  });

  it('names the court’s escrow account', () => {
    expect(caseAccount('北京市朝阳区人民法院', '1')).toEqual({
      bankName: '中国工商银行股份有限公司',
      accountName: '北京市朝阳区人民法院执行款专户',
      accountNo: '1',
    });
  });
});
