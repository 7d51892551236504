import { type RunningSimulator, startSimulator } from '@zhixing/assist-sim/src/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNumber } from '../../test/factories';
import { type Client, createTestPlatform, type TestPlatform } from '../../test/platform';
import { eventually } from '../../test/simulator';
import { listedPerson } from './test-listing';

/**
 * The demo of joint punishment over real HTTP: the simulator's airline and bank subscribe to the
 * change feed; a listed person is refused a ticket and a wealth product, and served again after the
 * deletion.
 */
let platform: TestPlatform;
let simulator: RunningSimulator;
let officer: Client;
beforeAll(async () => {
  platform = await createTestPlatform({ workers: true });
  simulator = await startSimulator();
  officer = await platform.as('officer');
  const admin = await platform.as('admin');
  for (const [code, sector] of [
    ['airline', 'airline'],
    ['bank', 'bank'],
  ] as const) {
    const created = await admin.post('/api/admin/partner-keys', {
      name: `模拟${code}`,
      sector,
      purpose: '依《限制消费规定》第三条拒绝高消费',
      scopes: ['screen', 'changes'],
      webhookUrl: `${simulator.url}/partners/${code}/webhook`,
    });
    const { digestKey, webhookSecret } = created.json<{ digestKey: string; webhookSecret: string }>();
    const subscribed = await fetch(`${simulator.url}/partners/${code}/subscription`, {
      method: 'PUT',
      body: JSON.stringify({ digestKey, webhookSecret }),
    });
    expect(subscribed.status).toBe(200);
  }
});
afterAll(async () => {
  await simulator?.close();
  await platform?.close();
});

const buy = (code: string, number: string) =>
  fetch(`${simulator.url}/partners/${code}/purchase`, {
    method: 'POST',
    body: JSON.stringify({ idNumber: number }),
  }).then((r) => r.status);

describe('the simulated airline and bank', () => {
  it('refuse a listed person and serve him again after deletion', async () => {
    const number = idNumber('19820808', '881');
    expect(await buy('airline', number)).toBe(200);
    const { caseId: id, listingId } = await listedPerson(officer, '郑某', number);
    await eventually(
      () => buy('airline', number),
      (status) => status === 403,
      20_000,
    );
    await eventually(
      () => buy('bank', number),
      (status) => status === 403,
      20_000,
    );
    expect(await buy('airline', idNumber('19820808', '891'))).toBe(200);
    // Deleted for performance: the restriction the listing carried is lifted in the same act.
    await officer.post(`/api/cases/${id}/dishonest-listings/${listingId}/deletion`, { reason: 'performed' });
    await eventually(
      () => buy('airline', number),
      (status) => status === 200,
      20_000,
    );
    // Each partner has its own delivery: the bank's may come after the airline's.
    await eventually(
      () => buy('bank', number),
      (status) => status === 200,
      20_000,
    );
    expect(simulator.partners.get('airline').status()).toMatchObject({ subscribed: true, inForce: 0 });
  }, 60_000);
});
