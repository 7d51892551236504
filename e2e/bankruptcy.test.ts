import type { BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { filing, pngImage } from '../apps/server/src/test/factories';
import { browserAvailable, shootIfFailed, shot, signIn, startWebSession, type WebSession } from './browser';

describe.runIf(browserAvailable())('执转破 panel and triage mark on the case page', () => {
  let session: WebSession;
  let browser: BrowserContext;
  let base: string;

  beforeAll(async () => {
    session = await startWebSession();
    ({ browser, base } = session);
    browser.setDefaultTimeout(20_000);
  }, 180_000);
  afterAll(() => session?.close());
  afterEach(({ task }) => shootIfFailed(task, browser, 'bankruptcy'));

  it('shows the suggestion and steps; the head signs the decision and sees the suspended cases', async () => {
    const officer = await session.platform.as('officer');
    const { id } = (await officer.post('/api/cases', filing())).json<{ id: string }>();
    const today = session.platform.services.cases.today();
    await officer.post(`/api/cases/${id}/events`, { type: 'inquiry.answered', on: today });

    const page = await browser.newPage();
    await signIn(page, base, 'officer');
    await page.waitForURL(/\/workbench/);
    await page.goto(`${base}/workbench/cases/${id}?tab=bankruptcy`);
    await page.getByTestId('triage').getByText('普通案件').waitFor();
    await page.getByText('建议移送破产审查（执转破）').waitFor();
    await page.getByText('被执行人北京某某贸易有限公司为企业法人').waitFor();
    await shot(page, 'bankruptcy-suggested.png');

    // Consent in writing and the panel's review, through the API; the signature in the browser.
    const upload = await officer.request(
      'POST',
      `/api/cases/${id}/documents/upload?fileName=${encodeURIComponent('同意书.png')}&title=${encodeURIComponent('申请执行人书面同意书')}`,
      pngImage(),
      { 'content-type': 'image/png' },
    );
    const documentId = upload.json<{ id: string }>().id;
    await officer.post(`/api/cases/${id}/bankruptcy-transfer/consents`, {
      party: 'applicant',
      consented: true,
      documentId,
    });
    await officer.post(`/api/cases/${id}/bankruptcy-transfer/review`, {
      members: ['张明', '李建国', '王审判员'],
      agreed: true,
      opinion: '符合移送条件',
    });

    await signIn(page, base, 'head');
    await page.waitForURL(/\/workbench/);
    await page.goto(`${base}/workbench/cases/${id}?tab=bankruptcy`);
    await page.getByRole('button', { name: '院长签署移送决定' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('受移送法院').fill('北京市第一中级人民法院');
    await dialog.getByLabel('签署的院长').fill('刘院长');
    await dialog.getByRole('button', { name: /提\s*交/ }).click();
    await page.getByText('已决定移送，待送达').waitFor();
    const panel = page.getByTestId('bankruptcy-panel');
    await panel.getByText('中止执行的案件（各法院）').waitFor();
    await panel
      .getByRole('cell', { name: /京0105执/ })
      .first()
      .waitFor();
    expect(await panel.locator('.ant-steps-item-finish').count()).toBe(3);
    await shot(page, 'bankruptcy-decided.png');
  });
});
