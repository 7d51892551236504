import type { RunningSimulator } from '@zhixing/assist-sim/src/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREDIT_CODE, filing } from '../../test/factories';
import { createTestPlatform, type TestPlatform } from '../../test/platform';
import { eventually, sim, startTestSimulator } from '../../test/simulator';

interface Overview {
  total: number;
  answered: number;
  failed: number;
  pending: number;
  byCategory: { category: string; total: number; answered: number }[];
  rounds: { id: string; status: string; total: number; answered: number }[];
  requests: {
    status: string;
    kind: string;
    institution: { code: string };
    result: { holdings: number } | null;
  }[];
}

let platform: TestPlatform;
let simulator: RunningSimulator;
beforeAll(async () => {
  platform = await createTestPlatform({ workers: true, listen: true });
  simulator = await startTestSimulator(platform);
});
afterAll(async () => {
  await platform.close();
  await simulator.close();
});

describe('the acceptance flow: a subject on the simulator, a case filed against it', () => {
  it('queries every institution on filing and reaches all answered, with what the subject holds', async () => {
    await sim(simulator, 'PUT', `/sim/subjects/${CREDIT_CODE}`, {
      holdings: [
        { category: 'bank', institution: 'bank.icbc', balance: 5_000_000 },
        { category: 'vehicle', value: 12_000_000, description: '小型汽车 京A12345' },
      ],
    });
    const officer = await platform.as('officer');
    const filed = await officer.post('/api/cases', filing());
    expect(filed.statusCode).toBe(201);
    const caseId = filed.json<{ id: string }>().id;

    const done = await eventually(
      async () => (await officer.get(`/api/cases/${caseId}/inquiries`)).json<Overview>(),
      // The round is complete once a check after the last answer's commit has seen it.
      (overview) => overview.total > 0 && overview.pending === 0 && overview.rounds[0]?.status === 'complete',
    );
    const institutions = (await platform.services.inquiry.institutions(platform.database.db)).length;
    expect(done).toMatchObject({ total: institutions, answered: institutions, failed: 0, pending: 0 });
    expect(done.rounds).toHaveLength(1);
    expect(done.rounds[0]).toMatchObject({ status: 'complete', total: institutions, answered: institutions });
    expect(done.byCategory.map((c) => c.category)).toContain('vehicle');
    const found = (code: string) => done.requests.find((r) => r.institution.code === code)?.result?.holdings;
    expect(found('bank.icbc')).toBe(1);
    expect(found('vehicle.mps')).toBe(1);
    expect(found('bank.ccb')).toBe(0);

    const detail = (await officer.get(`/api/cases/${caseId}`)).json<{
      timeline: { type: string; data: Record<string, unknown> }[];
      deadlines: { ruleId: string; status: string }[];
    }>();
    const types = detail.timeline.map((event) => event.type);
    expect(types).toContain('inquiry.started');
    expect(detail.timeline.find((event) => event.type === 'inquiry.answered')?.data).toMatchObject({
      answered: institutions,
      failed: 0,
    });
    expect(detail.deadlines.find((d) => d.ruleId === 'inquiry.start')?.status).toBe('met');

    // The batches' audit entries, written together at their transactions' ends, keep every chain whole.
    const verified = await (await platform.as('admin')).get('/api/audit/verify');
    expect(verified.json()).toMatchObject({ ok: true });

    // Each request was carried out once by the simulator.
    const stats = await sim<{ totals: { executed: number; duplicates: number } }>(
      simulator,
      'GET',
      '/sim/stats',
    );
    expect(stats.totals.executed).toBe(institutions);
  });
});
