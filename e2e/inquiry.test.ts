import path from 'node:path';
import { derivedKey } from '@zhixing/assist-protocol';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREDIT_CODE, filing } from '../apps/server/src/test/factories';
import { sim, TEST_ASSIST_SECRET } from '../apps/server/src/test/simulator';
import { browserAvailable, SCREENSHOTS, signIn, startWebSession, type WebSession } from './browser';

const shot = (page: Page, name: string, fullPage = true) =>
  page.screenshot({ path: path.join(SCREENSHOTS, name), fullPage, animations: 'disabled' });

interface Institution {
  id: string;
  code: string;
  keyFingerprint: string;
}

describe.runIf(browserAvailable())('网络查控 in the workbench', () => {
  let session: WebSession;
  let browser: BrowserContext;
  let base: string;

  beforeAll(async () => {
    // A failing institution gives up after two sends, a few hundred milliseconds apart.
    session = await startWebSession({
      simulator: true,
      inquiryTuning: { maxAttempts: 2, backoffBaseMs: 200, backoffCapMs: 400 },
    });
    ({ browser, base } = session);
    // A step that does not happen fails at that step, well within the test's own time.
    browser.setDefaultTimeout(10_000);
  }, 180_000);

  afterAll(() => session?.close());

  it('an administrator lists the institutions and replaces a key, which is never shown', async () => {
    const admin = await session.platform.as('admin');
    const fingerprint = async (code: string) =>
      (await admin.get('/api/admin/institutions'))
        .json<{ items: Institution[] }>()
        .items.find((i) => i.code === code)?.keyFingerprint;
    const before = await fingerprint('bank.psbc');

    const page = await browser.newPage();
    await signIn(page, base, 'admin');
    await page.getByRole('menuitem', { name: '系统管理' }).click();
    await page.getByRole('menuitem', { name: '协助执行单位' }).click();
    await page.waitForURL(/\/admin\/institutions$/);
    const icbc = page.getByRole('row', { name: /bank\.icbc/ });
    await icbc.waitFor();
    expect(await icbc.textContent()).toMatch(/中国工商银行.*银行存款.*查询.*冻结.*扣划.*正常/);
    await shot(page, 'institutions.png');

    await page.getByPlaceholder('按编码或名称筛选').fill('psbc');
    const row = page.getByRole('row', { name: /bank\.psbc/ });
    await row.getByRole('button', { name: /编\s*辑/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('留空则不更换；密钥保存后不可查看').waitFor();
    await dialog.getByText(`密钥指纹 ${before}`, { exact: false }).waitFor();
    // The field is empty: the key does not come back from the server.
    expect(await dialog.getByLabel('更换密钥').inputValue()).toBe('');
    await dialog.getByLabel('更换密钥').fill('a-new-key-of-the-bank-0001');
    await shot(page, 'institution-edit.png', false);
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('已保存').waitFor();
    const replaced = await fingerprint('bank.psbc');
    expect(replaced).not.toBe(before);

    // Put the right key back (the simulator derives it from the shared secret).
    await row.getByRole('button', { name: /编\s*辑/ }).click();
    await dialog.getByLabel('更换密钥').fill(derivedKey(TEST_ASSIST_SECRET, 'bank.psbc'));
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await fingerprint('bank.psbc')).toBe(before);
    await page.close();
  }, 60_000);

  it('an officer queries every institution, watches the answers arrive, retries a failure', async () => {
    const simulator = session.simulator;
    if (!simulator) throw new Error('the session has no simulator');
    // The debtor's holdings, as the institutions will report them.
    await sim(simulator, 'PUT', `/sim/subjects/${CREDIT_CODE}`, {
      holdings: [
        { category: 'bank', institution: 'bank.icbc', balance: 12_000_000, description: '基本存款账户' },
        { category: 'bank', institution: 'bank.abc', balance: 50_000_000, description: '一般存款账户' },
        { category: 'online_payment', institution: 'online_payment.alipay', balance: 350_000 },
        { category: 'vehicle', value: 15_000_000, description: '小型普通客车 京A12345' },
        { category: 'real_estate', value: 250_000_000, description: '房屋 朝阳区某路1号院2号楼' },
      ],
    });
    // Answers take a while, so that the progress can be seen filling; one bank is down.
    await sim(simulator, 'PUT', '/sim/faults', { processingMs: 2500 });
    await sim(simulator, 'PUT', '/sim/faults/bank.cmb', { errorRate: 1 });

    const officer = await session.platform.as('officer');
    const filed = await officer.request('POST', '/api/cases', filing(), {
      'idempotency-key': crypto.randomUUID(),
    });
    expect(filed.statusCode, filed.body).toBe(201);
    const { id, caseNumber } = filed.json<{ id: string; caseNumber: string }>();

    const page = await browser.newPage();
    await signIn(page, base, 'officer');
    await page.waitForURL(/\/workbench/);
    await page.goto(`${base}/workbench/cases/${id}`);
    await page.getByRole('heading', { name: caseNumber }).waitFor();
    await page.getByRole('tab', { name: '查控' }).click();
    await page.getByText('网络查控进度').waitFor();
    // The round started on filing, answered while the page follows it live over the WebSocket.
    await page.getByText('实时', { exact: true }).waitFor();
    const progress = page.getByRole('region', { name: '累计进度' });
    await page.getByText(/共 1 轮 · 最近一轮.*已全部反馈/).waitFor({ timeout: 20_000 });
    const bank = page.getByRole('row', { name: /^银行存款/ });
    expect(await bank.textContent()).toMatch(/银行存款24231/); // asked 24, answered 23, failed 1, pending 0

    // The failed request names its institution and why; it is sent again once the bank is back.
    const failed = page.getByRole('row', { name: /招商银行/ });
    await failed.waitFor();
    expect(await failed.textContent()).toMatch(/招商银行.*银行存款.*查询.*503/);
    await shot(page, 'inquiry-failed.png');
    await sim(simulator, 'DELETE', '/sim/faults/bank.cmb');
    await failed.getByRole('button', { name: /重\s*试/ }).click();
    await page.getByText('已重新发送').waitFor();
    await failed.waitFor({ state: 'detached' });
    await expect.poll(() => bank.textContent(), { timeout: 20_000 }).toMatch(/银行存款242400/);

    // 一键查询: a second round, every category, its progress filling to the end.
    await page.getByRole('button', { name: /一键查询/ }).click();
    await page.getByText('已向全部协助执行单位发出查询').waitFor();
    await page.getByText(/共 2 轮 · 最近一轮.*进行中/).waitFor();
    expect(await progress.textContent()).toMatch(/已发出 74.*待反馈 [1-9]/);
    await shot(page, 'inquiry-running.png');
    await page.getByText(/共 2 轮 · 最近一轮.*已全部反馈/).waitFor({ timeout: 20_000 });
    expect(await progress.textContent()).toMatch(/已发出 74.*已反馈 74.*失败 0.*待反馈 0/);
    await shot(page, 'inquiry-done.png');
    await page.close();
  }, 120_000);
});
