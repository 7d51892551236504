import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filing, idNumber } from '../../test/factories';
import { createTestPlatform, type TestPlatform } from '../../test/platform';
import { importCases } from './import';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await createTestPlatform();
});
afterAll(() => platform.close());

async function rows(text: string, values: unknown[] = []) {
  return (await platform.database.sql.executeSql(text, values)).rows;
}

async function* linesOf(lines: readonly string[]): AsyncIterable<string> {
  yield* lines;
}

/** A legacy case as one NDJSON line: a filing body plus its number and dates. */
function legacy(overrides: Record<string, unknown> = {}): string {
  const { type: _type, ...body } = filing();
  return JSON.stringify({
    ...body,
    basis: { ...body.basis, documentNumber: '（2023）京0105民初88号', effectiveOn: '2023-12-01' },
    caseNumber: '（2024）京0105执900号',
    filedOn: '2024-03-01',
    ...overrides,
  });
}

const today = () => platform.services.cases.today();
const thisYear = () => Number(today().slice(0, 4));

describe('importCases', () => {
  it('imports the good lines with their original numbers and dates, and reports each bad line', async () => {
    const badIdentity = [{ ...filing().applicants[0], idNumber: `${idNumber().slice(0, 17)}0` }];
    const lines = [
      legacy({
        receivedOn: '2024-02-27',
        timeline: [
          { type: 'case.assigned', on: '2024-03-02', data: { officerName: '刘旧系统' } },
          { type: 'notice.served', on: '2024-03-04' },
          { type: 'performance.recorded', on: '2024-05-01', data: { amount: 100_000 } },
        ],
      }),
      '{"caseNumber": "（2024）京0105执901号", ',
      legacy({ caseNumber: '（2024）京0105执902号', applicants: badIdentity }),
      legacy({ caseNumber: '（2024）京0199执5号' }),
      legacy(),
      '',
      legacy({ caseNumber: '2024京0105执12号' }),
      legacy({
        caseNumber: '（2025）京0105执2000号',
        filedOn: '2025-02-10',
        status: 'closed',
        closedOn: '2025-06-30',
        closingMethod: 'fully_performed',
        timeline: [{ type: 'applicant.confirmed_performance', on: '2025-06-28' }],
      }),
      // ASCII parentheses; the official form and the type come from the number.
      legacy({ caseNumber: '(2025)沪0115执恢3号', filedOn: '2025-04-01' }),
      legacy({ caseNumber: '（2025）沪0115执恢4号', filedOn: '2025-04-01', type: '执' }),
      legacy({ caseNumber: `（${thisYear()}）京0105执50号`, filedOn: today() }),
      legacy({ caseNumber: '（2025）京0105执2000号', filedOn: '2025-02-10', type: '执' }),
    ];
    const result = await importCases(platform, linesOf(lines), { batchSize: 2 });

    expect(result.imported).toBe(4);
    expect(result.withoutDeadlines).toBe(0);
    const failed = Object.fromEntries(
      result.failed.map((bad) => [bad.line, bad.errors.map((e) => `${e.path}: ${e.message.en}`)]),
    );
    expect(Object.keys(failed).map(Number)).toEqual([2, 3, 4, 5, 7, 10, 12]);
    expect(failed[2]?.[0]).toMatch(/^: not valid JSON/);
    expect(failed[3]).toEqual([expect.stringMatching(/^applicants\.0\.idNumber: check character/)]);
    expect(failed[4]).toEqual(['caseNumber: court 京0199 does not exist']);
    expect(failed[5]).toEqual(['caseNumber: already exists']);
    expect(failed[7]?.[0]).toMatch(/^caseNumber: is not an enforcement case number/);
    expect(failed[10]).toEqual(["type: does not match the case number's type 执恢"]);
    expect(failed[12]).toEqual(['caseNumber: already exists']);

    const imported = await rows(
      `select case_number, type, status, filed_on::text as filed_on, received_on::text as received_on,
              closed_on::text as closed_on, closing_method, paid_amount::int as paid_amount
       from cases order by case_number`,
    );
    expect(imported).toEqual(
      expect.arrayContaining([
        {
          case_number: '（2024）京0105执900号',
          type: '执',
          status: 'open',
          filed_on: '2024-03-01',
          received_on: '2024-02-27',
          closed_on: null,
          closing_method: null,
          paid_amount: 100_000,
        },
        expect.objectContaining({
          case_number: '（2025）京0105执2000号',
          status: 'closed',
          closed_on: '2025-06-30',
          closing_method: 'fully_performed',
        }),
        expect.objectContaining({ case_number: '（2025）沪0115执恢3号', type: '执恢' }),
      ]),
    );
    const timeline = await rows(
      `select e.type, e.on::text as on, e.data from case_events e join cases c on c.id = e.case_id
       where c.case_number = '（2024）京0105执900号' order by e.id`,
    );
    expect(timeline).toEqual([
      { type: 'application.received', on: '2024-02-27', data: {} },
      { type: 'case.filed', on: '2024-03-01', data: { caseNumber: '（2024）京0105执900号' } },
      { type: 'case.assigned', on: '2024-03-02', data: { officerName: '刘旧系统' } },
      { type: 'notice.served', on: '2024-03-04', data: {} },
      { type: 'performance.recorded', on: '2024-05-01', data: { amount: 100_000 } },
    ]);
    const [party] = await rows(
      `select p.name, p.payout_account from case_parties p join cases c on c.id = p.case_id
       where c.case_number = '（2024）京0105执900号' and p.role = 'applicant'`,
    );
    expect(party).toEqual({ name: '王小明', payout_account: filing().applicants[0]?.payoutAccount });
    const [deadlines] = await rows('select count(distinct case_id)::int as n from case_deadlines');
    expect(deadlines?.n).toBe(4);
    const audits = await rows(`select subject from audit_entries where action = 'case.import' order by seq`);
    expect(audits.length).toBeGreaterThanOrEqual(3);
  });

  it('raises the counters, so a new filing never reuses an imported number', async () => {
    const counters = await rows(
      `select c.code, s.type, s.year, s.last_serial from case_serials s join courts c on c.id = s.court_id
       order by c.code, s.year`,
    );
    expect(counters).toEqual(
      expect.arrayContaining([
        { code: '京0105', type: '执', year: 2024, last_serial: 900 },
        { code: '京0105', type: '执', year: 2025, last_serial: 2000 },
        { code: '沪0115', type: '执恢', year: 2025, last_serial: 3 },
      ]),
    );
    const created = await (await platform.as('officer')).post('/api/cases', filing());
    expect(created.statusCode).toBe(201);
    expect(created.json().caseNumber).toBe(`（${thisYear()}）京0105执51号`);
  });

  it('checks a migrated case’s state and timeline against its dates', async () => {
    const result = await importCases(
      platform,
      linesOf([
        legacy({ caseNumber: '（2024）京0105执1000号', status: 'closed' }),
        legacy({ caseNumber: '（2024）京0105执1001号', filedOn: '2025-01-02' }),
        legacy({
          caseNumber: '（2024）京0105执1002号',
          timeline: [
            { type: 'notice.served', on: '2024-01-01' },
            { type: 'performance.recorded', on: '2024-04-01', data: { amount: -5 } },
            { type: 'case.filed', on: '2024-03-01' },
          ],
        }),
      ]),
    );
    expect(result.imported).toBe(0);
    expect(result.failed.map((bad) => bad.errors.map((e) => e.path))).toEqual([
      ['closedOn', 'closingMethod'],
      ['filedOn'],
      ['timeline.2.type'],
    ]);
  });
});
