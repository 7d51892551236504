import { randomUUID } from 'node:crypto';
import { derivedKey, GATEWAY_PATHS, HEADERS, SKEW_WINDOW_MS, sign } from '@zhixing/assist-protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSimulator, startSimulator } from './server';
import { HubClient, person, query } from './test/harness';

let sim: RunningSimulator;
let hub: HubClient;
const subject = person('11010519800101001');

beforeAll(async () => {
  sim = await startSimulator({ seed: 11 });
  hub = new HubClient(sim.url);
});
afterAll(() => sim.close());

const executed = async () => {
  const stats = (await hub.sim('GET', '/sim/stats')).body as {
    totals: { executed: number; unauthorized: number };
  };
  return stats.totals;
};

function batchOf(...requests: ReturnType<typeof query>[]) {
  return { batchId: randomUUID(), callbackUrl: 'http://127.0.0.1:9/api/assist/v1/callbacks', requests };
}

describe('gateway signatures', () => {
  it('refuses a batch without signature headers, carrying out nothing', async () => {
    const before = await executed();
    const answer = await hub.post('bank.icbc', GATEWAY_PATHS.batches, batchOf(query(subject)), (headers) => {
      const { [HEADERS.signature]: _dropped, ...rest } = headers;
      return rest;
    });
    expect(answer.status).toBe(401);
    expect(answer.body).toMatchObject({ status: 401, failure: 'missing_headers' });
    const after = await executed();
    expect(after.executed).toBe(before.executed);
    expect(after.unauthorized).toBe(before.unauthorized + 1);
  });

  it('refuses a batch signed with another institution’s key or another secret', async () => {
    const request = query(subject);
    const path = `/inst/bank.icbc${GATEWAY_PATHS.batches}`;
    const body = JSON.stringify(batchOf(request));
    for (const key of [
      derivedKey('zhixing-demo-assist', 'bank.abc'),
      derivedKey('another-secret', 'bank.icbc'),
    ]) {
      const response = await fetch(sim.url + path, {
        method: 'POST',
        headers: sign('bank.icbc', key, { method: 'POST', path, body }),
        body,
      });
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ failure: 'bad_signature' });
    }
    const lookup = await hub.lookup('bank.icbc', [request.requestId]);
    expect(lookup.unknown).toEqual([request.requestId]);
  });

  it('refuses a message that names another institution than the gateway it is sent to', async () => {
    const path = `/inst/bank.icbc${GATEWAY_PATHS.batches}`;
    const body = JSON.stringify(batchOf(query(subject)));
    const key = derivedKey('zhixing-demo-assist', 'bank.abc');
    const response = await fetch(sim.url + path, {
      method: 'POST',
      headers: sign('bank.abc', key, { method: 'POST', path, body }),
      body,
    });
    expect(response.status).toBe(401);
  });

  it('refuses a stale timestamp, either way', async () => {
    for (const skew of [-SKEW_WINDOW_MS - 5000, SKEW_WINDOW_MS + 5000]) {
      const path = `/inst/bank.icbc${GATEWAY_PATHS.batches}`;
      const body = JSON.stringify(batchOf(query(subject)));
      const headers = sign(
        'bank.icbc',
        hub.keyOf('bank.icbc'),
        { method: 'POST', path, body },
        Date.now() + skew,
      );
      const response = await fetch(sim.url + path, { method: 'POST', headers, body });
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ failure: 'stale_timestamp' });
    }
  });

  it('refuses a replay of a message it has already accepted', async () => {
    const path = `/inst/bank.icbc${GATEWAY_PATHS.batches}`;
    const body = JSON.stringify(batchOf(query(subject)));
    const headers = sign('bank.icbc', hub.keyOf('bank.icbc'), { method: 'POST', path, body });
    const first = await fetch(sim.url + path, { method: 'POST', headers, body });
    expect(first.status).toBe(200);
    const replay = await fetch(sim.url + path, { method: 'POST', headers, body });
    expect(replay.status).toBe(401);
    expect(await replay.json()).toMatchObject({ failure: 'replayed_nonce' });
  });

  it('verifies lookups too', async () => {
    const answer = await hub.post(
      'bank.icbc',
      GATEWAY_PATHS.lookup,
      { requestIds: [randomUUID()] },
      (headers) => ({
        ...headers,
        [HEADERS.signature]: `v1=${'0'.repeat(64)}`,
      }),
    );
    expect(answer.status).toBe(401);
  });
});

describe('gateway input', () => {
  it('refuses a malformed batch whole with 400 naming the field', async () => {
    const good = query(subject);
    const bad = { ...query(subject), kind: 'freeze' };
    const answer = await hub.post('bank.icbc', GATEWAY_PATHS.batches, batchOf(good, bad as typeof good));
    expect(answer.status).toBe(400);
    const paths = (answer.body as { errors: { path: string }[] }).errors.map((e) => e.path);
    expect(paths).toContain('requests.1.assetRef');
    expect((await hub.lookup('bank.icbc', [good.requestId])).unknown).toEqual([good.requestId]);
  });

  it('refuses a batch above the institution’s own limit, and answers 404 for an unknown gateway', async () => {
    const registry = sim.institutions.find((i) => i.code === 'vehicle.mps');
    const requests = Array.from({ length: (registry?.maxBatch ?? 0) + 1 }, () => query(subject));
    const answer = await hub.post('vehicle.mps', GATEWAY_PATHS.batches, batchOf(...requests));
    expect(answer.status).toBe(400);
    expect((answer.body as { errors: { path: string }[] }).errors[0]?.path).toBe('requests');
    expect((await hub.post('bank.nowhere', GATEWAY_PATHS.batches, batchOf(query(subject)))).status).toBe(404);
    const response = await fetch(`${sim.url}/inst/bank.icbc/assist/v1/batches`);
    expect(response.status).toBe(405);
  });
});
