import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { assistRequestSchema, callbackSchema, submitBatchSchema } from './messages';

const basis = {
  caseNumber: '（2026）京0105执12号',
  courtCode: '京0105',
  courtName: '北京市朝阳区人民法院',
  documentId: randomUUID(),
  documentTitle: '协助查询通知书',
  officerName: '张明',
};
const subject = { kind: 'person' as const, name: '王某', identifier: '11010519800101001X' };

describe('assist messages', () => {
  it('accepts a query and names the field a control request misses', () => {
    expect(
      assistRequestSchema.safeParse({ requestId: randomUUID(), kind: 'query', subject, basis }).success,
    ).toBe(true);
    const freeze = assistRequestSchema.safeParse({ requestId: randomUUID(), kind: 'freeze', subject, basis });
    expect(freeze.success).toBe(false);
    expect(freeze.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['assetRef', 'until']);
    const deduct = assistRequestSchema.safeParse({
      requestId: randomUUID(),
      kind: 'deduct',
      subject,
      basis,
      assetRef: 'A1',
    });
    expect(deduct.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['amount', 'payee']);
  });

  it('refuses fractional or negative money and unknown fields', () => {
    const base = {
      requestId: randomUUID(),
      kind: 'freeze',
      subject,
      basis,
      assetRef: 'A1',
      until: '2027-01-01',
    };
    expect(assistRequestSchema.safeParse({ ...base, amount: 10.5 }).success).toBe(false);
    expect(assistRequestSchema.safeParse({ ...base, amount: -1 }).success).toBe(false);
    expect(assistRequestSchema.safeParse({ ...base, amount: 100, extra: 1 }).success).toBe(false);
    expect(assistRequestSchema.safeParse({ ...base, amount: 100 }).success).toBe(true);
  });

  it('bounds a batch and a callback', () => {
    expect(
      submitBatchSchema.safeParse({ batchId: randomUUID(), callbackUrl: 'http://h/cb', requests: [] })
        .success,
    ).toBe(false);
    expect(callbackSchema.safeParse({ institutionCode: 'bank.icbc', results: [] }).success).toBe(false);
    const result = {
      requestId: randomUUID(),
      status: 'completed',
      completedAt: new Date().toISOString(),
      holdings: [],
    };
    expect(callbackSchema.safeParse({ institutionCode: 'bank.icbc', results: [result] }).success).toBe(true);
  });
});
