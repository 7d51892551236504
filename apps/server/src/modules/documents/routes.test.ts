import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filing } from '../../test/factories';
import { createTestPlatform, type TestPlatform } from '../../test/platform';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await createTestPlatform();
});
afterAll(() => platform.close());

describe('the electronic dossier', () => {
  it('issues the execution notice and the property-report order as PDFs, each a timeline node', async () => {
    const officer = await platform.as('officer');
    const { id, caseNumber } = (await officer.post('/api/cases', filing())).json();
    expect(
      (
        await (
          await platform.as('finance')
        ).post(`/api/cases/${id}/documents`, { kinds: ['execution_notice'] })
      ).statusCode,
    ).toBe(403);
    expect((await officer.post(`/api/cases/${id}/documents`, { kinds: ['closing_notice'] })).statusCode).toBe(
      400,
    );

    const issued = await officer.post(`/api/cases/${id}/documents`, {
      kinds: ['execution_notice', 'property_report_order'],
    });
    expect(issued.statusCode).toBe(201);
    const titles = issued.json().items.map((d: { title: string }) => d.title);
    expect(titles).toEqual(['执行通知书', '报告财产令']);
    const notice = issued.json().items[0];
    expect(notice.fileName).toBe(`${caseNumber}执行通知书.pdf`);

    const pdf = await officer.get(notice.url);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.headers['x-content-sha256']).toBe(notice.sha256);

    const found = (await officer.get(`/api/cases/${id}`)).json();
    const nodes = found.timeline.filter((e: { type: string }) => e.type === 'document.issued');
    expect(nodes.map((e: { evidence: string[] }) => e.evidence[0])).toEqual(
      issued.json().items.map((d: { id: string }) => d.id),
    );
    expect(found.caseAccount.accountName).toBe('北京市朝阳区人民法院执行款专户');
  });

  it('hides another court’s documents (404)', async () => {
    const officer = await platform.as('officer');
    const { id } = (await officer.post('/api/cases', filing())).json();
    const issued = (await officer.post(`/api/cases/${id}/documents`, { kinds: ['execution_notice'] })).json();
    const stranger = await platform.as('officer2');
    expect((await stranger.get(issued.items[0].url)).statusCode).toBe(404);
    expect((await stranger.get(`/api/cases/${id}/documents`)).statusCode).toBe(404);
  });

  it('closing writes the closing notice into the dossier', async () => {
    const officer = await platform.as('officer');
    const { id } = (await officer.post('/api/cases', filing())).json();
    await officer.post(`/api/cases/${id}/events`, {
      type: 'applicant.confirmed_performance',
      on: platform.services.cases.today(),
    });
    const closed = await officer.post(`/api/cases/${id}/close`, { method: 'fully_performed' });
    expect(closed.statusCode).toBe(200);
    const dossier = (await officer.get(`/api/cases/${id}/documents`)).json();
    expect(dossier.items.map((d: { title: string }) => d.title)).toContain('结案通知书');
    expect(closed.json().timeline.at(-1)).toMatchObject({
      type: 'case.closed',
      evidence: [dossier.items.at(-1).id],
    });
  });
});
