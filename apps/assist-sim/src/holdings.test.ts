import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Asset } from './assets';
import { buildCatalog, type SimInstitution } from './catalog';
import { HoldingsDeriver, isPersonIdentifier } from './holdings';
import { type RunningSimulator, startSimulator } from './server';
import { HubClient, person } from './test/harness';

const catalog = buildCatalog({ banks: 24, baseUrl: 'http://sim' });
const persons = Array.from({ length: 4000 }, (_, i) =>
  person(
    `${['110105', '310115', '440306', '510107'][i % 4]}19${String(50 + (i % 50))}0101${String(i % 1000).padStart(3, '0')}`,
  ),
).filter((id, i, all) => all.indexOf(id) === i);
/** Credit codes: 91 + region + 0000 + serial + a check character (not validated here). */
const entities = Array.from(
  { length: 2000 },
  (_, i) => `91${['11', '31', '44'][i % 3]}0000${String(i).padStart(9, '0')}Y`,
);

const total = (assets: Asset[]) => assets.reduce((sum, a) => sum + (a.balance ?? a.value ?? 0), 0);
const share = (ids: string[], deriver: HoldingsDeriver, category: string) =>
  ids.filter((id) => deriver.derive(id).some((a) => a.category === category)).length / ids.length;

describe('derived holdings', () => {
  const deriver = new HoldingsDeriver(catalog, 42);

  it('tell persons from entities by the identifier', () => {
    expect(isPersonIdentifier(person('11010519800101001'))).toBe(true);
    expect(isPersonIdentifier('110105198001010010')).toBe(
      person('11010519800101001') === '110105198001010010',
    );
    expect(isPersonIdentifier('91310110666007217T')).toBe(false);
  });

  it('repeat for the same seed and identifier, and differ between seeds', () => {
    const id = persons[7] as string;
    expect(new HoldingsDeriver(catalog, 42).derive(id)).toEqual(deriver.derive(id));
    const differs = persons
      .slice(0, 50)
      .some(
        (p) =>
          JSON.stringify(new HoldingsDeriver(catalog, 43).derive(p)) !== JSON.stringify(deriver.derive(p)),
      );
    expect(differs).toBe(true);
  });

  it('at one institution are exactly that institution’s part of everything', () => {
    for (const id of [...persons.slice(0, 200), ...entities.slice(0, 100)]) {
      const all = deriver.derive(id);
      for (const institution of catalog) {
        expect(deriver.derive(id, institution)).toEqual(
          all.filter((a) => a.institution === institution.code),
        );
      }
    }
  });

  it('are modest for most debtors and large for a few', () => {
    const totals = persons.map((id) => total(deriver.derive(id))).sort((a, b) => a - b);
    const median = totals[Math.floor(totals.length / 2)] as number;
    // Most have little: the median person holds less than 100,000 yuan in everything.
    expect(median).toBeLessThan(100_000 * 100);
    const moneyOnly = persons.map((id) =>
      deriver
        .derive(id)
        .filter((a) => a.category === 'bank' || a.category === 'online_payment')
        .reduce((sum, a) => sum + (a.balance ?? 0), 0),
    );
    expect(moneyOnly.filter((m) => m < 10_000 * 100).length / persons.length).toBeGreaterThan(0.6);
    // Some have much: a few hold over a million yuan.
    expect(totals.filter((t) => t > 1_000_000 * 100).length).toBeGreaterThan(persons.length * 0.02);
    expect(share(persons, deriver, 'vehicle')).toBeGreaterThan(0.08);
    expect(share(persons, deriver, 'vehicle')).toBeLessThan(0.22);
    expect(share(persons, deriver, 'real_estate')).toBeGreaterThan(0.05);
    expect(share(persons, deriver, 'real_estate')).toBeLessThan(0.16);
    expect(share(persons, deriver, 'ship')).toBeLessThan(0.02);
    expect(share(persons, deriver, 'bank')).toBeGreaterThan(0.6);
  });

  it('differ for entities: no housing fund, more equity, more money', () => {
    expect(share(entities, deriver, 'housing_fund')).toBe(0);
    expect(share(persons, deriver, 'housing_fund')).toBeGreaterThan(0.1);
    expect(share(entities, deriver, 'equity')).toBeGreaterThan(share(persons, deriver, 'equity') * 3);
    const bankMedian = (ids: string[]) => {
      const sums = ids
        .map((id) =>
          deriver
            .derive(id)
            .filter((a) => a.category === 'bank')
            .reduce((sum, a) => sum + (a.balance ?? 0), 0),
        )
        .sort((a, b) => a - b);
      return sums[Math.floor(sums.length / 2)] as number;
    };
    expect(bankMedian(entities)).toBeGreaterThan(bankMedian(persons));
  });

  it('name the accounts plausibly and keep bank accounts with the big banks', () => {
    const assets = persons.slice(0, 500).flatMap((id) => deriver.derive(id));
    const banks = assets.filter((a) => a.category === 'bank');
    const byBank = new Map<string, number>();
    for (const account of banks) byBank.set(account.institution, (byBank.get(account.institution) ?? 0) + 1);
    expect(byBank.get('bank.icbc') ?? 0).toBeGreaterThan(byBank.get('bank.hfb') ?? 0);
    const icbc = catalog.find((i) => i.code === 'bank.icbc') as SimInstitution;
    expect(
      banks.filter((a) => a.institution === 'bank.icbc').every((a) => a.assetRef.startsWith(icbc.prefix)),
    ).toBe(true);
    const beijingCar = persons
      .filter((id) => id.startsWith('11'))
      .flatMap((id) => deriver.derive(id))
      .find((a) => a.category === 'vehicle');
    expect(beijingCar?.assetRef.startsWith('京')).toBe(true);
    expect(beijingCar?.value).toBeGreaterThan(0);
    expect(assets.every((a) => Number.isSafeInteger(a.balance ?? a.value))).toBe(true);
  });

  it('with the full network, keep some accounts at local banks of the subject’s province', () => {
    const full = buildCatalog({ banks: 3600, baseUrl: 'http://sim' });
    const network = new HoldingsDeriver(full, 42);
    const local = persons
      .filter((id) => id.startsWith('44'))
      .flatMap((id) => network.derive(id))
      .filter((a) => a.category === 'bank' && full.find((i) => i.code === a.institution)?.region);
    expect(local.length).toBeGreaterThan(0);
    expect(local.every((a) => full.find((i) => i.code === a.institution)?.region === '44')).toBe(true);
  });
});

