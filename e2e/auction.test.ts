import { type Browser, type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  lastCode,
  planFrom,
  pricedHouse,
  setClock,
  signUp,
} from '../apps/server/src/modules/auction/test-helpers';
import { idNumber, pngImage } from '../apps/server/src/test/factories';
import { browserAvailable, CHROMIUM, shot, signIn, startWebSession, type WebSession } from './browser';

const MIN = 60_000;

/**
 * Two bidders bid against each other in the last minutes on the public auction page; a watcher who
 * is not signed in opens it while it is announced, with the photos and the reference price, sees it
 * switch to bidding when the clock passes the start, then both bids, the extended end and the watcher
 * count live, and the end — without reloading.
 */
describe.runIf(browserAvailable())('网络司法拍卖 live in the browser', () => {
  let session: WebSession;
  let chrome: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    session = await startWebSession({ clock: 'settable' });
    chrome = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu'],
    });
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await chrome?.close();
    await session?.close();
  });

  const newPage = async () => {
    const context = await chrome.newContext({ locale: 'zh-CN', viewport: { width: 1360, height: 1000 } });
    context.setDefaultTimeout(20_000);
    contexts.push(context);
    return context.newPage();
  };

  it('two bidders bid against each other; the watcher sees both bids and the extension live', async () => {
    const { platform, base } = session;
    setClock(platform, new Date());
    const officer = await platform.as('officer');
    const { caseId, assetId } = await pricedHouse(officer);
    const plan = planFrom(platform.clock.now());
    const created = await officer.post(`/api/assets/${assetId}/auctions`, plan);
    expect(created.statusCode, created.body).toBe(201);
    const auctionId = created.json<{ id: string }>().id;
    const url = `${base}/public/auctions/${auctionId}`;
    // Two photos of the house from the dossier, published with the auction.
    const photos: string[] = [];
    for (const [fileName, size] of [
      ['外观.png', 240],
      ['客厅.png', 180],
    ] as const) {
      const uploaded = await officer.request(
        'POST',
        `/api/cases/${caseId}/documents/upload?fileName=${encodeURIComponent(fileName)}`,
        pngImage(size),
        { 'content-type': 'application/octet-stream' },
      );
      expect(uploaded.statusCode, uploaded.body).toBe(201);
      photos.push(uploaded.json<{ id: string }>().id);
    }
    const published = await officer.request(
      'PUT',
      `/api/assets/${assetId}/auctions/${auctionId}/attachments`,
      {
        documentIds: photos,
      },
    );
    expect(published.statusCode, published.body).toBe(200);

    // The watcher, not signed in, opens the page while the auction is announced.
    const watcher = await newPage();
    await watcher.goto(url);
    await expect.poll(() => watcher.getByTestId('status').textContent()).toContain('公告中');
    await expect.poll(() => watcher.getByTestId('photos').locator('img').count()).toBe(2);
    await expect
      .poll(() =>
        watcher
          .getByTestId('photos')
          .locator('img')
          .evaluateAll((images) =>
            images.every((i) => (i as unknown as { naturalWidth: number }).naturalWidth > 0),
          ),
      )
      .toBe(true);
    expect(await watcher.getByTestId('reference').textContent()).toContain('当事人议价');
    expect(await watcher.getByTestId('reference').textContent()).toContain('¥1,000,000.00');
    await shot(watcher, 'auction-watcher-announced.png');

    // Bidder A opens an account on the page itself: real name, identity number, phone, the SMS code.
    const alice = await newPage();
    await alice.goto(url);
    await alice.getByTestId('real-name').fill('赵竞买');
    await alice.getByTestId('id-number').fill(idNumber('19880808', '031'));
    await alice.getByTestId('phone').fill('13712345678');
    await alice.getByTestId('send-code').click();
    await alice.getByTestId('code').waitFor();
    await alice.getByTestId('code').fill(await lastCode(platform, '13712345678'));
    await alice.getByTestId('confirm-code').click();
    await alice.getByTestId('register').click();
    await alice.getByText('已报名，保证金已冻结').waitFor();

    // Bidder B has an account already (its session cookie set in its own browser).
    const bobClient = await signUp(platform, { name: '钱竞买' });
    const bob = await newPage();
    const [name, value] = bobClient.cookie.split('=') as [string, string];
    await bob.context().addCookies([{ name, value, url: base }]);
    await bob.goto(url);
    await bob.getByTestId('register').click();
    await bob.getByText('已报名，保证金已冻结').waitFor();

    // The last 3 minutes of bidding: the watcher, not signed in, opens the page.
    // The clock moves into the last 3 minutes of bidding: the watcher's page switches by itself.
    const endsAt = new Date(plan.endsAt).getTime();
    setClock(platform, new Date(endsAt - 3 * MIN));
    await expect.poll(() => watcher.getByTestId('status').textContent()).toContain('竞价中');
    await shot(watcher, 'auction-watcher-switched.png');
    await alice.reload();
    await bob.reload();
    await expect.poll(() => watcher.getByTestId('watchers').textContent(), { timeout: 10_000 }).toBe('3');
    const endBefore = await watcher.getByTestId('ends-at').textContent();
    expect(endBefore).not.toContain('已延时');

    await alice.getByTestId('bid').click();
    await alice.getByText('出价成功，序号 1').waitFor();
    await expect.poll(() => watcher.getByTestId('current-price').textContent()).toBe('¥700,000.00');
    await expect.poll(() => watcher.getByTestId('ends-at').textContent()).toContain('已延时');
    const endAfterFirst = await watcher.getByTestId('ends-at').getAttribute('data-ends-at');

    await bob.getByTestId('bid').click();
    await bob.getByText('出价成功，序号 2').waitFor();
    await expect.poll(() => watcher.getByTestId('current-price').textContent()).toBe('¥701,000.00');
    await expect.poll(() => watcher.getByTestId('bids').locator('tbody tr').count()).toBe(2);
    const rows = await watcher.getByTestId('bids').locator('tbody tr').allTextContents();
    expect(rows[0]).toContain('0002');
    expect(rows[0]).toContain('领先');
    expect(rows[1]).toContain('0001');
    expect(rows.join('')).not.toContain('赵竞买');
    const bobBid = (await platform.anonymous.get(`/api/public/auctions/${auctionId}`)).json<{
      endsAt: string;
    }>();
    expect(bobBid.endsAt).not.toBe(endAfterFirst);
    await expect.poll(() => watcher.getByTestId('ends-at').getAttribute('data-ends-at')).toBe(bobBid.endsAt);
    // Bidding too low is refused by the rule it breaks.
    await alice.locator('#bid-amount').fill('701000');
    await alice.getByTestId('bid').click();
    await expect
      .poll(() => alice.getByTestId('bid-error').textContent())
      .toContain(
        '加一个加价幅度 ¥1,000.00，即 ¥702,000.00（《关于人民法院网络司法拍卖若干问题的规定》第20条）',
      );
    await shot(watcher, 'auction-watcher-live.png');
    await shot(alice, 'auction-bidder-a.png');
    await shot(bob, 'auction-bidder-b.png');

    // The clock passes the extended end: the sweep ends it and the watcher sees it sold.
    const view = (await platform.anonymous.get(`/api/public/auctions/${auctionId}`)).json<{
      endsAt: string;
    }>();
    setClock(platform, new Date(new Date(view.endsAt).getTime() + 1_000));
    expect(await platform.services.auction.sweep()).toBe(1);
    await expect.poll(() => watcher.getByTestId('status').textContent()).toContain('已成交');
    await shot(watcher, 'auction-watcher-sold.png');
  }, 180_000);

  it('the officer sets an auction up in the 评估拍卖 tab with each guard checked before submitting', async () => {
    const { platform, base } = session;
    // The platform clock 40 days ahead of the browser's: the form's default times follow the platform.
    setClock(platform, new Date(Date.now() + 40 * 24 * 3_600_000));
    const officer = await platform.as('officer');
    const { caseId } = await pricedHouse(officer);
    const page = await newPage();
    await signIn(page, base, 'officer');
    await page.waitForURL(/workbench/);
    await page.goto(`${base}/workbench/cases/${caseId}`);
    await page.getByRole('tab', { name: '评估拍卖' }).click();
    await page
      .getByTestId('auction-panel')
      .waitFor()
      .catch(async (error: unknown) => {
        await shot(page, 'auction-setup-missing.png');
        throw error;
      });
    // Shown in the browser's time zone (UTC here), as the platform's date.
    const today = platform.clock.now().toISOString().slice(0, 10);
    await expect.poll(() => page.locator('#announcedAt').inputValue()).toContain(today);
    await page.getByText('紧急变价理由').waitFor();
    const startPrice = page.getByTestId('guard-auction.start_price');
    await expect.poll(() => startPrice.textContent()).toContain('符合');
    expect(await startPrice.textContent()).not.toContain('不符合');
    // A starting price under 70% of the reference price: flagged before submitting, with the reason.
    const input = page.locator('#startPrice');
    await input.fill('600000');
    await input.blur();
    await expect.poll(() => startPrice.textContent()).toContain('不符合');
    expect(await startPrice.textContent()).toContain('¥700,000.00');
    expect(await page.getByTestId('create-auction').isDisabled()).toBe(true);
    await shot(page, 'auction-setup-guard.png');
    await input.fill('700000');
    await input.blur();
    await expect.poll(() => startPrice.textContent()).not.toContain('不符合');
    await page.getByTestId('create-auction').click();
    await page.getByTestId('live-monitor').waitFor();
    await shot(page, 'auction-setup-monitor.png');
    const listed = (await officer.get(`/api/cases/${caseId}`)).json<{ timeline: { type: string }[] }>();
    expect(listed.timeline.some((e) => e.type === 'auction.created')).toBe(true);
  }, 120_000);
});
