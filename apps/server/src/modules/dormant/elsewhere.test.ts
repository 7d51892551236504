import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../test/platform';
import { generateCaseload } from '../cases/generate';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await createTestPlatform();
  await generateCaseload(platform, { cases: 300, seed: 2025 });
});
afterAll(() => platform.close());

async function rows(text: string) {
  return (await platform.database.sql.executeSql(text, [])).rows;
}

describe('cases closed as dormant outside the route (the demo, an import)', () => {
  it('enter the pool once, as of their closing day, with the node and a public entry', async () => {
    const closed = await rows(
      `select id::text, closed_on::text from cases where status = 'closed' and closing_method = 'dormant'`,
    );
    expect(closed.length).toBeGreaterThan(0);
    expect(await platform.services.dormant.enterClosedElsewhere()).toBe(closed.length);
    expect(await platform.services.dormant.enterClosedElsewhere()).toBe(0);

    const pooled = await rows(
      `select case_id::text as id, entered_on::text, ends_on::text, next_due_on::text from dormant_pool`,
    );
    expect(pooled).toHaveLength(closed.length);
    for (const entry of pooled) {
      const source = closed.find((row) => row.id === entry.id);
      expect(entry.entered_on).toBe(source?.closed_on);
      expect(Number(String(entry.ends_on).slice(0, 4)) - Number(String(entry.entered_on).slice(0, 4))).toBe(
        5,
      );
    }
    const nodes = await rows(`select count(*)::int as n from case_events where type = 'dormant.entered'`);
    expect(nodes[0]?.n).toBe(closed.length);

    const [debtor] = await rows(
      `select p.name from case_parties p join dormant_pool d on d.case_id = p.case_id
       where p.role = 'debtor' order by p.name limit 1`,
    );
    const found = await platform.anonymous.get(
      `/api/public/dormant?name=${encodeURIComponent(String(debtor?.name))}`,
    );
    expect(found.statusCode).toBe(200);
    const [item] = found.json().items;
    const ruling = await platform.anonymous.get(item.ruling);
    expect(ruling.statusCode).toBe(200);
    expect(ruling.json().title).toBe('执行裁定书');
  });
});
