import type { BrowserContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { filing, pngImage } from '../apps/server/src/test/factories';
import type { Client } from '../apps/server/src/test/platform';
import { browserAvailable, shootIfFailed, shot, signIn, startWebSession, type WebSession } from './browser';

describe.runIf(browserAvailable())('终本: the checklist on the case page and the restore button', () => {
  let session: WebSession;
  let browser: BrowserContext;
  let base: string;
  let officer: Client;
  let admin: Client;

  beforeAll(async () => {
    session = await startWebSession({ clock: 'settable' });
    ({ browser, base } = session);
    browser.setDefaultTimeout(20_000);
    admin = await session.platform.as('admin');
    await admin.post('/api/admin/clock', { now: '2025-01-10T09:00:00+08:00' });
    officer = await session.platform.as('officer');
  }, 240_000);
  afterAll(() => session?.close());
  afterEach(({ task }) => shootIfFailed(task, browser, 'dormant'));

  const record = async (id: string, type: string, on: string, data = {}, evidence: string[] = []) => {
    const response = await officer.post(`/api/cases/${id}/events`, { type, on, data, evidence });
    expect(response.statusCode, response.body).toBe(200);
  };

  it('shows each condition with its evidence or what is missing, then restores a dormant case as 执恢', async () => {
    const base0 = filing();
    const { id } = (
      await officer.post(
        '/api/cases',
        filing({
          basis: { ...base0.basis, effectiveOn: '2024-12-01', documentNumber: '（2024）京0105民初99号' },
        }),
      )
    ).json<{ id: string }>();
    await record(id, 'notice.served', '2025-01-10');
    await record(id, 'report_order.served', '2025-01-10');
    await record(id, 'report.checked', '2025-01-10', { result: 'reported' });
    await record(id, 'inquiry.answered', '2025-01-10');
    await record(id, 'investigation.onsite', '2025-01-10');

    const page = await browser.newPage();
    await signIn(page, base, 'officer');
    await page.waitForURL(/\/workbench/);
    await page.goto(`${base}/workbench/cases/${id}`);
    await page.getByRole('tab', { name: '终本' }).click();
    const checklist = page.getByTestId('closing-checklist');
    await checklist.waitFor();
    await expect.poll(() => checklist.locator('[data-met="no"]').count()).toBe(4);
    await checklist.getByText('缺少：对被执行人发出限制消费令').waitFor();
    await checklist.getByText('尚有4项终本条件未具备').waitFor();
    await expect
      .poll(() => checklist.locator('[data-rule="case.close.dormant.notice"][data-met="yes"]').count())
      .toBe(1);
    await shot(page, 'dormant-checklist-missing.png');

    // The record completed, three months on: every condition met.
    const debtorId = (await officer.get(`/api/cases/${id}`)).json<{ debtors: { id: string }[] }>().debtors[0]
      ?.id;
    expect((await officer.post(`/api/cases/${id}/restrictions`, { debtorId })).statusCode).toBe(201);
    await admin.post('/api/admin/clock', { now: '2025-04-11T10:00:00+08:00' });
    const upload = await officer.request(
      'POST',
      `/api/cases/${id}/documents/upload?fileName=${encodeURIComponent('约谈笔录')}`,
      pngImage(),
      { 'content-type': 'application/octet-stream' },
    );
    const doc = upload.json<{ id: string }>().id;
    await record(id, 'interview.applicant', '2025-04-11', {}, [doc]);
    await record(id, 'applicant.agreed_dormant', '2025-04-11', {}, [doc]);
    await page.reload();
    await page.getByRole('tab', { name: '终本' }).click();
    await checklist.getByText('终本条件全部具备', { exact: false }).waitFor();
    await expect.poll(() => checklist.locator('[data-met="no"]').count()).toBe(0);
    await shot(page, 'dormant-checklist-ready.png');

    expect((await officer.post(`/api/cases/${id}/close`, { method: 'dormant' })).statusCode).toBe(200);
    await page.reload();
    await page.getByRole('tab', { name: '终本' }).click();
    await page.getByText('终本案件库').first().waitFor();

    // Wrong pool data (Dormant 18): recorded, listed as to be corrected, corrected through the dialog.
    const corrections = page.getByTestId('pool-corrections');
    await corrections.getByRole('button', { name: '登记信息错误' }).click();
    const recordDialog = page.getByRole('dialog');
    await recordDialog.getByLabel('错误内容').fill('入库日期应为送达裁定之日');
    await recordDialog.getByRole('button', { name: /登\s*记/ }).click();
    await corrections.getByText('待更正').waitFor();
    await corrections.getByRole('button', { name: /更\s*正/ }).click();
    const fix = page.getByRole('dialog');
    await fix.getByLabel('更正理由').fill('按送达回证更正入库日期');
    await shot(page, 'dormant-pool-correction.png', false);
    await fix.getByRole('button', { name: /确\s*认/ }).click();
    await corrections.getByText('已更正', { exact: false }).waitFor();
    await expect.poll(() => corrections.getByText('待更正').count()).toBe(0);
    await shot(page, 'dormant-pool-corrected.png');

    await page.getByRole('button', { name: /恢复执行/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('依职权（发现财产）').waitFor();
    await shot(page, 'dormant-restore-dialog.png', false);
    await dialog.getByRole('button', { name: /立执恢案件/ }).click();
    await page.waitForURL((url) => !url.pathname.endsWith(id) && /\/workbench\/cases\//.test(url.pathname));
    await page.getByText('（2025）京0105执恢1号').first().waitFor();
    await page.getByRole('tab', { name: '终本' }).click();
    await page.getByText('恢复执行自原案').waitFor();
    await shot(page, 'dormant-restored-case.png');
  }, 180_000);
});
