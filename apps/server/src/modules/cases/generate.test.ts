import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filing } from '../../test/factories';
import { createTestPlatform, type TestPlatform } from '../../test/platform';
import { parseCaseNumber } from './case-number';
import { generateCaseload } from './generate';
import { checkCreditCode, checkIdentityNumber } from './identity';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await createTestPlatform();
});
afterAll(() => platform.close());

async function rows(text: string, values: unknown[] = []) {
  return (await platform.database.sql.executeSql(text, values)).rows;
}

/** Every court, type and year numbers its cases 1…n with no gap, and its counter stands at n. */
async function expectGaplessNumbers(): Promise<void> {
  const groups = await rows(
    `select c.court_id, c.type, c.year, array_agg(c.serial order by c.serial) as serials,
            max(s.last_serial) as last_serial
     from cases c left join case_serials s using (court_id, type, year)
     group by c.court_id, c.type, c.year`,
  );
  expect(groups.length).toBeGreaterThan(1);
  for (const group of groups) {
    const serials = (group.serials as unknown[]).map(Number);
    expect(serials).toEqual(serials.map((_, i) => i + 1));
    expect(Number(group.last_serial)).toBe(serials.length);
  }
}

const NIL = '00000000-0000-0000-0000-000000000000';

/** The newest generated case id: generated ids are time-ordered (UUIDv7), filed ones random (v4). */
async function lastGeneratedId(): Promise<string> {
  const [row] = await rows(`select max(id::text) as id from cases where substr(id::text, 15, 1) = '7'`);
  return String(row?.id ?? NIL);
}

/** The parties, amount and filing day of the first case generated after `after`. */
async function firstCaseAfter(after: string) {
  return rows(
    `select p.role, p.kind, p.name, p.id_number, p.credit_code, c.claim_amount::text, c.filed_on::text
     from case_parties p join cases c on c.id = p.case_id
     where c.id = (select min(id::text)::uuid from cases where id::text > $1 and substr(id::text, 15, 1) = '7')
     order by p.role, p.position`,
    [after],
  );
}

describe('generateCaseload', () => {
  it('writes 300 numbered cases with valid parties, consistent timelines and their deadlines', async () => {
    const progress: number[] = [];
    const result = await generateCaseload(platform, {
      cases: 300,
      seed: 42,
      batchSize: 100,
      onProgress: (done) => progress.push(done),
    });
    expect(result).toMatchObject({ cases: 300, today: platform.services.cases.today() });
    expect(progress).toEqual([100, 200, 300]);

    const numbers = await rows('select case_number, court_id, type, year, serial from cases');
    expect(numbers).toHaveLength(300);
    expect(new Set(numbers.map((row) => row.case_number)).size).toBe(300);
    for (const row of numbers) {
      expect(parseCaseNumber(String(row.case_number))).toMatchObject({ type: row.type, serial: row.serial });
    }
    await expectGaplessNumbers();

    const today = result.today;
    for (const party of await rows(
      'select kind, id_number, credit_code, legal_representative from case_parties',
    )) {
      if (party.kind === 'person') expect(checkIdentityNumber(String(party.id_number), today).ok).toBe(true);
      else {
        expect(checkCreditCode(String(party.credit_code)).ok).toBe(true);
        const representative = party.legal_representative as { idNumber: string };
        expect(checkIdentityNumber(representative.idNumber, today).ok).toBe(true);
      }
    }

    const [deadlines] = await rows('select count(distinct case_id)::int as cases from case_deadlines');
    expect(deadlines?.cases).toBe(300);
    const statuses = (await rows('select distinct status from case_deadlines')).map((row) => row.status);
    expect(statuses).toEqual(expect.arrayContaining(['met', 'met_late', 'open', 'overdue']));
    const methods = (
      await rows('select distinct closing_method from cases where status = $1', ['closed'])
    ).map((row) => row.closing_method);
    expect(methods.sort()).toEqual(['dormant', 'fully_performed', 'terminated']);
  });

  it('keeps each timeline consistent with the case: filed first, closed last on its closing day', async () => {
    const broken = await rows(
      `select c.case_number from cases c
       join lateral (
         select array_agg(e.type order by e.id) as types, max(e.on) as last_on from case_events e where e.case_id = c.id
       ) t on true
       where t.types[1] <> 'application.received' or t.types[2] <> 'case.filed'
          or (c.status = 'closed' and (t.types[array_length(t.types, 1)] <> 'case.closed' or t.last_on <> c.closed_on))
          or (c.status = 'open' and 'case.closed' = any(t.types))
          or t.last_on > $1::date`,
      [platform.services.cases.today()],
    );
    expect(broken).toEqual([]);
    // One entry per batch transaction: 3 batches, each split in two on PostgreSQL (two writers).
    const [audit] = await rows(`select count(*)::int as n from audit_entries where action = 'case.generate'`);
    expect(audit?.n).toBe(platform.database.driver === 'postgres' ? 6 : 3);
    expect((await platform.services.audit.verify(platform.database.db)).ok).toBe(true);
  });

  it('a real filing afterwards continues the serial of its court, type and year', async () => {
    const year = Number(platform.services.cases.today().slice(0, 4));
    const [counter] = await rows(
      `select s.last_serial from case_serials s join courts c on c.id = s.court_id
       where c.code = '京0105' and s.type = '执' and s.year = $1`,
      [year],
    );
    const officer = await platform.as('officer');
    const created = await officer.post('/api/cases', filing());
    expect(created.statusCode).toBe(201);
    expect(created.json().caseNumber).toBe(`（${year}）京0105执${Number(counter?.last_serial ?? 0) + 1}号`);
  });

  it('the same seed gives the same cases; a second run continues every counter', async () => {
    const first = await firstCaseAfter(NIL);
    expect(first.length).toBeGreaterThanOrEqual(2);
    const after = await lastGeneratedId();
    await generateCaseload(platform, { cases: 40, seed: 42 });
    expect(await firstCaseAfter(after)).toEqual(first);
    await expectGaplessNumbers();
  });
});
