import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREDIT_CODE, filing, idNumber } from '../apps/server/src/test/factories';
import { browserAvailable, SCREENSHOTS, signIn, startWebSession, type WebSession } from './browser';

describe.runIf(browserAvailable())('cases in the workbench', () => {
  let session: WebSession;
  let browser: BrowserContext;
  let base: string;

  beforeAll(async () => {
    session = await startWebSession();
    ({ browser, base } = session);
  }, 180_000);

  afterAll(() => session?.close());

  it('an officer files through the form, lands on the case with its deadlines, and finds it in the list', async () => {
    const page = await browser.newPage();
    await signIn(page, base, 'officer');
    await page.waitForURL(/\/workbench/);

    // 办案平台 › 立案 in the menu.
    await page.getByRole('menuitem', { name: '立案' }).click();
    await page.waitForURL(/\/workbench\/cases\/new$/);

    // 执行依据
    await page.getByPlaceholder('（2025）京0105民初123号').fill('（2025）京0105民初456号');
    await page.getByLabel('作出机关').fill('北京市朝阳区人民法院');
    await page.getByLabel('生效日期').fill('2025-06-01');
    await page.getByLabel('生效日期').press('Enter');
    await page.getByLabel('确定的义务').fill('被告支付原告货款三十万元');

    // 申请执行人: a wrong check character is caught as it is typed, a right one shows what it encodes.
    await page.getByPlaceholder('申请执行人姓名或名称').fill('欧阳测试');
    await page.getByPlaceholder('申请执行人身份证号').fill('110105198001010010');
    await page
      .getByText(/校验位应为 \d/)
      .first()
      .waitFor();
    await page.getByPlaceholder('申请执行人身份证号').fill(idNumber('19800101', '001'));
    await page.getByText(/校验通过 · 出生日期 1980-01-01/).waitFor();
    await page.getByLabel('收款银行').fill('中国工商银行北京朝阳支行');
    await page.getByLabel('收款账号').fill('6222020200112233445');
    await page.getByLabel('账户名').fill('欧阳测试');

    // 被执行人: an entity, its credit code checked too.
    await page.getByText('法人或非法人组织').last().click();
    await page.getByPlaceholder('被执行人姓名或名称').fill('北京某某贸易有限公司');
    await page.getByLabel('统一社会信用代码').fill(`${CREDIT_CODE.slice(0, 17)}A`);
    await page.getByText(`校验位应为 ${CREDIT_CODE.slice(-1)}`).waitFor();
    await page.getByLabel('统一社会信用代码').fill(CREDIT_CODE);
    await page.getByLabel('法定代表人', { exact: true }).fill('李四');

    // 申请执行标的 in yuan, shown back in the court's format.
    await page.getByPlaceholder('300000.00').fill('300000.5');
    await page.getByText('¥300,000.50').waitFor();
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'case-form.png'),
      fullPage: true,
      animations: 'disabled',
    });

    // A double click files once (the button waits, the Idempotency-Key answers a retry with the same case).
    await page.getByRole('button', { name: /提交立案/ }).dblclick();
    await page.waitForURL(/\/workbench\/cases\/[0-9a-f-]{36}/);
    await page.getByText(/立案成功，案号：（\d{4}）京0105执\d+号/).waitFor();
    const heading = page.getByRole('heading', { name: /（\d{4}）京0105执\d+号/ });
    await heading.waitFor();
    const caseNumber = (await heading.textContent()) ?? '';
    expect(caseNumber).toMatch(/^（\d{4}）京0105执\d+号$/);

    // 节点期限: 分案 within 7 days, with its due date, countdown and clause.
    const assign = page.getByRole('row', { name: /立案后7日内确定承办人/ });
    await assign.waitFor();
    expect(await assign.textContent()).toMatch(/\d{4}-\d{2}-\d{2}.*剩余 \d+ 天.*进行中/);
    await assign.getByText('立案后7日内确定承办人').hover();
    await page
      .getByRole('tooltip')
      .getByText(/法发〔2006〕35号/)
      .waitFor();
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'case-page.png'),
      fullPage: true,
      animations: 'disabled',
    });

    // Closing as fully performed before anything was paid is refused, naming the rule and its clause.
    await page.getByRole('button', { name: /结\s*案/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: /确定结案/ }).click();
    await dialog.getByText('操作被规则拦截').waitFor();
    await dialog.getByText(/case\.close\.fully_performed/).waitFor();
    await dialog.getByText(/《关于人民法院执行工作若干问题的规定（试行）》第64条/).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'case-close-refused.png'), animations: 'disabled' });
    await dialog.getByRole('button', { name: /取\s*消/ }).click();

    // The list finds it, once, by the applicant's name; a click opens it.
    await page.getByRole('menuitem', { name: '案件列表' }).click();
    await page.waitForURL(/\/workbench\/cases$/);
    // The case page stays on screen until the list's code has loaded: wait for the list itself.
    await page.getByRole('heading', { name: '案件列表' }).waitFor();
    const row = page.getByRole('row', { name: new RegExp(caseNumber) });
    await row.waitFor();
    expect(await row.textContent()).toMatch(
      /欧阳测试.*北京某某贸易有限公司.*¥300,000\.50.*未分案.*在办.*(发起网络查控|确定承办人) · \d{4}-\d{2}-\d{2}/,
    );
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'case-list.png'),
      fullPage: true,
      animations: 'disabled',
    });
    await page.getByPlaceholder('案号或当事人姓名/名称').fill('欧阳测试');
    await page.getByPlaceholder('案号或当事人姓名/名称').press('Enter');
    await page.getByText('共 1 件').waitFor();
    await page.getByRole('row', { name: new RegExp(caseNumber) }).click();
    await page.getByRole('heading', { name: caseNumber }).waitFor();
    await page.getByRole('tab', { name: '当事人' }).click();
    await page.getByText(idNumber('19800101', '001')).waitFor();
    await page.getByText(CREDIT_CODE).waitFor();
    await page.close();
    // A whole run of the suites shares the machine with the browser: more than the default 30 s.
  }, 90_000);

  it('the workbench home counts the cases closed this month and leads to them in the list', async () => {
    const officer = await session.platform.as('officer');
    const filed = (await officer.post('/api/cases', filing())).json();
    const closing = await officer.post(`/api/cases/${filed.id}/close`, {
      method: 'withdrawn',
      reason: '撤回申请',
    });
    expect(closing.statusCode).toBe(200);
    await browser.clearCookies();
    const page = await browser.newPage();
    await signIn(page, base, 'officer');
    await page.waitForURL(/\/workbench/);
    const figure = page.locator('.ant-card', { hasText: '本月结案' });
    await figure.locator('.ant-statistic-content-value', { hasText: /^1$/ }).waitFor();
    await figure.click();
    await page.waitForURL(/status=closed&closedFrom=\d{4}-\d{2}-01&closedTo=\d{4}-\d{2}-\d{2}/);
    await page.getByRole('row', { name: new RegExp(filed.caseNumber) }).waitFor();
    await page.getByText('共 1 件').waitFor();
    await page.screenshot({
      path: path.join(SCREENSHOTS, 'case-list-closed-this-month.png'),
      animations: 'disabled',
    });

    // The closing method and the timeline's nodes are named by the server (GET /api/labels), in
    // either language.
    const closed = page.getByRole('row', { name: new RegExp(filed.caseNumber) });
    expect(await closed.textContent()).toContain('销案');
    await closed.click();
    await page.getByRole('heading', { name: filed.caseNumber }).waitFor();
    await page.getByRole('tab', { name: '流程节点' }).click();
    const timeline = page.locator('.ant-timeline');
    await timeline.getByText('立案', { exact: true }).waitFor();
    await timeline.getByText('结案', { exact: true }).waitFor();
    await timeline.getByText(/结案方式：\s*销案/).waitFor();
    await page.getByText('English', { exact: true }).click();
    await timeline.getByText('Filed', { exact: true }).waitFor();
    await timeline.getByText(/Method：\s*Case cancelled/).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'case-timeline-en.png'), animations: 'disabled' });
    await page.close();
  }, 90_000);
});
