import type { BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { platformActor } from '../apps/server/src/modules/audit/service';
import { filing } from '../apps/server/src/test/factories';
import { TEST_ASSIST_SECRET } from '../apps/server/src/test/simulator';
import { browserAvailable, shot, signIn, startWebSession, type WebSession } from './browser';

describe.runIf(browserAvailable())('评估拍卖 › 参考价', () => {
  let session: WebSession;
  let browser: BrowserContext;
  let base: string;
  let caseId: string;
  let assetId: string;

  beforeAll(async () => {
    session = await startWebSession({ simulator: true });
    ({ browser, base } = session);
    browser.setDefaultTimeout(20_000);
    const simulator = session.simulator;
    if (!simulator) throw new Error('no simulator');
    await session.platform.services.valuation.importPlatforms(platformActor, simulator.simulator.platforms, {
      secret: TEST_ASSIST_SECRET,
    });
    const officer = await session.platform.as('officer');
    caseId = (await officer.post('/api/cases', filing())).json<{ id: string }>().id;
    const issued = await officer.post(`/api/cases/${caseId}/documents`, { kinds: ['execution_notice'] });
    const evidence = issued.json<{ items: { id: string }[] }>().items[0]?.id as string;
    const detail = (await officer.get(`/api/cases/${caseId}`)).json<{ debtors: { id: string }[] }>();
    assetId = (
      await officer.post(`/api/cases/${caseId}/assets`, {
        partyId: detail.debtors[0]?.id,
        category: 'real_estate',
        institution: { name: '北京市朝阳区不动产登记中心' },
        assetRef: '京(2021)朝阳区不动产权第0012345号',
        description: '朝阳区望京西园三区312号楼1单元502室',
        value: 320_000_000,
        evidence: [evidence],
      })
    ).json<{ id: string }>().id;
    expect((await officer.post(`/api/assets/${assetId}/control`, {})).statusCode).toBe(200);
  }, 180_000);

  afterAll(() => session?.close());

  afterEach(async ({ task }) => {
    if (task.result?.state !== 'fail') return;
    for (const [index, page] of browser.pages().entries())
      await shot(page, `valuation-failed-${index}.png`, false);
    for (const page of browser.pages()) await page.close();
  });

  it('the officer starts an online inquiry; the three platforms report and the mean is the price', async () => {
    const page = await browser.newPage();
    await signIn(page, base, 'officer');
    await page.waitForURL(/\/workbench/);
    await page.goto(`${base}/workbench/cases/${caseId}?tab=auction`);
    await page.getByText('尚未启动确定参考价程序').waitFor();
    await page.getByText('查封拟处置财产后30日内启动确定参考价程序').waitFor();
    await shot(page, 'valuation-empty.png');
    await page.getByRole('button', { name: '确定参考价' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('.ant-select').first().click();
    await page.locator('.ant-select-item-option', { hasText: '网络询价' }).click();
    await dialog.getByText('同时向名单内全部司法网络询价平台发出').waitFor();
    await dialog.getByRole('button', { name: /启\s*动/ }).click();
    await page.getByText('询价中').first().waitFor();
    await session.platform.services.valuation.poll();
    await page.reload();
    await page.getByText('已确定参考价').first().waitFor();
    await expect.poll(() => page.getByText('按期出具').count()).toBe(3);
    const listed = (
      await (await session.platform.as('officer')).get(`/api/assets/${assetId}/valuations`)
    ).json<{
      current: { amount: number };
    }>();
    const amount = listed.current.amount;
    const shown = `¥${String(Math.floor(amount / 100)).replace(/\B(?=(\d{3})+$)/g, ',')}.${String(amount % 100).padStart(2, '0')}`;
    await page.getByText(shown).first().waitFor();
    await page.getByText('确定参考价后10日内启动变价程序').waitFor();
    await shot(page, 'valuation-online-priced.png');
    await page.close();
  }, 120_000);

  it('the administrator adds an appraisal agency and disables a platform on the 询价评估名单 page', async () => {
    const page = await browser.newPage();
    await signIn(page, base, 'admin');
    await page.waitForURL(/\/admin/);
    await page.goto(`${base}/admin/valuation-lists`);
    const platforms = (await (await session.platform.as('admin')).get('/api/admin/valuation-lists')).json<{
      platforms: { code: string; name: string }[];
    }>().platforms;
    const first = platforms[0] as { code: string; name: string };
    await page.getByText(first.name).waitFor();
    await page.getByTestId('add-agency').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('代码').fill('agency.e2e');
    await dialog.getByLabel('名称').fill('端到端资产评估有限公司');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('端到端资产评估有限公司').waitFor();
    await page.getByTestId(`active-${first.code}`).click();
    await expect
      .poll(() => page.getByTestId(`active-${first.code}`).getAttribute('aria-checked'))
      .toBe('false');
    await shot(page, 'valuation-lists-admin.png');
    const lists = (await (await session.platform.as('admin')).get('/api/admin/valuation-lists')).json<{
      platforms: { code: string; active: boolean }[];
      agencies: { code: string }[];
    }>();
    expect(lists.platforms.find((p) => p.code === first.code)?.active).toBe(false);
    expect(lists.agencies.map((a) => a.code)).toContain('agency.e2e');
    await page.close();
  }, 120_000);
});
