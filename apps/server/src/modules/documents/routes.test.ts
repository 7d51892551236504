import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filing, pngImage } from '../../test/factories';
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

  it('takes an uploaded scan or photo into the dossier, typed by its content, and shows it inline', async () => {
    const officer = await platform.as('officer');
    const { id } = (await officer.post('/api/cases', filing())).json();
    const upload = (client: typeof officer, body: Buffer | string, query: string) =>
      client.request('POST', `/api/cases/${id}/documents/upload?${query}`, body, {
        'content-type': 'application/octet-stream',
      });
    const photo = pngImage();
    expect((await upload(platform.anonymous, photo, 'fileName=a.png')).statusCode).toBe(401);
    expect((await upload(await platform.as('finance'), photo, 'fileName=a.png')).statusCode).toBe(403);
    expect((await upload(await platform.as('officer2'), photo, 'fileName=a.png')).statusCode).toBe(404);
    const html = await upload(officer, '<html><script>alert(1)</script></html>', 'fileName=判决书.pdf');
    expect(html.statusCode).toBe(400);
    expect(html.json().errors[0].path).toBe('file');
    const renamed = await upload(officer, photo, `fileName=${encodeURIComponent('现场照片.pdf')}`);
    expect(renamed.statusCode).toBe(400);
    expect(renamed.json().errors[0].path).toBe('fileName');
    expect((await upload(officer, photo, '')).statusCode).toBe(400);
    expect((await officer.get(`/api/cases/${id}/documents`)).json().items).toEqual([]);

    const added = await upload(
      officer,
      photo,
      `fileName=${encodeURIComponent('现场照片')}&title=${encodeURIComponent('查封现场照片')}`,
    );
    expect(added.statusCode).toBe(201);
    const item = added.json().items.find((d: { id: string }) => d.id === added.json().id);
    expect(item).toMatchObject({
      kind: 'upload',
      title: '查封现场照片',
      fileName: '现场照片.png',
      mediaType: 'image/png',
      inline: true,
      size: photo.length,
      createdBy: '张明',
    });
    const shown = await officer.get(item.url);
    expect(shown.headers['content-type']).toBe('image/png');
    expect(shown.headers['x-content-type-options']).toBe('nosniff');
    expect(shown.headers['content-disposition']).toMatch(/^inline/);
    expect(shown.rawPayload.equals(photo)).toBe(true);
    expect(shown.headers['x-content-sha256']).toBe(item.sha256);

    const audit = (
      await (await platform.as('head')).get(`/api/audit?case=${id}&action=case.documents.upload`)
    ).json();
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0].actionTitle.zh).toBe('上传卷宗材料');

    // The upload is evidence like any document of the dossier: an asset found offline cites it.
    const debtorId = (await officer.get(`/api/cases/${id}`)).json().debtors[0].id;
    const asset = await officer.post(`/api/cases/${id}/assets`, {
      partyId: debtorId,
      category: 'vehicle',
      institution: { name: '北京市公安局公安交通管理局' },
      assetRef: '京A12345',
      description: '小型轿车（现场查封）',
      evidence: [item.id],
    });
    expect(asset.statusCode, asset.body).toBe(201);
  });
});
