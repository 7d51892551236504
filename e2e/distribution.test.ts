import type { BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { filing } from '../apps/server/src/test/factories';
import { browserAvailable, shootIfFailed, shot, signIn, startWebSession, type WebSession } from './browser';

/** 参与分配 on the 案款 tab: a creditor joins through the dialog, the plan is drawn and served, an objection's clock shows. */
describe.runIf(browserAvailable())('参与分配 on the 案款 tab', () => {
  let session: WebSession;
  let browser: BrowserContext;
  let base: string;
  let caseId: string;
  let distributionId: string;

  beforeAll(async () => {
    session = await startWebSession();
    ({ browser, base } = session);
    browser.setDefaultTimeout(20_000);
    const officer = await session.platform.as('officer');
    const finance = await session.platform.as('finance');
    caseId = (await officer.post('/api/cases', filing())).json<{ id: string }>().id;
    const today = session.platform.services.funds.today();
    await finance.post(`/api/cases/${caseId}/cash`, {
      amount: 1_000_001,
      payerName: '北京某某贸易有限公司',
      method: 'counter',
      collectedOn: today,
      handedOverOn: today,
    });
    distributionId = (
      await officer.post(`/api/cases/${caseId}/distribution`, { debtorKind: 'organisation' })
    ).json<{ id: string }>().id;
    for (const body of [
      { creditor: '本院（执行费用）', group: 'costs', amount: 50_000 },
      {
        creditor: '某银行',
        group: 'priority',
        rank: 1,
        amount: 200_000,
        payee: { accountNo: '6222000000000000001', accountName: '某银行' },
      },
      {
        creditor: '王小明',
        group: 'ordinary',
        amount: 600_000,
        title: { documentNumber: '（2025）京0105民初123号', issuingCourt: '北京市朝阳区人民法院' },
        payee: { accountNo: '6222020200112233445', accountName: '王小明' },
      },
    ])
      expect((await officer.post(`/api/distributions/${distributionId}/claims`, body)).statusCode).toBe(201);
  }, 240_000);

  afterAll(() => session?.close());
  afterEach(({ task }) => shootIfFailed(task, browser, 'distribution'));

  it('the officer records a joining, draws and serves the plan, and sees an objection’s clock', async () => {
    const page = await browser.newPage();
    await signIn(page, base, 'officer');
    await page.waitForURL(/\/workbench/);
    await page.goto(`${base}/workbench/cases/${caseId}?tab=funds`);
    await page.getByText('申请参与分配中').waitFor();
    await page.getByRole('button', { name: '登记参与分配申请' }).click();
    const join = page.getByRole('dialog');
    await join.getByLabel('债权人').fill('赵六');
    await join.getByLabel('债权数额（元）').fill('3000');
    await join.getByLabel('执行依据文书编号').fill('（2025）京0105民初456号');
    await join.getByLabel('作出机关').fill('北京市朝阳区人民法院');
    await join.getByLabel('收款账号').fill('6222000000000000009');
    await join.getByLabel('户名').fill('赵六');
    await join.getByRole('button', { name: /确\s*定|OK/ }).click();
    await page.getByRole('cell', { name: '赵六' }).waitFor();
    await page.getByRole('button', { name: '制作并送达分配方案' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '制作并送达' }).click();
    await page.getByText('分配方案已送达').first().waitFor();
    // 10,000.01 yuan: 500 costs, 2,000 the bank, 7,500.01 over 6,000 : 3,000 → 5,000.01 and 2,500.00.
    await page.getByText('伍仟元零壹分').waitFor();
    await page.getByText('贰仟伍佰元整').waitFor();
    const officer = await session.platform.as('officer');
    const view = (await officer.get(`/api/cases/${caseId}/distribution`)).json<{
      distribution: { claims: { id: string; creditor: string }[] };
    }>().distribution;
    const zhao = view.claims.find((c) => c.creditor === '赵六')?.id as string;
    const objected = await officer.post(`/api/distributions/${distributionId}/objections`, {
      objector: '王小明',
      changes: [{ claimId: zhao, amount: 0 }],
      reason: '赵六的执行依据已被撤销',
    });
    expect(objected.statusCode).toBe(201);
    await page.reload();
    await page.getByRole('button', { name: '通知其他当事人' }).click();
    await page.getByText(/反对意见至 \d{4}-\d{2}-\d{2}/).waitFor();
    await shot(page, 'funds-distribution.png');
    await page.close();
  }, 120_000);
});
