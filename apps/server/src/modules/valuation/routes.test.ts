import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestPlatform, type TestPlatform } from '../../test/platform';
import { addCalendarDays, dueDate } from '../calendar/rules';
import { draw } from './rules';
import { currentReferencePrice } from './service';
import { seizedHouse as seized } from './test-helpers';

let platform: TestPlatform;
let officer: Client;
beforeAll(async () => {
  platform = await createTestPlatform();
  officer = await platform.as('officer');
});
afterAll(() => platform.close());

const seizedHouse = (client: Client = officer) => seized(client);

export interface Valuation {
  id: string;
  method: string;
  status: string;
  results: { platform: string; price: number | null; status: string }[];
  referencePrice: number | null;
  determinedOn: string | null;
  validUntil: string | null;
}

describe('POST /api/assets/:id/valuations — agreement', () => {
  it('refuses without a session (401), bad input (400), without the permission (403), elsewhere (404)', async () => {
    const { assetId } = await seizedHouse();
    const body = { method: 'agreement', price: 120_000_000 };
    expect((await platform.anonymous.post(`/api/assets/${assetId}/valuations`, body)).statusCode).toBe(401);
    const bad = await officer.post(`/api/assets/${assetId}/valuations`, { method: 'agreement', price: -5 });
    expect(bad.statusCode).toBe(400);
    const finance = await platform.as('finance');
    expect((await finance.post(`/api/assets/${assetId}/valuations`, body)).statusCode).toBe(403);
    const other = await platform.as('officer2');
    expect((await other.post(`/api/assets/${assetId}/valuations`, body)).statusCode).toBe(404);
    expect((await other.get(`/api/assets/${assetId}/valuations`)).statusCode).toBe(404);
    const missing = await officer.post(`/api/assets/${assetId}/valuations`, { method: 'agreement' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0].path).toBe('price');
  });

  it('sets the price at once, valid one year, records valuation.priced and meets valuation.start', async () => {
    const { caseId, assetId } = await seizedHouse();
    const before = (await officer.get(`/api/cases/${caseId}`)).json<{
      deadlines: { ruleId: string; key: string; status: string }[];
    }>();
    expect(before.deadlines.find((d) => d.ruleId === 'valuation.start' && d.key === assetId)?.status).toBe(
      'open',
    );
    const created = await officer.post(`/api/assets/${assetId}/valuations`, {
      method: 'agreement',
      price: 120_000_000,
    });
    expect(created.statusCode).toBe(201);
    const valuation = created.json<Valuation>();
    expect(valuation).toMatchObject({ method: 'agreement', status: 'priced', referencePrice: 120_000_000 });
    const today = platform.services.valuation.today();
    expect(valuation.determinedOn).toBe(today);
    const [y, m, d] = today.split('-');
    expect(valuation.validUntil).toBe(`${Number(y) + 1}-${m}-${d === '29' && m === '02' ? '28' : d}`);

    const listed = (await officer.get(`/api/assets/${assetId}/valuations`)).json<{ items: Valuation[] }>();
    expect(listed.items.map((i) => [i.id, i.method, i.status, i.referencePrice])).toEqual([
      [valuation.id, 'agreement', 'priced', 120_000_000],
    ]);
    expect(listed.items[0]?.results).toEqual([]);

    const price = await currentReferencePrice(platform.database, assetId);
    expect(price).toEqual({
      valuationId: valuation.id,
      amount: 120_000_000,
      method: 'agreement',
      determinedOn: today,
      validUntil: valuation.validUntil,
    });
    expect(await currentReferencePrice(platform.database.db, assetId)).toEqual(price);

    const after = (await officer.get(`/api/cases/${caseId}`)).json<{
      timeline: { type: string; data: Record<string, unknown> }[];
      deadlines: { ruleId: string; key: string; status: string }[];
    }>();
    expect(after.timeline.find((e) => e.type === 'valuation.priced')?.data).toEqual({
      assetId,
      valuationId: valuation.id,
      amount: 120_000_000,
    });
    expect(after.deadlines.find((d) => d.ruleId === 'valuation.start' && d.key === assetId)?.status).toBe(
      'met',
    );
    expect(after.deadlines.find((d) => d.ruleId === 'auction.start' && d.key === assetId)?.status).toBe(
      'open',
    );
  });

  it('a new agreed price supersedes the old one', async () => {
    const { assetId } = await seizedHouse();
    await officer.post(`/api/assets/${assetId}/valuations`, { method: 'agreement', price: 100_000_000 });
    const second = (
      await officer.post(`/api/assets/${assetId}/valuations`, { method: 'agreement', price: 110_000_000 })
    ).json<Valuation>();
    const listed = (await officer.get(`/api/assets/${assetId}/valuations`)).json<{ items: Valuation[] }>();
    expect(listed.items.map((i) => i.status)).toEqual(['priced', 'superseded']);
    expect((await currentReferencePrice(platform.database, assetId))?.valuationId).toBe(second.id);
  });
});

