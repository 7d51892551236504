import { identityCheckCharacter } from '../modules/cases/identity';

/** A valid resident identity number for a birth date (sequence 001: male; 002: female). */
export function idNumber(birth = '19800101', sequence = '001', address = '110105'): string {
  const first17 = `${address}${birth}${sequence}`;
  return first17 + identityCheckCharacter(first17);
}

/** A valid unified social credit code (a real, public one). */
export const CREDIT_CODE = '91310110666007217T';

/** A filing body as the API takes it; override any part. */
export function filing(overrides: Record<string, unknown> = {}) {
  return {
    type: '执',
    basis: {
      documentNumber: '（2025）京0105民初123号',
      issuingCourt: '北京市朝阳区人民法院',
      kind: 'judgment',
      effectiveOn: '2025-06-01',
      duty: '被告于判决生效之日起十日内支付原告货款300,000元',
    },
    applicants: [
      {
        kind: 'person',
        name: '王小明',
        idNumber: idNumber('19800101', '001'),
        phone: '13800000000',
        payoutAccount: {
          bankName: '中国工商银行北京朝阳支行',
          accountNo: '6222020200112233445',
          accountName: '王小明',
        },
      },
    ],
    debtors: [
      {
        kind: 'entity',
        name: '北京某某贸易有限公司',
        creditCode: CREDIT_CODE,
        legalRepresentative: { name: '李四', idNumber: idNumber('19750315', '002') },
        address: '北京市朝阳区某路1号',
      },
    ],
    claimAmount: 30_000_000,
    ...overrides,
  };
}
