import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SettableClock } from '../../platform/clock';
import { type Client, createTestPlatform, type TestPlatform } from '../../test/platform';
import { addCalendarDays, toEpochDay } from '../calendar/rules';
import { currentReferencePrice } from './service';
import { seizedHouse } from './test-helpers';

let platform: TestPlatform;
let officer: Client;
const DAY = 86_400_000;

beforeAll(async () => {
  platform = await createTestPlatform({ clock: 'settable' });
  officer = await platform.as('officer');
});
afterAll(() => platform.close());
beforeEach(() => (platform.clock as SettableClock).set(new Date()));

const later = (days: number) =>
  (platform.clock as SettableClock).set(new Date(platform.clock.now().getTime() + days * DAY));

interface Procedure {
  id: string;
  method: string;
  status: string;
  agencies: string[] | null;
  agencyIndex: number | null;
  reportDueOn: string | null;
  validUntil: string | null;
  reissueOf: string | null;
  stayedSince: string | null;
  stays: { from: string; until: string | null; reason: string }[];
  returns: { agency: string; on: string; reason: string; late: boolean }[];
  draw: { list: string[]; result: string[] } | null;
}

const ruleOf = (answer: { json(): { violations: { ruleId: string }[] } }) =>
  answer.json().violations[0]?.ruleId;

async function appraising() {
  const { assetId } = await seizedHouse(officer);
  const started = await officer.post(`/api/assets/${assetId}/valuations`, {
    method: 'appraisal',
    appraisalRequired: true,
  });
  expect(started.statusCode, started.body).toBe(201);
  return { assetId, procedure: started.json<Procedure>() };
}

describe('POST /api/valuations/:id/reissue (RefPrice 27)', () => {
  it('401, 403, 404; refused while the price is valid; then a new agreed price, linked, in force', async () => {
    const { assetId } = await seizedHouse(officer);
    const first = (
      await officer.post(`/api/assets/${assetId}/valuations`, { method: 'agreement', price: 90_000_000 })
    ).json<Procedure>();
    const path = `/api/valuations/${first.id}/reissue`;
    expect((await platform.anonymous.post(path, { price: 1 })).statusCode).toBe(401);
    expect((await (await platform.as('finance')).post(path, { price: 1 })).statusCode).toBe(403);
    expect((await (await platform.as('officer2')).post(path, { price: 1 })).statusCode).toBe(404);
    const early = await officer.post(path, { price: 85_000_000 });
    expect(early.statusCode).toBe(409);
    expect(ruleOf(early)).toBe('valuation.reissue');
    expect(early.json().violations[0].clause).toContain('27');

    later(367);
    const noPrice = await officer.post(path, {});
    expect(noPrice.statusCode).toBe(400);
    expect(noPrice.json().errors[0].path).toBe('price');
    const again = await officer.post(path, { price: 85_000_000 });
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json<Procedure>()).toMatchObject({
      method: 'agreement',
      status: 'priced',
      reissueOf: first.id,
    });
    const list = (await officer.get(`/api/assets/${assetId}/valuations`)).json<{ items: Procedure[] }>();
    expect(list.items.find((p) => p.id === first.id)?.status).toBe('superseded');
    expect((await currentReferencePrice(platform.database.db, assetId))?.amount).toBe(85_000_000);
    // The superseded one cannot be reissued again.
    expect(ruleOf(await officer.post(path, { price: 80_000_000 }))).toBe('valuation.reissue');
  });

  it('an expired appraisal goes back to the agency that reported, due within 15 days', async () => {
    const { procedure } = await appraising();
    const reporter = procedure.agencies?.[0];
    expect(
      (
        await officer.post(`/api/valuations/${procedure.id}/report`, {
          amount: 88_000_000,
          reportNo: '评报1号',
        })
      ).statusCode,
    ).toBe(200);
    later(370);
    const again = await officer.post(`/api/valuations/${procedure.id}/reissue`, {});
    expect(again.statusCode, again.body).toBe(201);
    const fresh = again.json<Procedure>();
    expect(fresh).toMatchObject({ method: 'appraisal', status: 'appraising', reissueOf: procedure.id });
    expect(fresh.agencies).toEqual([reporter]);
    expect(fresh.draw).toBeNull();
    const now = platform.clock.now().toISOString().slice(0, 10);
    const days = toEpochDay(fresh.reportDueOn as string) - toEpochDay(now);
    expect(days).toBeGreaterThanOrEqual(14);
    expect(days).toBeLessThanOrEqual(22); // 15 days, moved off a holiday
  });
});

