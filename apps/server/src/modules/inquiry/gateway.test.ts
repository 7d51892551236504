import { submitBatchSchema } from '@zhixing/assist-protocol';
import { describe, expect, it } from 'vitest';
import { batchText } from './gateway';

describe('batchText', () => {
  it('is the batch as JSON, each request its id followed by the JSON text the claim returned', () => {
    const payload = {
      kind: 'query',
      subject: { kind: 'person', name: '张"三\\', identifier: '110105198001010321' },
      basis: {
        caseNumber: '（2026）京0105执1号',
        courtCode: '京0105',
        courtName: '北京市朝阳区人民法院',
        documentId: '0b8f7c1e-2f7a-4c59-9d3e-5a1f0c2b7e11',
        documentTitle: '协助查询通知书（网络查控）',
        officerName: '张明',
      },
    };
    // PostgreSQL writes jsonb as text with a space after each colon and comma.
    const asTheDatabaseWritesIt = JSON.stringify(payload).replaceAll('":', '": ').replaceAll(',"', ', "');
    const ids = ['019a0000-0000-7000-8000-000000000001', '019a0000-0000-7000-8000-000000000002'];
    const text = batchText(
      'b1d5c1a0-0000-4000-8000-000000000000',
      'http://hub.example/api/assist/v1/callbacks?x="y"',
      ids.map((id) => ({ id, payload: asTheDatabaseWritesIt })),
    );
    const batch = JSON.parse(text);
    expect(batch).toEqual({
      batchId: 'b1d5c1a0-0000-4000-8000-000000000000',
      callbackUrl: 'http://hub.example/api/assist/v1/callbacks?x="y"',
      requests: ids.map((requestId) => ({ requestId, ...payload })),
    });
    expect(Object.keys(batch.requests[0])[0]).toBe('requestId');
    expect(submitBatchSchema.safeParse(batch).success).toBe(true);
  });

  it('is an empty list for no requests', () => {
    expect(JSON.parse(batchText('b', 'http://hub.example/', []))).toEqual({
      batchId: 'b',
      callbackUrl: 'http://hub.example/',
      requests: [],
    });
  });
});
