import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREDIT_CODE, idNumber } from '../apps/server/src/test/factories';
import { browserAvailable, SCREENSHOTS, signIn, startWebSession, type WebSession } from './browser';

describe.runIf(browserAvailable())('filing a case in the workbench', () => {
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

    await page.goto(`${base}/workbench/cases/new`);
    await page.getByPlaceholder('（2025）京0105民初123号').fill('（2025）京0105民初456号');
    await page.getByLabel('作出机关').fill('北京市朝阳区人民法院');
    await page.getByLabel('生效日期').fill('2025-06-01');
    await page.getByLabel('生效日期').press('Enter');
    await page.getByLabel('确定的义务').fill('被告支付原告货款三十万元');
    await page.getByPlaceholder('300000.00').fill('300000');
    await page.getByPlaceholder('申请执行人姓名或名称').fill('王小明');
    // A wrong check character is caught as it is typed.
    await page.getByPlaceholder('申请执行人身份证号').fill('110105198001010010');
    await page.getByPlaceholder('申请执行人身份证号').blur();
    await page
      .getByText(/校验位应为/)
      .first()
      .waitFor();
    await page.getByPlaceholder('申请执行人身份证号').fill(idNumber('19800101', '001'));
    await page.getByLabel('收款银行').fill('中国工商银行北京朝阳支行');
    await page.getByLabel('收款账号').fill('6222020200112233445');
    await page.getByLabel('账户名').fill('王小明');
    await page.getByText('法人或非法人组织').last().click();
    await page.getByPlaceholder('被执行人姓名或名称').fill('北京某某贸易有限公司');
    await page.getByLabel('统一社会信用代码').fill(CREDIT_CODE);
    await page.getByLabel('法定代表人').fill('李四');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'case-form.png'), fullPage: true });
    await page.getByRole('button', { name: /提交立案/ }).click();

    await page.waitForURL(/\/workbench\/cases\/[0-9a-f-]{36}/);
    await page.getByRole('heading', { name: /（\d{4}）京0105执\d+号/ }).waitFor();
    await page.getByText('分案').first().waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'case-page.png'), fullPage: true });
    // Closing as fully performed before anything was paid is refused, naming the rule and its clause.
    await page.getByRole('button', { name: /结\s*案/ }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    await page.getByText('操作被规则拦截 Refused by rule').waitFor();
    await page
      .getByRole('dialog')
      .getByText(/case\.close\.fully_performed/)
      .first()
      .waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'case-close-refused.png') });
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /取\s*消|Cancel/ })
      .click();
    const caseNumber = (await page.getByRole('heading', { name: /京0105执/ }).textContent()) ?? '';
    expect(caseNumber).toMatch(/^（\d{4}）京0105执\d+号$/);

    await page.goto(`${base}/workbench/cases`);
    await page.getByText(caseNumber).first().waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'case-list.png'), fullPage: true });
    await page.close();
  });
});