describe('POST /api/valuations/:id/return (退回委托, RefPrice 19)', () => {
  it('for a reason at once; for missing the period only after it, late after 3 days; then a verifiable redraw', async () => {
    const { procedure } = await appraising();
    const path = `/api/valuations/${procedure.id}/return`;
    const bad = await officer.post(path, { reason: 'tired', note: '—' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('reason');
    const early = await officer.post(path, { reason: 'missed_period', note: '逾期' });
    expect(early.statusCode).toBe(409);
    expect(ruleOf(early)).toBe('valuation.agency_return');

    const conflicted = await officer.post(path, { reason: 'conflict', note: '评估师与被执行人系亲属' });
    expect(conflicted.statusCode, conflicted.body).toBe(200);
    const second = conflicted.json<Procedure>();
    expect(second.agencyIndex).toBe(1);
    expect(second.returns).toMatchObject([
      { agency: procedure.agencies?.[0], reason: 'conflict', late: false },
    ]);

    // The second agency's 30 days pass and it returns the file a week later: recorded late.
    later(31 + 7 + 10);
    const missed = await officer.post(path, { reason: 'missed_period', note: '未按期出具' });
    expect(missed.statusCode, missed.body).toBe(200);
    const third = missed.json<Procedure>();
    expect(third.agencyIndex).toBe(2);
    expect(third.returns[1]).toMatchObject({ agency: procedure.agencies?.[1], late: true });

    // The last drawn agency returns it too: 3 more drawn from the list without those that had the file.
    const redrawn = (
      await officer.post(path, { reason: 'beyond_scope', note: '非本机构专业' })
    ).json<Procedure>();
    expect(redrawn.agencies).toHaveLength(6);
    expect(redrawn.agencyIndex).toBe(3);
    for (const had of procedure.agencies ?? []) expect(redrawn.draw?.list).not.toContain(had);
    expect(redrawn.agencies?.slice(3)).toEqual(redrawn.draw?.result);
    const check = (await platform.anonymous.get(`/api/valuations/${procedure.id}/draw`)).json();
    expect(check).toMatchObject({ matches: true, count: 3 });
    const audit = await platform.database.sql.executeSql(
      `select count(*)::int as n from audit_entries where action = 'valuation.agency_return' and subject = $1`,
      [`valuation:${procedure.id}`],
    );
    expect(audit.rows[0]).toEqual({ n: 3 });
  });
});

describe('POST /api/valuations/:id/stay and /resume (stays excluded, RefPrice 19)', () => {
  it('stops the report period and moves the due date by the days stayed; only an appraisal, one at a time', async () => {
    const { procedure } = await appraising();
    const stayed = await officer.post(`/api/valuations/${procedure.id}/stay`, {
      reason: '当事人补充评估材料',
    });
    expect(stayed.statusCode, stayed.body).toBe(200);
    expect(stayed.json<Procedure>().stayedSince).not.toBeNull();
    const twice = await officer.post(`/api/valuations/${procedure.id}/stay`, { reason: '再次' });
    expect(ruleOf(twice)).toBe('valuation.stay');
    // While stayed the period is not missed.
    later(40);
    expect(
      ruleOf(
        await officer.post(`/api/valuations/${procedure.id}/return`, { reason: 'missed_period', note: '—' }),
      ),
    ).toBe('valuation.agency_return');
    const resumed = (await officer.post(`/api/valuations/${procedure.id}/resume`, {})).json<Procedure>();
    expect(resumed.stayedSince).toBeNull();
    expect(resumed.stays[0]?.until).not.toBeNull();
    expect(toEpochDay(resumed.reportDueOn as string)).toBeGreaterThanOrEqual(
      toEpochDay(addCalendarDays(procedure.reportDueOn as string, 40)),
    );
    expect(ruleOf(await officer.post(`/api/valuations/${procedure.id}/resume`, {}))).toBe('valuation.stay');

    const { assetId } = await seizedHouse(officer);
    const agreed = (
      await officer.post(`/api/assets/${assetId}/valuations`, { method: 'agreement', price: 1_000_00 })
    ).json<Procedure>();
    expect(ruleOf(await officer.post(`/api/valuations/${agreed.id}/stay`, { reason: '—' }))).toBe(
      'valuation.stay',
    );
  });
});

describe('documents in the dossier', () => {
  it('the commission when the file goes to an agency (again after a return), the notice when the price is served', async () => {
    const { procedure } = await appraising();
    const caseId = (
      await platform.database.sql.executeSql('select case_id from valuations where id = $1', [procedure.id])
    ).rows[0] as { case_id: string };
    const kinds = async () =>
      (await officer.get(`/api/cases/${caseId.case_id}/documents`))
        .json<{ items: { kind: string }[] }>()
        .items.map((d) => d.kind)
        .filter((k) => k.endsWith('commission') || k === 'price_notice');
    expect(await kinds()).toEqual(['appraisal_commission']);
    await officer.post(`/api/valuations/${procedure.id}/return`, { reason: 'conflict', note: '回避' });
    expect(await kinds()).toEqual(['appraisal_commission', 'appraisal_commission']);
    await officer.post(`/api/valuations/${procedure.id}/report`, { amount: 91_000_000, reportNo: '评报9号' });
    const served = await officer.post(`/api/valuations/${procedure.id}/service`, {});
    expect(served.statusCode, served.body).toBe(200);
    expect(await kinds()).toEqual(['appraisal_commission', 'appraisal_commission', 'price_notice']);
    const audit = await platform.database.sql.executeSql(
      `select count(*)::int as n from audit_entries where action = 'valuation.document' and subject = $1`,
      [`valuation:${procedure.id}`],
    );
    expect(audit.rows[0]).toEqual({ n: 3 });
  });
});
