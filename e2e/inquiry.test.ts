import { derivedKey } from '@zhixing/assist-protocol';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CREDIT_CODE, filing, idNumber } from '../apps/server/src/test/factories';
import { sim, TEST_ASSIST_SECRET } from '../apps/server/src/test/simulator';
import { browserAvailable, shot, signIn, startWebSession, type WebSession } from './browser';

/** `YYYY-MM-DD` plus calendar days. */
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Chooses in an Ant Design select by typing (it filters by label) and Enter, then waits to see it
 * chosen: steadier than clicking an option of a dropdown that is still moving into place.
 */
async function pick(page: Page, select: Locator, text: string) {
  await select.click();
  await select.pressSequentially(text);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option-active')
    .filter({ hasText: text })
    .waitFor();
  await select.press('Enter');
  // The chosen label shows in the field (the dropdown lives elsewhere in the page).
  await select
    .locator('xpath=ancestor::div[contains(@class, "ant-form-item ")][1]')
    .filter({ hasText: text })
    .waitFor();
}

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
    // A step that does not happen fails at that step, well within the test's own time (the machine may
    // be busy with other suites: generous, not tight).
    browser.setDefaultTimeout(20_000);
  }, 180_000);

  afterAll(() => session?.close());

  // A failed test leaves its page open: keep a picture of how it looked.
  afterEach(async ({ task }) => {
    if (task.result?.state !== 'fail') return;
    for (const [index, page] of browser.pages().entries()) await shot(page, `failed-${index}.png`, false);
    for (const page of browser.pages()) await page.close();
  });

  it('an administrator lists the institutions and replaces a key, which is never shown', async () => {
    const admin = await session.platform.as('admin');
    const fingerprint = async (code: string) =>
      (await admin.get('/api/admin/institutions'))
        .json<{ items: Institution[] }>()
        .items.find((i) => i.code === code)?.keyFingerprint;
    const before = await fingerprint('bank.psbc');

    const page = await browser.newPage();
    await signIn(page, base, 'admin');
    // The administrator lands in the administration area, its menu open.
    await page.waitForURL(/\/admin\//);
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
  }, 120_000);

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
    await page.getByText(/共 1 轮 · 最近一轮.*已全部反馈/).waitFor({ timeout: 45_000 });
    const bank = page.getByRole('region', { name: '分类进度' }).getByRole('row', { name: /^银行存款/ });
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
    await expect.poll(() => bank.textContent(), { timeout: 45_000 }).toMatch(/银行存款242400/);

    // 一键查询: a second round, every category, its progress filling to the end. A round has run, so the
    // button asks first.
    await expect.poll(() => progress.textContent(), { timeout: 45_000 }).toMatch(/待反馈 0/);
    // Slower answers for this round: the page has time to show it running, even on a busy machine.
    await sim(simulator, 'PUT', '/sim/faults', { processingMs: 8000 });
    await page.getByRole('button', { name: /一键查询/ }).click();
    await page.getByText('本案已查询 1 轮，是否再向全部协助执行单位发起一轮？').waitFor();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s*定/ })
      .click();
    await page.getByText('已向全部协助执行单位发出查询').waitFor({ timeout: 60_000 });
    // Seen running (some of the 37 still unanswered), then complete, without reloading the page.
    await page.getByText(/共 2 轮 · 最近一轮.*进行中 ([0-9]|[12][0-9]|3[0-6])\/37/).waitFor();
    await shot(page, 'inquiry-running.png');
    await page.getByText(/共 2 轮 · 最近一轮.*已全部反馈/).waitFor({ timeout: 45_000 });
    // The round's line and the cumulative figures are refreshed by separate live updates.
    await expect.poll(() => progress.textContent()).toMatch(/已发出 74.*已反馈 74.*失败 0.*待反馈 0/);
    await sim(simulator, 'PUT', '/sim/faults', { processingMs: 2500 });
    await shot(page, 'inquiry-done.png');

    // What was found is in the register, money in yuan, each with the acts the rules allow now.
    const register = page.getByRole('region', { name: '财产登记' });
    const icbc = register.getByRole('row', { name: /中国工商银行/ });
    await icbc.waitFor();
    expect(await icbc.textContent()).toMatch(/银行存款.*基本存款账户.*中国工商银行.*¥120,000\.00.*已发现/);
    await register.getByRole('row', { name: /小型普通客车 京A12345/ }).waitFor();
    expect(await register.getByRole('row').count()).toBe(6); // a header and five assets
    // The limit: the claim 300,000 plus the application fee 4,400 (Fees 14).
    await page.getByText('尚可控制 ¥304,400.00').waitFor();
    await shot(page, 'assets-found.png');

    // 冻结 the first account: the amount and the period come prefilled (the balance; the longest period).
    await icbc.getByRole('button', { name: '冻结', exact: true }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.getByLabel('冻结金额（元）').inputValue()).toBe('120000.00');
    expect(await dialog.getByLabel('控制期限至').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await dialog.getByRole('button', { name: /确定冻结/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => icbc.textContent(), { timeout: 45_000 }).toMatch(/已冻结.*¥120,000\.00.*首封/);
    await page.getByText('尚可控制 ¥184,400.00').waitFor();

    // Beyond the claim plus costs the freeze is refused, naming the rule and its clause; nothing changes.
    const abc = register.getByRole('row', { name: /中国农业银行/ });
    await abc.getByRole('button', { name: '冻结', exact: true }).click();
    expect(await dialog.getByLabel('冻结金额（元）').inputValue()).toBe('184400.00');
    await dialog.getByLabel('冻结金额（元）').fill('300000');
    await dialog.getByRole('button', { name: /确定冻结/ }).click();
    await dialog.getByText('操作被规则拦截').waitFor();
    await dialog.getByText(/assets\.over_seizure/).waitFor();
    await dialog.getByText(/《关于进一步完善执行权制约机制加强执行监督的意见》第15条/).waitFor();
    await shot(page, 'assets-over-seizure.png', false);
    expect(await abc.textContent()).toMatch(/已发现/);

    // Within it, the freeze takes effect and the limit is used up. A short period: it warns as it nears its end.
    const today = (await officer.get(`/api/cases/${id}`)).json<{ today: string }>().today;
    const soon = addDays(today, 20);
    await dialog.getByLabel('冻结金额（元）').fill('184400');
    await dialog.getByLabel('控制期限至').fill(soon);
    await dialog.getByLabel('控制期限至').press('Enter');
    await dialog.getByRole('button', { name: /确定冻结/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect
      .poll(() => abc.textContent(), { timeout: 45_000 })
      .toMatch(new RegExp(`已冻结.*¥184,400\\.00.*${soon}.*剩余 20 天.*首封`));
    await page.getByText('尚可控制 ¥0.00').waitFor();
    await shot(page, 'assets-frozen.png');

    // 续冻 before it ends: the period is extended to the longest one and the position is kept.
    await abc.getByRole('button', { name: '续冻', exact: true }).click();
    const renewedUntil = await dialog.getByLabel('控制期限至').inputValue();
    expect(renewedUntil > soon).toBe(true);
    await dialog.getByRole('button', { name: /确定续冻/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect
      .poll(() => abc.textContent(), { timeout: 45_000 })
      .toMatch(new RegExp(`已冻结.*${renewedUntil}.*首封`));

    // 扣划 what the first account holds frozen, to the case's own account.
    await icbc.getByRole('button', { name: '扣划', exact: true }).click();
    expect(await dialog.getByLabel('扣划金额（元）').inputValue()).toBe('120000.00');
    await dialog.getByRole('button', { name: /确定扣划/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => icbc.textContent(), { timeout: 45_000 }).toMatch(/已扣划.*已扣划 ¥120,000\.00/);
    await shot(page, 'assets-deducted.png');
    await page.close();
  }, 240_000);

  it('an officer records a lead, property found offline with its evidence, and the verification', async () => {
    const officer = await session.platform.as('officer');
    const filed = await officer.request(
      'POST',
      '/api/cases',
      filing({ debtors: [{ kind: 'person', name: '赵某', idNumber: idNumber('19850505', '003') }] }),
      { 'idempotency-key': crypto.randomUUID() },
    );
    expect(filed.statusCode, filed.body).toBe(201);
    const { id } = filed.json<{ id: string }>();
    // The evidence is a document of the dossier.
    const issued = await officer.post(`/api/cases/${id}/documents`, { kinds: ['execution_notice'] });
    expect(issued.statusCode, issued.body).toBe(201);

    const page = await browser.newPage();
    await signIn(page, base, 'officer');
    await page.waitForURL(/\/workbench/);
    await page.goto(`${base}/workbench/cases/${id}?tab=inquiry`);
    const dialog = page.getByRole('dialog');

    // 财产线索 from the applicant, specific and urgent: 24 hours.
    await page.getByRole('button', { name: /登记财产线索/ }).click();
    await dialog.getByLabel('线索内容').fill('被执行人在北京农商银行朝阳支行开有一般存款账户');
    await dialog.getByLabel('明确具体').check();
    await dialog.getByLabel('紧急').check();
    await dialog.getByRole('button', { name: /登\s*记/ }).click();
    await page.getByText('已登记财产线索').waitFor();
    const leads = page.getByRole('region', { name: '财产线索' });
    const lead = leads.getByRole('row', { name: /北京农商银行朝阳支行/ });
    await lead.waitFor();
    expect(await lead.textContent()).toMatch(/王小明.*申请执行人.*明确紧急 · 24小时.*待核查/);

    // The account it led to, found offline, with the notice as evidence (once the lists have been read again).
    await page.waitForLoadState('networkidle');
    await page.getByRole('button', { name: /登记线下财产/ }).click();
    await dialog.getByLabel('协助执行单位或登记机关').fill('北京农商银行朝阳支行');
    await dialog.getByLabel('财产标识').fill('6214830100123456');
    await dialog.getByLabel('财产描述').fill('一般存款账户');
    await dialog.getByLabel('余额（元）').fill('5000');
    await pick(page, dialog.getByLabel('证据材料（电子卷宗）'), '执行通知书');
    await pick(page, dialog.getByLabel('来源线索'), '王小明');
    await shot(page, 'asset-offline.png', false);
    await dialog.getByRole('button', { name: /登\s*记/ }).click();
    await page.getByText('已登记线下财产').waitFor();
    const register = page.getByRole('region', { name: '财产登记' });
    const found = register.getByRole('row', { name: /6214830100123456/ });
    await found.waitFor();
    expect(await found.textContent()).toMatch(
      /一般存款账户.*北京农商银行朝阳支行.*线下登记.*¥5,000\.00.*已发现/,
    );

    // 核查: confirmed, naming the account.
    await lead.getByRole('button', { name: /核\s*查/ }).click();
    await dialog.getByLabel('核查情况').fill('经现场调查，账户属实');
    await pick(page, dialog.getByLabel('查实的财产'), '6214830100123456');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('已记录核查结果').waitFor();
    await expect.poll(() => lead.textContent()).toMatch(/查证属实.*经现场调查，账户属实/);

    // The lead's own deadline, and the nodes on the timeline.
    await page.getByRole('tab', { name: /节点期限/ }).click();
    await page.getByRole('row', { name: /财产线索：明确具体且紧急的24小时内核查/ }).waitFor();
    await shot(page, 'deadlines-keyed.png');
    await page.getByRole('tab', { name: '流程节点' }).click();
    await page.getByText('核查财产线索').first().waitFor();
    await shot(page, 'timeline-assets.png');
    await page.getByRole('tab', { name: '查控' }).click();

    // The same tab in English.
    await page.getByText('English', { exact: true }).click();
    await page.getByText('Online query progress').waitFor();
    await shot(page, 'inquiry-english.png');
    await page.getByText('中文', { exact: true }).click();
    await page.close();
  }, 120_000);

  it('with the live link down the tab says so and follows the progress by polling', async () => {
    const simulator = session.simulator;
    if (!simulator) throw new Error('the session has no simulator');
    // Slow answers: the progress moves only after the page has shown the round running.
    await sim(simulator, 'PUT', '/sim/faults', { processingMs: 6000 });
    const officer = await session.platform.as('officer');
    const filed = await officer.request('POST', '/api/cases', filing(), {
      'idempotency-key': crypto.randomUUID(),
    });
    expect(filed.statusCode, filed.body).toBe(201);
    const { id } = filed.json<{ id: string }>();

    const page = await browser.newPage();
    // Every WebSocket to the server is cut as it opens.
    await page.routeWebSocket(/\/api\/realtime$/, (socket) => socket.close());
    await signIn(page, base, 'officer');
    await page.waitForURL(/\/workbench/);
    await page.goto(`${base}/workbench/cases/${id}?tab=inquiry`);
    await page.getByText('定时刷新', { exact: true }).waitFor();
    // The filing's round may start after the page's first look: the idle poll finds it.
    await page.getByText(/共 1 轮 · 最近一轮.*已全部反馈/).waitFor({ timeout: 100_000 });
    await page.getByRole('button', { name: /一键查询/ }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s*定/ })
      .click();
    await page.getByText(/共 2 轮 · 最近一轮.*进行中/).waitFor();
    // 74 requests at 6 s each through hub and simulator: on a loaded machine this took over 45 s.
    await page.getByText(/共 2 轮 · 最近一轮.*已全部反馈/).waitFor({ timeout: 100_000 });
    expect(await page.getByRole('region', { name: '累计进度' }).textContent()).toMatch(
      /已发出 74.*已反馈 74/,
    );
    await shot(page, 'inquiry-polling.png', false);
    await page.close();
  }, 260_000);
});