describe('subjects over HTTP', () => {
  let sim: RunningSimulator;
  let hub: HubClient;
  beforeAll(async () => {
    sim = await startSimulator({ seed: 42 });
    hub = new HubClient(sim.url);
  });
  afterAll(() => sim.close());

  it('GET shows the derived holdings until PUT sets them; DELETE goes back', async () => {
    const id = persons[3] as string;
    const derived = (await hub.sim('GET', `/sim/subjects/${id}`)).body as {
      materialised: boolean;
      holdings: unknown[];
    };
    expect(derived).toMatchObject({ materialised: false, kind: 'person' });
    expect(derived.holdings).toEqual(
      new HoldingsDeriver(buildCatalog({ banks: 24, baseUrl: sim.url }), 42)
        .derive(id)
        .map((a) => expect.objectContaining({ assetRef: a.assetRef, institution: a.institution })),
    );
    const put = await hub.sim('PUT', `/sim/subjects/${id}`, {
      holdings: [
        { category: 'bank', institution: 'bank.icbc', balance: 5_000_000 },
        {
          category: 'bank',
          institution: 'bank.icbc',
          balance: 7,
          assetRef: '6222020000000000001',
          description: '定期存款',
        },
        {
          category: 'vehicle',
          institution: 'vehicle.mps',
          value: 12_000_000,
          description: '小型汽车 京A12345',
        },
        { category: 'real_estate' },
      ],
    });
    expect(put.status).toBe(200);
    const holdings = (put.body as { holdings: Record<string, unknown>[] }).holdings;
    expect(holdings).toHaveLength(4);
    expect(holdings[0]).toMatchObject({ institution: 'bank.icbc', balance: 5_000_000, frozen: 0 });
    expect(String(holdings[0]?.assetRef)).toMatch(/^622202\d{13}$/);
    expect(holdings[1]).toMatchObject({
      assetRef: '6222020000000000001',
      description: '定期存款',
      balance: 7,
    });
    expect(holdings[2]).toMatchObject({ description: '小型汽车 京A12345', value: 12_000_000 });
    expect(holdings[3]).toMatchObject({ institution: 'real_estate.mnr', category: 'real_estate' });
    expect(Number(holdings[3]?.value)).toBeGreaterThan(0);
    expect(
      ((await hub.sim('GET', `/sim/subjects/${id}`)).body as { materialised: boolean }).materialised,
    ).toBe(true);
    expect(
      ((await hub.sim('DELETE', `/sim/subjects/${id}`)).body as { materialised: boolean }).materialised,
    ).toBe(false);
  });

  it('refuses holdings it cannot place, naming the field', async () => {
    const id = persons[4] as string;
    const cases: [unknown, string][] = [
      [{ category: 'bank', institution: 'vehicle.mps', balance: 1 }, 'holdings.0.institution'],
      [{ category: 'bank', institution: 'bank.nowhere', balance: 1 }, 'holdings.0.institution'],
      [{ category: 'vehicle', balance: 1 }, 'holdings.0.balance'],
      [{ category: 'bank', value: 1 }, 'holdings.0.value'],
      [{ category: 'gold', balance: 1 }, 'holdings.0.category'],
      [{ category: 'bank', balance: -1 }, 'holdings.0.balance'],
    ];
    for (const [holding, path] of cases) {
      const answer = await hub.sim('PUT', `/sim/subjects/${id}`, { holdings: [holding] });
      expect(answer.status).toBe(400);
      expect((answer.body as { errors: { path: string }[] }).errors[0]?.path).toBe(path);
    }
    const twice = { category: 'bank', balance: 1, assetRef: 'A1' };
    expect((await hub.sim('PUT', `/sim/subjects/${id}`, { holdings: [twice, twice] })).status).toBe(400);
    expect((await hub.sim('GET', '/sim/subjects/short')).status).toBe(400);
    expect(
      ((await hub.sim('GET', `/sim/subjects/${id}`)).body as { materialised: boolean }).materialised,
    ).toBe(false);
  });
});
