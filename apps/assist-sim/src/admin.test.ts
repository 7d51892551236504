import { describe, expect, it } from 'vitest';
import { CallbackReceiver, person, query, useSimulator } from './test/harness';

const t = useSimulator({ seed: 13 }, () => new CallbackReceiver());

interface Stats {
  totals: { batches: number; requests: number; executed: number };
  institutions: Record<string, { executed?: number }>;
  distinctRequests: number;
}

describe('the simulator’s own endpoints', () => {
  it('count per institution, and reset the counters but not what was received', async () => {
    await t.hub.batch('bank.icbc', t.receiver.url, [query(person('11010519800101031'))]);
    await t.hub.batch('vehicle.mps', t.receiver.url, [query(person('11010519800101031'))]);
    const stats = (await t.hub.sim('GET', '/sim/stats')).body as Stats;
    expect(stats.totals).toMatchObject({ batches: 2, requests: 2, executed: 2 });
    expect(stats.institutions['bank.icbc']?.executed).toBe(1);
    expect(stats.institutions['vehicle.mps']?.executed).toBe(1);
    const reset = (await t.hub.sim('DELETE', '/sim/stats')).body as Stats;
    expect(reset.totals.executed).toBe(0);
    expect(reset.institutions).toEqual({});
    expect(reset.distinctRequests).toBe(2);
  });

  it('answer health, and 404, 405 or 400 for what they do not serve', async () => {
    expect((await t.hub.sim('GET', '/sim/health')).body).toEqual({ ok: true, institutions: 37 });
    const missing = await t.hub.sim('GET', '/sim/nothing');
    expect(missing).toMatchObject({ status: 404, body: { type: 'urn:zhixing:problem:not_found' } });
    expect((await t.hub.sim('POST', '/sim/institutions')).status).toBe(405);
    expect((await t.hub.sim('GET', '/sim/subjects/%E0%A4%A')).status).toBe(400);
    expect(
      (await t.hub.sim('PUT', `/sim/subjects/${person('11010519800101032')}`, { holdings: 'x' })).status,
    ).toBe(400);
  });
});
