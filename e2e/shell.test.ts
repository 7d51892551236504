import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { browserAvailable, SCREENSHOTS, signIn, startWebSession, type WebSession } from './browser';

describe.runIf(browserAvailable())('web shell in Chromium', () => {
  let session: WebSession;
  let browser: BrowserContext;
  let base: string;

  beforeAll(async () => {
    session = await startWebSession();
    ({ browser, base } = session);
  }, 180_000);

  // Each test signs in afresh.
  beforeEach(async () => {
    await browser?.clearCookies();
  });

  afterAll(() => session?.close());

  it('an officer signs in and lands on the workbench, in Chinese', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/`);
    await page.waitForURL(/\/login/);
    await page.getByPlaceholder('用户名').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'login.png') });
    await page.getByPlaceholder('用户名').fill('officer');
    await page.getByPlaceholder('密码').fill('zhixing-demo');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.waitForURL(/\/workbench/);
    await page.getByRole('heading', { name: '办案平台' }).first().waitFor({ timeout: 15_000 });
    await page.getByText('北京市朝阳区人民法院').first().waitFor({ timeout: 15_000 });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'workbench.png'), fullPage: true });
    await page.close();
  });

  it('the signed-out sign-in page logs no console error (no failed /api/auth/me)', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`${base}/`);
    await page.waitForURL(/\/login/);
    await page.getByPlaceholder('用户名').waitFor();
    await page.waitForLoadState('networkidle');
    expect(errors).toEqual([]);
    expect(failed).toEqual([]);
    await page.close();
  });

  it('the API reference (/api/docs) renders its operations under the CSP, with no console error', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(`${base}/api/docs`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.locator('.swagger-ui .opblock').first().waitFor({ timeout: 30_000 });
    await page.getByText('Zhixing 执行 API').first().waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'api-docs.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a wrong password shows the refusal and stays on the login page', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/login`);
    await page.getByPlaceholder('用户名').fill('officer');
    await page.getByPlaceholder('密码').fill('wrong-password');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page
      .getByText(/用户名或密码错误|Wrong user name or password/)
      .first()
      .waitFor({ timeout: 15_000 });
    expect(page.url()).toMatch(/\/login/);
    await page.close();
  });

  it('a throttled sign-in says so and when to retry', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/login`);
    // A user name of its own: the throttle counts failures per address and name.
    await page.getByPlaceholder('用户名').fill('nobody-throttled');
    const refusal = page.getByRole('alert');
    for (let attempt = 0; attempt < 10; attempt++) {
      await page.getByPlaceholder('密码').fill('wrong-password');
      await page.getByRole('button', { name: /登\s*录/ }).click();
      await refusal.waitFor();
      await page
        .getByRole('button', { name: /登\s*录/ })
        .and(page.locator(':enabled'))
        .waitFor();
      if ((await refusal.textContent())?.includes('过于频繁')) break;
    }
    await refusal.getByText('登录尝试过于频繁，请稍后再试').waitFor();
    await refusal.getByText(/登录失败次数过多，请 \d+ 秒后再试/).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'login-throttled.png') });
    await page.close();
  });

  it('the sign-in page loads no app bundle, switches to English, and returns to the page asked for', async () => {
    const page = await browser.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${base}/workbench/cases`);
    await page.waitForURL(/\/login\?from=%2Fworkbench%2Fcases/);
    await page.getByPlaceholder('用户名').waitFor();
    // (The app's bundle ran to send the deep link here; the sign-in page as loaded by itself:)
    scripts.length = 0;
    await page.reload();
    await page.getByPlaceholder('用户名').waitFor();
    // Only the sign-in page's own few KiB (and Vite's module-preload helper), none of React or Ant Design.
    expect(scripts.filter((script) => /\/assets\/login-/.test(script))).toHaveLength(1);
    expect(scripts.filter((script) => !/\/assets\/(login|modulepreload-polyfill)-/.test(script))).toEqual([]);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en-US');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Enter your user name').waitFor();
    await page.getByPlaceholder('User name').fill('officer');
    await page.getByPlaceholder('Password').fill('zhixing-demo');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'login-english.png') });
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/workbench\/cases$/);
    // The app keeps the language chosen on the sign-in page.
    await page.getByRole('heading', { name: /Cases/ }).first().waitFor({ timeout: 15_000 });
    // The other tests read Chinese: forget the choice (the browser context keeps its storage).
    await page.evaluate("localStorage.removeItem('zhixing.locale')");
    await page.close();
  });

  it('an administrator lands in the administration area and sees the court tree', async () => {
    const page = await browser.newPage();
    await signIn(page, base, 'admin');
    await page.waitForURL(/\/admin\/courts/);
    await page.getByText('北京市第三中级人民法院').first().waitFor({ timeout: 15_000 });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'admin-courts.png'), fullPage: true });
    await page.close();
  });

  it('an administrator changes a rule parameter from a date, with a reason, and sees its history', async () => {
    const page = await browser.newPage();
    await signIn(page, base, 'admin');
    await page.waitForURL(/\/admin\/courts/);
    await page.getByRole('menuitem', { name: '规则参数' }).click();
    const card = page.locator('.ant-card', { hasText: '查封、冻结期限即将届满' });
    await page.getByRole('heading', { name: '规则参数' }).waitFor({ timeout: 30_000 });
    await card.getByText('民诉法解释（2022年）第485条').waitFor({ timeout: 30_000 });
    await card.getByRole('button', { name: /修\s*改/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('spinbutton').fill('45');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.getByText('请写明理由').waitFor();
    await dialog.getByRole('textbox').last().fill('本院执行局会议决定提前预警');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await card.getByText(/45 日/).waitFor();
    await card.getByText('已调整').waitFor();
    await card.getByRole('button', { name: /历史 1/ }).click();
    await card.getByText(/本院执行局会议决定提前预警/).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'admin-rules.png'), fullPage: true });
    await page.close();
  }, 90_000);

  it('serves hashed files compressed and cached for a year, the page itself never cached', async () => {
    const page = await (await fetch(`${base}/login`, { headers: { 'accept-encoding': 'br, gzip' } })).text();
    // The sign-in page's own script (login.html), a few KiB: not the app's bundle.
    const script = /src="(\/assets\/login-[^"]+\.js)"/.exec(page)?.[1];
    expect(page).not.toMatch(/assets\/(index|react)-/);
    expect(script).toBeDefined();
    const asset = await fetch(`${base}${script}`, { headers: { 'accept-encoding': 'br' } });
    expect(asset.headers.get('content-encoding')).toBe('br');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const gzip = await fetch(`${base}${script}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    const index = await fetch(`${base}/`);
    expect(index.headers.get('cache-control')).toBe('no-cache');
  });
});
