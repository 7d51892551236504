import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { filing, idNumber } from '../apps/server/src/test/factories';
import { browserAvailable, shootIfFailed, shot, signIn, startWebSession, type WebSession } from './browser';

/**
 * Chooses `option` in the dialog's select labelled `label` until `chosen` holds: a click that lands
 * while the dropdown is still opening, or finds it closed again (seen on a loaded machine), is tried
 * again (at most three times).
 */
async function choose(
  page: Page,
  dialog: Locator,
  label: string,
  option: string,
  chosen: () => Promise<boolean>,
) {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    // Opened unless still open from an attempt whose click found the option moving.
    if ((await page.locator('.ant-select-dropdown:visible').count()) === 0)
      await dialog.getByLabel(label).click();
    const item = page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option });
    await item.waitFor();
    const clicked = await item.click({ timeout: 5_000 }).then(
      () => true,
      () => false,
    );
    if (!clicked) continue;
    for (let wait = 0; wait < 20; wait += 1) {
      if (await chosen()) return;
      await page.waitForTimeout(100);
    }
  }
  throw new Error(`${label}: ${option} was not chosen`);
}

describe.runIf(browserAvailable())('失信限消 in the workbench and the public search', () => {
  let session: WebSession;
  let browser: BrowserContext;
  let base: string;

  beforeAll(async () => {
    session = await startWebSession();
    ({ browser, base } = session);
    browser.setDefaultTimeout(20_000);
  }, 180_000);
  afterAll(() => session?.close());
  afterEach(({ task }) => shootIfFailed(task, browser, 'credit'));

  it('an officer sees the minor guard before submitting, lists an adult, and the public finds him masked', async () => {
    const officer = await session.platform.as('officer');
    const adult = idNumber('19800101', '017');
    const minor = idNumber(`${new Date().getFullYear() - 10}0101`, '019');
    const { id } = (
      await officer.post(
        '/api/cases',
        filing({
          debtors: [
            { kind: 'person', name: '钱成年', idNumber: adult },
            { kind: 'person', name: '钱未成年', idNumber: minor },
          ],
        }),
      )
    ).json<{ id: string }>();

    const page = await browser.newPage();
    await signIn(page, base, 'officer');
    await page.waitForURL(/\/workbench/);
    await page.goto(`${base}/workbench/cases/${id}`);
    await page.getByRole('tab', { name: '失信限消' }).click();
    await page.getByRole('button', { name: '纳入失信名单' }).click();
    const dialog = page.getByRole('dialog');
    const minorHint = dialog.getByText('credit.minor', { exact: false });
    await choose(page, dialog, '被执行人', '钱未成年', async () => (await minorHint.count()) > 0);
    await dialog.getByText('credit.minor', { exact: false }).waitFor();
    await shot(page, 'credit-minor-guard.png', false);

    await choose(page, dialog, '被执行人', '钱成年', async () => (await minorHint.count()) === 0);
    await dialog.getByLabel('失信事实与证据').fill('被执行人名下有车辆、存款，拒不履行生效判决');
    await expect.poll(() => dialog.getByText('credit.minor', { exact: false }).count()).toBe(0);
    await dialog.getByRole('button', { name: /提交/ }).click();
    await page.getByText('已纳入失信被执行人名单').waitFor();
    const listing = page.getByRole('row', { name: /钱成年.*有履行能力而拒不履行/ });
    await listing.getByText('生效中').waitFor();
    await page
      .getByRole('row', { name: /钱成年.*生效中/ })
      .first()
      .waitFor();
    await shot(page, 'credit-tab.png');

    const publicPage = await browser.newPage();
    await publicPage.context().clearCookies();
    await publicPage.goto(`${base}/public/credit`);
    await publicPage.getByPlaceholder('姓名/名称（必填）').fill('钱成年');
    const question = await publicPage.locator('.ant-input-group-addon').first().textContent();
    const [a, b] = (question ?? '').match(/\d+/g)?.map(Number) ?? [0, 0];
    await publicPage.getByLabel('captcha').fill(String((a ?? 0) + (b ?? 0)));
    await publicPage.getByRole('button', { name: /查\s*询/ }).click();
    const masked = `${adult.slice(0, 10)}****${adult.slice(14)}`;
    await publicPage.getByRole('cell', { name: masked }).waitFor();
    expect(await publicPage.content()).not.toContain(adult);
    await shot(publicPage, 'credit-public-search.png');
  }, 120_000);

  it('the head lifts a flight ban for at most a month and allows a consumption request beforehand', async () => {
    const officer = await session.platform.as('officer');
    const { id } = (await officer.post('/api/cases', filing())).json<{ id: string }>();
    const debtorId = (await officer.get(`/api/cases/${id}`)).json<{ debtors: { id: string }[] }>().debtors[0]
      ?.id;
    expect((await officer.post(`/api/cases/${id}/restrictions`, { debtorId })).statusCode).toBe(201);

    const page = await browser.newPage();
    await signIn(page, base, 'head');
    await page.waitForURL(/\/workbench/);
    await page.goto(`${base}/workbench/cases/${id}`);
    await page.getByRole('tab', { name: '失信限消' }).click();
    await page.getByRole('button', { name: '临时解除出行' }).click();
    const dialog = page.getByRole('dialog');
    const from = await dialog.getByLabel('自').inputValue();
    const [y, m] = from.split('-').map(Number) as [number, number];
    const tooLate = `${m >= 11 ? y + 1 : y}-${String(((m + 1) % 12) + 1).padStart(2, '0')}-01`;
    await dialog.getByLabel('至').fill(tooLate);
    await dialog.getByText('最长一个月', { exact: false }).waitFor();
    await dialog.getByText('须经院长批准', { exact: false }).waitFor();
    await shot(page, 'credit-temporary-lift-guard.png', false);
    await dialog.getByLabel('至').fill(from);
    await dialog.getByLabel('已经院长批准').check();
    await expect.poll(() => dialog.getByText('将被拒绝').count()).toBe(0);
    await dialog.getByRole('button', { name: /提\s*交/ }).click();
    await page.getByText('已临时解除').waitFor();
    await page.getByRole('cell', { name: `${from}~${from}` }).waitFor();

    await page.getByRole('button', { name: '必要消费申请' }).click();
    const request = page.getByRole('dialog');
    // Typed and chosen by keyboard: a click into the opening dropdown can land while it still moves.
    await request.getByLabel('消费事项').click();
    await request.getByLabel('消费事项').pressSequentially('vehicles');
    await page.locator('.ant-select-dropdown:visible').getByText('购买非经营必需车辆').waitFor();
    await request.getByLabel('消费事项').press('Enter');
    await request.getByText('购买非经营必需车辆').waitFor();
    await request.getByLabel('用途与理由').fill('经营所需购置货车一辆');
    await request.getByRole('button', { name: '登记申请' }).click();
    await page.getByText('已登记必要消费申请').waitFor();
    await page.getByRole('button', { name: /^准\s*许$/ }).click();
    await page.getByLabel('决定理由').fill('经核实系经营必需');
    await page.getByRole('button', { name: /确\s*定|OK/ }).click();
    await page.getByText(`${from} 准许`).waitFor();
    await shot(page, 'credit-consumption.png');
    const credit = (await officer.get(`/api/cases/${id}/credit`)).json<{
      restrictions: { temporaryLifts: unknown[] }[];
      consumptionRequests: { allowed: boolean; decisionNote: string }[];
    }>();
    expect(credit.restrictions[0]?.temporaryLifts).toHaveLength(1);
    expect(credit.consumptionRequests[0]).toMatchObject({ allowed: true, decisionNote: '经核实系经营必需' });
  }, 120_000);

  it('an administrator issues a partner key, shown once', async () => {
    const page = await browser.newPage();
    await signIn(page, base, 'admin');
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.goto(`${base}/admin/partners`);
    await page.getByRole('button', { name: '签发密钥' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('单位名称').fill('某航空股份有限公司');
    await dialog.getByLabel('行业').click();
    await page.locator('.ant-select-dropdown:visible').getByText('航空公司').click();
    await dialog.getByLabel('法定用途').fill('依《限制消费规定》第三条拒绝向被限制消费人员售票');
    await dialog.getByRole('button', { name: /确\s*定|OK/ }).click();
    await page.locator('.ant-modal-confirm-title', { hasText: '密钥已签发（仅显示一次）' }).waitFor();
    expect(await page.getByText(/^zxp_/).count()).toBeGreaterThan(0);
    await shot(page, 'credit-partner-key.png', false);
  }, 60_000);
});
