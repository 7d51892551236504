import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PRICE_PATHS } from './price';
import { BASIS, PriceReceiver, person, useSimulator } from './test/harness';

const t = useSimulator({ seed: 9, callbacks: { windowMs: 5 } }, () => new PriceReceiver());

const inquiry = (property: Record<string, unknown>) => ({
  inquiryId: randomUUID(),
  callbackUrl: t.receiver.url,
  basis: { ...BASIS, documentTitle: '网络询价委托书' },
  property,
});

const post = (code: string, tail: string, body: unknown) =>
  t.hub.signedPost(`/price/${code}${tail}`, code, body);

describe('price-inquiry platforms', () => {
  it('are published, one per platform of the national list', async () => {
    const listed = (await t.hub.sim('GET', '/sim/price-platforms')).body as {
      platforms: { code: string; endpoint: string }[];
    };
    expect(listed.platforms.map((p) => p.code)).toEqual(['price.taobao', 'price.jd', 'price.icbc']);
    expect(listed.platforms[0]?.endpoint).toBe(`${t.sim.url}/price/price.taobao`);
  });

  it('price an asset the simulator holds around its value, each platform a little differently', async () => {
    const owner = person('11010519800101021');
    const put = await t.hub.sim('PUT', `/sim/subjects/${owner}`, {
      holdings: [{ category: 'real_estate', value: 300_000_000 }],
    });
    const assetRef = (put.body as { holdings: { assetRef: string }[] }).holdings[0]?.assetRef;
    const property = { category: 'real_estate', description: '住宅 北京市朝阳区人民路1号', assetRef, owner };
    const sent = ['price.taobao', 'price.jd', 'price.icbc'].map((code) => ({
      code,
      body: inquiry(property),
    }));
    for (const { code, body } of sent) {
      const answer = await post(code, PRICE_PATHS.inquiries, body);
      expect(answer).toMatchObject({ status: 200, body: { inquiryId: body.inquiryId, status: 'accepted' } });
    }
    const reports = await t.receiver.waitFor(3);
    const prices = reports.map((r) => r.price as number);
    for (const price of prices) {
      expect(price).toBeGreaterThan(300_000_000 * 0.8);
      expect(price).toBeLessThan(300_000_000 * 1.2);
      expect(price % 10_000).toBe(0);
    }
    expect(new Set(prices).size).toBeGreaterThan(1);
    // Same property, same platform, same seed: the same price again.
    await post('price.jd', PRICE_PATHS.inquiries, inquiry(property));
    const again = await t.receiver.waitFor(4);
    const jd = again.filter((r) => r.platformCode === 'price.jd').map((r) => r.price);
    expect(jd[0]).toBe(jd[1]);
  });

  it('decline a category they do not price, answer duplicates and lookups, refuse the unsigned', async () => {
    const ship = inquiry({ category: 'ship', description: '干货船 浙华信123' });
    await post('price.icbc', PRICE_PATHS.inquiries, ship);
    const [declined] = await t.receiver.waitFor(1);
    expect(declined).toMatchObject({ inquiryId: ship.inquiryId, status: 'declined' });
    const duplicate = await post('price.icbc', PRICE_PATHS.inquiries, ship);
    expect(duplicate.body).toMatchObject({ status: 'duplicate', report: declined });
    const lookup = await post('price.icbc', PRICE_PATHS.lookup, {
      inquiryIds: [ship.inquiryId, randomUUID()],
    });
    expect((lookup.body as { reports: unknown[]; unknown: string[] }).reports).toEqual([declined]);
    expect((lookup.body as { unknown: string[] }).unknown).toHaveLength(1);
    const unsigned = await fetch(`${t.sim.url}/price/price.icbc${PRICE_PATHS.inquiries}`, {
      method: 'POST',
      body: JSON.stringify(inquiry({ category: 'vehicle', description: '小型轿车' })),
    });
    expect(unsigned.status).toBe(401);
    const bad = await post('price.icbc', PRICE_PATHS.inquiries, { ...ship, inquiryId: 'nope' });
    expect(bad.status).toBe(400);
  });

  it('miss reports when told to, so that the court extends or polls', async () => {
    await t.hub.sim('PUT', '/sim/faults/price.taobao', { dropRate: 1 });
    const body = inquiry({ category: 'vehicle', description: '小型轿车 京A35219' });
    await post('price.taobao', PRICE_PATHS.inquiries, body);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(t.receiver.reports()).toEqual([]);
    const lookup = await post('price.taobao', PRICE_PATHS.lookup, { inquiryIds: [body.inquiryId] });
    expect((lookup.body as { reports: { price: number }[] }).reports[0]?.price).toBeGreaterThan(0);
  });

  it('keep the court’s clock when told to report after a delay, and need no callback', async () => {
    const set = await t.hub.sim('PUT', '/sim/price-platforms/price.jd', { reportAfterHours: 50 });
    expect(set.body).toEqual({ code: 'price.jd', reportAfterHours: 50 });
    expect((await t.hub.sim('PUT', '/sim/price-platforms/price.nope', { reportAfterHours: 1 })).status).toBe(
      404,
    );
    const sentAt = '2026-06-01T02:00:00.000Z';
    const { callbackUrl: _none, ...polled } = inquiry({
      category: 'vehicle',
      description: '小型轿车 京B12345',
    });
    const body = { ...polled, sentAt };
    expect((await post('price.jd', PRICE_PATHS.inquiries, body)).body).toMatchObject({ status: 'accepted' });
    const at = (asOf: string) => post('price.jd', PRICE_PATHS.lookup, { inquiryIds: [body.inquiryId], asOf });
    const early = (await at('2026-06-03T03:59:59.000Z')).body as { reports: unknown[]; pending: string[] };
    expect(early).toMatchObject({ reports: [], pending: [body.inquiryId] });
    const late = (await at('2026-06-03T04:00:00.000Z')).body as { reports: { reportedAt: string }[] };
    expect(late.reports[0]?.reportedAt).toBe('2026-06-03T04:00:00.000Z');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(t.receiver.reports()).toEqual([]);
    await t.hub.sim('PUT', '/sim/price-platforms/price.jd', { reportAfterHours: 0 });
  });
});
