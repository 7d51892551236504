import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { failedRounds, pricedHouse, setClock } from '../apps/server/src/modules/auction/test-helpers';
import { browserAvailable, shootIfFailed, shot, signIn, startWebSession, type WebSession } from './browser';

/**
 * 评估拍卖 after two failed auctions: the officer announces the 变卖 on the court's periods; it ends
 * without a bid as the clock passes; 以物抵债 is refused naming its rule until the difference is paid, then
 * the taking shows with the claim it settled.
 */
describe.runIf(browserAvailable())('评估拍卖 › 变卖 and 以物抵债', () => {
  let session: WebSession;
  let browser: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    session = await startWebSession({ clock: 'settable' });
    browser = session.browser;
    browser.setDefaultTimeout(20_000);
    page = await browser.newPage();
  });
  afterEach(async (context) => shootIfFailed(context.task, browser, 'disposal'));
  afterAll(() => session?.close());

  it('announces the sale, which ends without a bid; the applicant takes the asset in kind', async () => {
    const { platform, base } = session;
    setClock(platform, new Date());
    const officer = await platform.as('officer');
    const { caseId, assetId } = await pricedHouse(officer);
    await failedRounds(platform, officer, assetId);

    await signIn(page, base, 'officer');
    await page.waitForURL(/\/workbench/);
    await page.goto(`${base}/workbench/cases/${caseId}?tab=auction`);
    await page.getByTestId('sale-form').waitFor();
    await page.getByText('变卖期60日').waitFor();
    // The announcement defaults to the platform clock's now (48 days ahead of the browser's), shown in
    // the browser's time zone (UTC here).
    const today = platform.clock.now().toISOString().slice(0, 10);
    await expect
      .poll(() => page.getByTestId('sale-form').locator('input').first().inputValue())
      .toContain(today);
    await shot(page, 'disposal-1-after-second-round.png');

    await page.getByTestId('create-sale').click();
    await page.getByText(/^变卖 · /).waitFor();
    const sale = (await officer.get(`/api/assets/${assetId}/auctions`)).json().items.at(-1);
    expect(sale).toMatchObject({ mode: 'fixed_price_sale', startPrice: 560_000_00, deposit: 560_000_00 });

    // The public page says 变卖 (not 第3次拍卖) and how its bidding runs, on the sale's own periods.
    const watcher = await browser.newPage();
    await watcher.goto(`${base}/public/auctions/${sale.id}`);
    await watcher.getByTestId('terms').waitFor();
    expect(await watcher.getByTestId('round').textContent()).toMatch(/^变卖 · 公告于/);
    expect(await watcher.getByText('第3次拍卖').count()).toBe(0);
    const terms = await watcher.getByTestId('terms').textContent();
    expect(terms).toContain('首个以变卖价出价的，开始24小时竞价');
    expect(terms).toContain('延后至该出价后5分钟');
    await shot(watcher, 'disposal-sale-public.png');
    await watcher.close();

    // Sixty days on the clock: the sweep closes the sale without a bid.
    setClock(platform, new Date(new Date(sale.endsAt).getTime() + 1));
    await platform.services.auction.sweep();
    await page.reload();
    await page.getByText('变卖 · 流拍').waitFor();
    // The applicant's claim (¥300,000) is below the price: refused, naming the amount to pay.
    await page.getByTestId('take-in-kind').click();
    await page
      .getByTestId('in-kind-error')
      .getByText(/应补交差额 ¥260,000.00/)
      .waitFor();
    await shot(page, 'disposal-2-in-kind-refused.png');

    await page.getByText('已补交差额').click();
    await page.getByTestId('take-in-kind').click();
    await page.getByTestId('taking').waitFor();
    await page.getByText('变卖 · 已以物抵债').waitFor();
    // 已履行 in the case's header follows: the claim was settled in kind.
    await page.locator('.ant-descriptions-item', { hasText: '已履行' }).getByText('¥300,000.00').waitFor();
    await shot(page, 'disposal-3-taken.png');
    const account = (await officer.get(`/api/cases/${caseId}/account`)).json();
    expect(account.performed).toBe(300_000_00);
  });
});
