import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../test/platform';
import { platformActor } from './service';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await createTestPlatform();
});
afterAll(() => platform.close());

/** Appends, inside one transaction deferred to its end, an entry per subject to the given court's chain. */
function appendDeferred(entries: readonly { courtId: string; subject: string }[]) {
  const { audit } = platform.services;
  return platform.database.transaction((tx) =>
    audit.deferred(tx, async () => {
      for (const entry of entries) {
        await audit.append(tx, {
          actor: platformActor,
          courtId: entry.courtId,
          action: 'test.append',
          subject: entry.subject,
          after: { subject: entry.subject },
        });
      }
    }),
  );
}

/** A chain's entries as (number, subject), in the order of the whole log. */
async function chainOf(courtId: string) {
  const { rows } = await platform.database.sql.executeSql(
    'select chain_seq, subject from audit_entries where chain = $1 order by seq',
    [courtId],
  );
  return rows.map((row) => [Number(row.chain_seq), String(row.subject)]);
}

describe('appends deferred to the end of a transaction', () => {
  it('number each chain from its head in the order appended, new chains too, and keep every chain whole', async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    await appendDeferred([
      { courtId: a, subject: 'a1' },
      { courtId: b, subject: 'b1' },
      { courtId: a, subject: 'a2' },
      { courtId: a, subject: 'a3' },
    ]);
    await appendDeferred([
      { courtId: b, subject: 'b2' },
      { courtId: a, subject: 'a4' },
    ]);
    expect(await chainOf(a)).toEqual([
      [1, 'a1'],
      [2, 'a2'],
      [3, 'a3'],
      [4, 'a4'],
    ]);
    expect(await chainOf(b)).toEqual([
      [1, 'b1'],
      [2, 'b2'],
    ]);
    expect(await platform.services.audit.verify(platform.database.db)).toMatchObject({ ok: true });
  });

  it('concurrent transactions on the same chains, one of them new, leave no gap and no fork', async () => {
    const [shared, other, fresh] = [randomUUID(), randomUUID(), randomUUID()];
    await appendDeferred([
      { courtId: shared, subject: 'start' },
      { courtId: other, subject: 'start' },
    ]);
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        appendDeferred([
          { courtId: fresh, subject: `t${i}` },
          { courtId: shared, subject: `t${i}.1` },
          { courtId: other, subject: `t${i}` },
          { courtId: shared, subject: `t${i}.2` },
        ]),
      ),
    );
    const numbers = async (courtId: string) => (await chainOf(courtId)).map(([n]) => n);
    expect(await numbers(shared)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(await numbers(other)).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
    expect(await numbers(fresh)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    // A transaction's two entries on one chain are next to each other, in the order appended.
    const shares = await chainOf(shared);
    for (let i = 1; i < shares.length; i += 2) {
      expect(String(shares[i]?.[1]).replace('.1', '.2')).toBe(shares[i + 1]?.[1]);
    }
    expect(await platform.services.audit.verify(platform.database.db)).toMatchObject({ ok: true });
  });
});
