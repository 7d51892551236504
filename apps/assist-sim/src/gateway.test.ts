import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type RunningSimulator, startSimulator } from './server';
import { CallbackReceiver, HubClient, person, query } from './test/harness';

let sim: RunningSimulator;
let hub: HubClient;
let receiver: CallbackReceiver;

beforeAll(async () => {
  sim = await startSimulator({ seed: 7, callbacks: { windowMs: 5 } });
  hub = new HubClient(sim.url);
});
afterAll(() => sim.close());
beforeEach(async () => {
  receiver = await new CallbackReceiver().start();
  return () => receiver.stop();
});

describe('a gateway', () => {
  it('accepts a signed batch of queries and calls every result back, signed', async () => {
    const subject = person('11010519800101001');
    await hub.sim('PUT', `/sim/subjects/${subject}`, {
      holdings: [{ category: 'bank', institution: 'bank.icbc', balance: 5_000_000 }],
    });
    const requests = [query(subject), query(person('11010519800101002'))];
    const receipt = await hub.batch('bank.icbc', receiver.url, requests);
    expect(receipt.receipts.map((r) => r.status)).toEqual(['accepted', 'accepted']);
    const results = await receiver.waitFor(2);
    expect(results.map((r) => r.requestId).sort()).toEqual(requests.map((r) => r.requestId).sort());
    const mine = results.find((r) => r.requestId === requests[0]?.requestId);
    expect(mine?.status).toBe('completed');
    expect(mine?.holdings).toEqual([
      expect.objectContaining({ category: 'bank', balance: 5_000_000, frozen: 0, controls: [] }),
    ]);
    expect(receiver.callbacks.every((c) => c.institutionCode === 'bank.icbc')).toBe(true);
    expect(receiver.refused).toBe(0);
  });
});
