import type { BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { filing } from '../apps/server/src/test/factories';
import { eventually, sim } from '../apps/server/src/test/simulator';
import { browserAvailable, shot, signIn, startWebSession, type WebSession } from './browser';

describe.runIf(browserAvailable())('案款 and the finance area', () => {
  let session: WebSession;
  let browser: BrowserContext;
  let base: string;
  let caseId: string;
  let accountNo: string;

  const balance = async () => {
    const officer = await session.platform.as('officer');
    return (await officer.get(`/api/cases/${caseId}/account`)).json<{ balance: number; held: number }>();
  };

  beforeAll(async () => {
    session = await startWebSession({ simulator: true });
    ({ browser, base } = session);
    browser.setDefaultTimeout(20_000);
    const simulator = session.simulator;
    if (!simulator) throw new Error('no simulator');
    await sim(simulator, 'PUT', '/sim/bank/subscription', { url: base });
    const officer = await session.platform.as('officer');
    caseId = (await officer.post('/api/cases', filing())).json<{ id: string }>().id;
    accountNo = (await officer.get(`/api/cases/${caseId}/account`)).json<{ accountNo: string }>().accountNo;
    await sim(simulator, 'POST', '/sim/bank/transfers', {
      toAccount: accountNo,
      amount: 2_142_265,
      payerName: '北京某某贸易有限公司',
      reference: '履行判决款',
    });
    const mistyped = `${accountNo.slice(0, -1)}${(Number(accountNo.slice(-1)) + 3) % 10}`;
    await sim(simulator, 'POST', '/sim/bank/transfers', {
      toAccount: mistyped,
      amount: 880_000,
      payerName: '李四',
    });
    await eventually(balance, (b) => b.balance === 2_142_265, 15_000);
  }, 180_000);

  afterAll(() => session?.close());

  afterEach(async ({ task }) => {
    if (task.result?.state !== 'fail') return;
    for (const [index, page] of browser.pages().entries())
      await shot(page, `funds-failed-${index}.png`, false);
    for (const page of browser.pages()) await page.close();
  });

  it('the officer sees the account and proposes a payout to the confirmed account', async () => {
    const page = await browser.newPage();
    await signIn(page, base, 'officer');
    await page.waitForURL(/\/workbench/);
    await page.goto(`${base}/workbench/cases/${caseId}?tab=funds`);
    await page.getByText(accountNo).first().waitFor();
    await page.getByText('¥21,422.65').first().waitFor();
    await page.getByText('发款期限').waitFor();
    await page.getByRole('button', { name: '提出发款' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('spinbutton').fill('20000');
    await dialog.getByRole('button', { name: '提交审批' }).click();
    await page.getByText('待审批').first().waitFor();
    await page.getByText('贰万元整').waitFor();
    await shot(page, 'funds-tab-proposed.png');
    expect(await balance()).toMatchObject({ balance: 2_142_265, held: 2_000_000 });
    await page.close();
  }, 90_000);

  it('the head approves; finance matches unidentified money and pays through the bank', async () => {
    const head = await browser.newPage();
    await signIn(head, base, 'head');
    await head.waitForURL(/\/workbench/);
    await head.goto(`${base}/workbench/cases/${caseId}?tab=funds`);
    await head.getByRole('button', { name: /^批\s*准$/ }).click();
    await head.getByText('待发放').first().waitFor();
    await head.close();

    const page = await browser.newPage();
    await signIn(page, base, 'finance');
    await page.getByRole('menuitem', { name: '执行款管理' }).click();
    await page.waitForURL(/\/finance$/);
    await page.getByRole('row', { name: /李四/ }).waitFor();
    await shot(page, 'finance-unidentified.png');
    await page
      .getByRole('row', { name: /李四/ })
      .getByRole('button', { name: /^认\s*领$/ })
      .click();
    const dialog = page.getByRole('dialog');
    const caseNumber = (await (await session.platform.as('officer')).get(`/api/cases/${caseId}`)).json<{
      caseNumber: string;
    }>().caseNumber;
    await dialog.getByPlaceholder(/京0105/).fill(caseNumber);
    await dialog.getByPlaceholder(/京0105/).press('Enter');
    const select = dialog.locator('.ant-select');
    await select.click();
    await page.locator('.ant-select-dropdown:visible').getByText(caseNumber).click();
    await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
    await page.getByRole('row', { name: /李四/ }).waitFor({ state: 'detached' });
    expect((await balance()).balance).toBe(2_142_265 + 880_000);

    await page.getByRole('tab', { name: /待发放/ }).click();
    const row = page.getByRole('row', { name: /贰万元整/ });
    await row.getByRole('button', { name: /^发\s*放$/ }).click();
    await page
      .getByRole('tooltip')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await row.waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: '对账' }).click();
    await page.getByRole('button', { name: '与银行对账' }).click();
    await page.getByText(/对账完成：银行流水 \d+ 笔，异常 0 笔/).waitFor();
    await page.getByRole('tab', { name: '账务核验' }).click();
    await page.getByText('分录平衡，全部不变式成立').waitFor();
    await shot(page, 'finance-ledger.png');
    expect(await balance()).toMatchObject({ balance: 2_142_265 + 880_000 - 2_000_000, held: 0 });

    await page.goto(`${base}/workbench/cases/${caseId}?tab=funds`);
    await page.getByText('已发放').first().waitFor();
    await shot(page, 'funds-tab-paid.png');
    await page.close();
  }, 180_000);

  it('finance registers counter money with a receipt; disputed money is held and approved; the fee is booked', async () => {
    const officerApi = await session.platform.as('officer');
    const caseNumber = (await officerApi.get(`/api/cases/${caseId}`)).json<{ caseNumber: string }>()
      .caseNumber;
    const before = (await balance()).balance;

    const page = await browser.newPage();
    await signIn(page, base, 'finance');
    await page.getByRole('menuitem', { name: '执行款管理' }).click();
    await page.waitForURL(/\/finance$/);
    await page.getByRole('tab', { name: '现金/柜台收款' }).click();
    await page.getByPlaceholder(/京0105/).fill(caseNumber);
    await page.getByPlaceholder(/京0105/).press('Enter');
    await page.getByLabel('入账案件').click();
    await page.locator('.ant-select-dropdown:visible').getByText(caseNumber).click();
    await page.getByLabel('外出收取现金').check();
    await page.getByLabel('金额（元）').fill('500');
    await page.getByLabel('交款人', { exact: true }).fill('李四');
    await page.getByText('funds.cash：现金须由两名以上执行人员收取').waitFor();
    await page.getByText('funds.cash：须有交款人签名的笔录').waitFor();
    await shot(page, 'finance-cash-guard.png');
    await page.getByLabel('柜台交款').check();
    await expect.poll(() => page.getByText('将被拒绝').count()).toBe(0);
    await page.getByRole('button', { name: '登记入账并出具收据' }).click();
    await page.getByText('¥500.00（伍佰元整）').waitFor();
    await shot(page, 'finance-cash-receipt.png');
    expect((await balance()).balance).toBe(before + 50_000);

    const officer = await browser.newPage();
    await signIn(officer, base, 'officer');
    await officer.waitForURL(/\/workbench/);
    await officer.goto(`${base}/workbench/cases/${caseId}?tab=funds`);
    await officer.getByRole('button', { name: '争议款暂缓发放' }).click();
    const dialog = officer.getByRole('dialog');
    await dialog.getByLabel('争议金额（元）').fill('3000');
    await dialog.getByLabel('理由').fill('案外人就其中3,000元提出执行异议');
    await dialog.getByRole('button', { name: /提交/ }).click();
    await officer.getByText('待局长批准').waitFor();
    expect((await balance()).held).toBe(300_000);
    await officer.close();

    const head = await browser.newPage();
    await signIn(head, base, 'head');
    await head.waitForURL(/\/workbench/);
    await head.goto(`${base}/workbench/cases/${caseId}?tab=funds`);
    await head
      .getByRole('row', { name: /叁仟元整/ })
      .getByRole('button', { name: /^批\s*准$/ })
      .click();
    await head.getByText('暂缓发放中', { exact: true }).first().waitFor();
    await head.close();

    // The pages share one browser context: finance signs in again after the head.
    await signIn(page, base, 'finance');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.goto(`${base}/workbench/cases/${caseId}?tab=funds`);
    await page.getByRole('button', { name: '收取执行申请费' }).click();
    await page
      .getByRole('tooltip')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await page.getByText(/已从案款收取/).waitFor();
    await page.getByText('暂缓发放中', { exact: true }).first().waitFor();
    await shot(page, 'funds-tab-disputed.png');
    expect(await balance()).toMatchObject({ balance: before + 50_000 - 440_000, held: 300_000 });
    await page.close();
  }, 180_000);
});