describe('POST /api/assets/:id/valuations — targeted inquiry', () => {
  it('needs the authority and the basis of an official price; then sets the price at once', async () => {
    const { assetId } = await seizedHouse();
    const refused = await officer.post(`/api/assets/${assetId}/valuations`, {
      method: 'targeted_inquiry',
      price: 90_000_000,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().violations[0]).toMatchObject({ ruleId: 'valuation.method_order' });
    expect(refused.json().violations[0].clause).toContain('第2条');
    const created = await officer.post(`/api/assets/${assetId}/valuations`, {
      method: 'targeted_inquiry',
      price: 90_000_000,
      authority: '北京市朝阳区税务局',
      basis: '存量房计税基准价',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json<Valuation>()).toMatchObject({ status: 'priced', referencePrice: 90_000_000 });
    // No objection lies against a targeted price (RefPrice 24), even once served.
    const id = created.json<Valuation>().id;
    expect((await officer.post(`/api/valuations/${id}/service`, {})).statusCode).toBe(200);
    const objection = await officer.post(`/api/valuations/${id}/objections`, {
      kind: 'substantive',
      reason: '价格过低',
    });
    expect(objection.statusCode).toBe(409);
    expect(objection.json().violations[0].ruleId).toBe('valuation.objection');
  });
});

describe('POST /api/assets/:id/valuations — online inquiry without a list', () => {
  it('answers 201 only with platforms; an empty list is a 409', async () => {
    const { assetId } = await seizedHouse();
    const refused = await officer.post(`/api/assets/${assetId}/valuations`, { method: 'online_inquiry' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toBe('司法网络询价平台名单为空');
    const priced = await officer.post(`/api/assets/${assetId}/valuations`, {
      method: 'online_inquiry',
      price: 5,
    });
    expect(priced.statusCode).toBe(400);
  });
});

describe('appraisal: the draw, the report, extensions, service and objections', () => {
  it('draws 3 agencies with a published seed; the report sets the price; objections within 5 days', async () => {
    const { caseId, assetId } = await seizedHouse();
    const created = await officer.post(`/api/assets/${assetId}/valuations`, {
      method: 'appraisal',
      appraisalRequired: true,
    });
    expect(created.statusCode).toBe(201);
    const v = created.json<
      Valuation & { draw: { seed: string; list: string[]; result: string[] }; reportDueOn: string }
    >();
    expect(v.status).toBe('appraising');
    const today = platform.services.valuation.today();
    const { calendar } = await platform.services.calendar.planningCalendar();
    const due = (from: string, days: number) => dueDate(calendar, from, days, 'days');
    const r30 = due(today, 30);
    const r45 = due(r30, 15);
    const r60 = due(r45, 15);
    expect(v.reportDueOn).toBe(r30);
    expect(draw(v.draw.seed, v.draw.list, 3)).toEqual(v.draw.result);
    const record = await platform.anonymous.get(`/api/valuations/${v.id}/draw`);
    expect(record.json()).toMatchObject({
      algorithm: 'sha256-rank-v1',
      matches: true,
      result: v.draw.result,
    });
    expect((await platform.anonymous.get(`/api/valuations/${crypto.randomUUID()}/draw`)).statusCode).toBe(
      404,
    );

    // A running procedure blocks another.
    const busy = await officer.post(`/api/assets/${assetId}/valuations`, { method: 'agreement', price: 1 });
    expect(busy.statusCode).toBe(409);

    // Extension: 15 days, at most twice (RefPrice 19).
    const first = await officer.post(`/api/valuations/${v.id}/extension`, {});
    expect(first.statusCode).toBe(200);
    expect(first.json().reportDueOn).toBe(r45);
    expect((await officer.post(`/api/valuations/${v.id}/extension`, {})).json().reportDueOn).toBe(r60);
    const third = await officer.post(`/api/valuations/${v.id}/extension`, {});
    expect(third.statusCode).toBe(409);
    expect(third.json().violations[0]).toMatchObject({ ruleId: 'valuation.report_extension' });
    // The agency is still within its period: the next one cannot take over yet.
    expect((await officer.post(`/api/valuations/${v.id}/next-agency`, {})).statusCode).toBe(409);

    // Objection before service: no period yet.
    const early = await officer.post(`/api/valuations/${v.id}/objections`, {
      kind: 'procedural',
      reason: 'x',
    });
    expect(early.statusCode).toBe(409);

    const reported = await officer.post(`/api/valuations/${v.id}/report`, {
      amount: 133_000_000,
      reportNo: '京评字2026第88号',
    });
    expect(reported.statusCode).toBe(200);
    expect(reported.json()).toMatchObject({
      status: 'priced',
      referencePrice: 133_000_000,
      reportNo: '京评字2026第88号',
    });
    expect(reported.json().results[0]).toMatchObject({ platform: v.draw.result[0], price: 133_000_000 });
    expect((await currentReferencePrice(platform.database, assetId))?.amount).toBe(133_000_000);

    const forward = async () =>
      (await officer.get(`/api/cases/${caseId}`))
        .json<{ deadlines: { ruleId: string; key: string; status: string; dueOn: string }[] }>()
        .deadlines.find((d) => d.ruleId === 'valuation.forward' && d.key === v.id);
    expect((await forward())?.status).toBe('open');
    const served = await officer.post(`/api/valuations/${v.id}/service`, { servedOn: today });
    expect((await forward())?.status).toBe('met');
    expect(served.json().objectionUntil).toBe(due(today, 5));
    const byPublication = await officer.post(`/api/valuations/${v.id}/service`, { byPublication: true });
    expect(byPublication.json().objectionUntil).toBe(due(due(today, 15), 5));
    const objected = await officer.post(`/api/valuations/${v.id}/objections`, {
      kind: 'substantive',
      reason: '评估报告遗漏装修价值',
    });
    expect(objected.statusCode).toBe(201);
    // The substantive objection goes to the agency within 3 days; its answer within 5 (RefPrice 23).
    const deadlines = async () =>
      (await officer.get(`/api/cases/${caseId}`))
        .json<{ deadlines: { ruleId: string; key: string; status: string; dueOn: string }[] }>()
        .deadlines.filter(
          (d) => d.ruleId === 'valuation.objection_to_agency' || d.ruleId === 'valuation.agency_answer',
        );
    const [toAgency] = await deadlines();
    expect(toAgency).toMatchObject({
      ruleId: 'valuation.objection_to_agency',
      status: 'open',
      dueOn: due(today, 3),
    });
    const objectionId = toAgency?.key as string;
    const step = (which: string, id = objectionId) =>
      officer.post(`/api/valuations/${v.id}/objections/${id}/${which}`, { note: '已函送评估机构' });
    expect((await step('answered')).statusCode).toBe(409);
    expect((await step('forwarded', crypto.randomUUID())).statusCode).toBe(404);
    expect((await step('forwarded')).statusCode).toBe(200);
    expect((await step('forwarded')).statusCode).toBe(409);
    let both = await deadlines();
    expect(both.map((d) => [d.ruleId, d.status])).toEqual([
      ['valuation.objection_to_agency', 'met'],
      ['valuation.agency_answer', 'open'],
    ]);
    expect(both[1]?.dueOn).toBe(due(today, 5));
    expect((await step('answered')).statusCode).toBe(200);
    both = await deadlines();
    expect(both[1]?.status).toBe('met');
    // Served 20 days ago: the period is over.
    const stale = await officer.post(`/api/valuations/${v.id}/service`, {
      servedOn: addCalendarDays(today, -20),
    });
    expect(stale.statusCode).toBe(200);
    const late = await officer.post(`/api/valuations/${v.id}/objections`, {
      kind: 'substantive',
      reason: 'x',
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().violations[0].message).toContain('异议期已于');

    const detail = (await officer.get(`/api/cases/${caseId}`)).json<{
      timeline: { type: string; data: unknown }[];
    }>();
    const types = detail.timeline.map((e) => e.type);
    expect(
      detail.timeline
        .filter((e) => e.type === 'valuation.report_period')
        .map((e) => (e as { data: { reportDueOn: string } }).data.reportDueOn),
    ).toEqual([r30, r45, r60]);
    for (const type of ['valuation.started', 'valuation.priced', 'valuation.served', 'valuation.objected'])
      expect(types).toContain(type);
  });

  it('parties may agree on the agencies and their order (no draw)', async () => {
    const { assetId } = await seizedHouse();
    const created = await officer.post(`/api/assets/${assetId}/valuations`, {
      method: 'appraisal',
      skipAgreed: true,
      agencies: ['agency.kaiyuan', 'agency.huaxia', 'agency.tianyuan'],
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      draw: null,
      agencies: ['agency.kaiyuan', 'agency.huaxia', 'agency.tianyuan'],
    });
    expect((await platform.anonymous.get(`/api/valuations/${created.json().id}/draw`)).statusCode).toBe(404);
  });
});

describe('POST /api/assets/:id/own-sale', () => {
  it('needs a price; at most 90 days; it meets auction.start and opens its own deadline', async () => {
    const { caseId, assetId } = await seizedHouse();
    const today = platform.services.valuation.today();
    const none = await officer.post(`/api/assets/${assetId}/own-sale`, { until: addCalendarDays(today, 30) });
    expect(none.statusCode).toBe(409);
    expect(none.json().violations[0].ruleId).toBe('valuation.own_sale');
    await officer.post(`/api/assets/${assetId}/valuations`, { method: 'agreement', price: 100_000_000 });
    const long = await officer.post(`/api/assets/${assetId}/own-sale`, { until: addCalendarDays(today, 91) });
    expect(long.statusCode).toBe(409);
    expect(long.json().violations[0].clause).toContain('第17条');
    const ok = await officer.post(`/api/assets/${assetId}/own-sale`, { until: addCalendarDays(today, 90) });
    expect(ok.statusCode).toBe(201);
    const detail = (await officer.get(`/api/cases/${caseId}`)).json<{
      deadlines: { ruleId: string; key: string; status: string; dueOn: string }[];
    }>();
    expect(detail.deadlines.find((d) => d.ruleId === 'auction.start' && d.key === assetId)?.status).toBe(
      'met',
    );
    expect(detail.deadlines.find((d) => d.ruleId === 'valuation.own_sale_period')?.status).toBe('open');
  });
});

describe('Idempotency-Key', () => {
  it('a retried start answers with the same procedure and records it once', async () => {
    const { assetId } = await seizedHouse();
    const headers = { 'idempotency-key': `val-${crypto.randomUUID()}` };
    const body = { method: 'agreement', price: 77_000_000 };
    const first = await officer.request('POST', `/api/assets/${assetId}/valuations`, body, headers);
    const again = await officer.request('POST', `/api/assets/${assetId}/valuations`, body, headers);
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json().id).toBe(first.json().id);
    expect((await officer.get(`/api/assets/${assetId}/valuations`)).json().items).toHaveLength(1);
  });
});
