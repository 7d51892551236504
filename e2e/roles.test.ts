import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCaseload } from '../apps/server/src/modules/cases/generate';
import { browserAvailable, SCREENSHOTS, signIn, startWebSession, type WebSession } from './browser';

/** Each role lands on work of its own: the head's queue, the supervisor's overdue deadlines by court. */
describe.runIf(browserAvailable())('every role has its own work', () => {
  let session: WebSession;

  beforeAll(async () => {
    session = await startWebSession();
    // Two years of filings up to today: some unassigned, some with deadlines long past.
    await generateCaseload(session.platform, { cases: 120, seed: 7 });
  }, 180_000);

  afterAll(() => session?.close());

  it('the head sees what waits for him: extensions, cases to assign, overdue nodes', async () => {
    const page = await session.browser.newPage();
    await signIn(page, session.base, 'head');
    await page.waitForURL(/\/workbench/);
    const queue = page.locator('.ant-card', { hasText: '待我处理' });
    await queue.getByRole('tab', { name: /延期审批/ }).waitFor({ timeout: 30_000 });
    await queue.getByRole('tab', { name: /逾期节点/ }).click();
    await queue.getByRole('columnheader', { name: '逾期' }).waitFor();
    expect(await queue.locator('tbody tr').count()).toBeGreaterThan(0);
    // The head is assigned no deadlines of his own: no always-empty 我的待办 or 我的期限.
    expect(await page.getByText('我的待办').count()).toBe(0);
    expect(await page.getByRole('menuitem', { name: '我的期限' }).count()).toBe(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'home-head.png'), fullPage: true });
    // The closed cases show how and when each was closed, instead of a next deadline.
    await page.goto(`${session.base}/workbench/cases?status=closed`);
    await page.getByRole('columnheader', { name: '结案方式' }).waitFor({ timeout: 30_000 });
    await page.getByRole('columnheader', { name: '结案日期' }).waitFor();
    expect(await page.getByRole('columnheader', { name: '下一节点' }).count()).toBe(0);
    const firstClosed = page.locator('.ant-table-row').first();
    await firstClosed.waitFor();
    expect(await firstClosed.textContent()).toMatch(
      /(执行完毕|终结本次执行程序|终结执行|销案|不予执行|驳回申请)\d{4}-\d{2}-\d{2}/,
    );
    await page.close();
  });

  it('the supervisor sees the overdue deadlines of the courts below, by court, and opens a case', async () => {
    const page = await session.browser.newPage();
    await signIn(page, session.base, 'supervisor');
    await page.waitForURL(/\/command/);
    await page.getByText('辖区逾期节点').waitFor({ timeout: 30_000 });
    // The overdue list's court column (the dormant-case figures below have one too).
    await page.getByRole('columnheader', { name: '法院' }).first().waitFor();
    const first = page.locator('.ant-table-row').first();
    await first.waitFor();
    expect(await first.textContent()).toMatch(/人民法院.*执\d+号/);
    await page.locator('canvas').first().waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'command-supervisor.png'), fullPage: true });
    await first.getByRole('link').click();
    await page.waitForURL(/\/workbench\/cases\//);
    await page.getByRole('tab', { name: /节点期限/ }).waitFor({ timeout: 15_000 });
    await page.close();
  });
});
