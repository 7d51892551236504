import { crc32, deflateSync } from 'node:zlib';
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

/**
 * A real PNG image (a red square with a white band), built without any image library: the dossier
 * upload tests send it, and a browser can show it.
 */
export function pngImage(size = 64): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows = Array.from({ length: size }, (_, y) => {
    const white = y > size * 0.4 && y < size * 0.6;
    return Buffer.concat([
      Buffer.from([0]),
      Buffer.alloc(size * 3, white ? 255 : 0).map((v, i) => (i % 3 === 0 ? 200 : v)),
    ]);
  });
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
