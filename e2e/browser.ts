import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import type { RunningSimulator } from '../apps/assist-sim/src/server';
import type { Tuning } from '../apps/server/src/modules/inquiry/rules';
import { createTestPlatform, type TestPlatform } from '../apps/server/src/test/platform';
import { startTestSimulator } from '../apps/server/src/test/simulator';
import { ensureWebBuilt } from '../scripts/web-build.mjs';

export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = path.resolve(import.meta.dirname, 'screenshots');

/** Under CI a missing browser is a failure, never a silent skip. */
/** A screenshot into `e2e/screenshots`, animations stopped, of the whole page unless told otherwise. */
export const shot = (page: Page, name: string, fullPage = true) =>
  page.screenshot({ path: path.join(SCREENSHOTS, name), fullPage, animations: 'disabled' });

/** After a failed test, a picture of every page still open (`<prefix>-failed-N.png`): how it looked then. */
export async function shootIfFailed(
  task: { result?: { state?: string } },
  browser: BrowserContext,
  prefix: string,
): Promise<void> {
  if (task.result?.state !== 'fail') return;
  for (const [index, page] of browser.pages().entries())
    await shot(page, `${prefix}-failed-${index}.png`, false);
}

export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === 'true') throw new Error(`CI=true but no Chromium at ${CHROMIUM}`);
  return false;
}

/** Debian's Chromium, headless, with a fresh profile and no calls to the outside; a Chinese desk screen. */
export async function launchBrowser(): Promise<BrowserContext> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const profile = mkdtempSync(path.join(tmpdir(), 'zhixing-chromium-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'zh-CN',
    viewport: { width: 1440, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export interface WebSession {
  platform: TestPlatform;
  browser: BrowserContext;
  base: string;
  /** The institution simulator, when the session was started with one. */
  simulator: RunningSimulator | null;
  close(): Promise<void>;
}

/**
 * The whole platform with its built web app on a free port, and a browser to drive it. With
 * `simulator`, the institution simulator runs beside it (its catalog in the hub's registry) and
 * workers send the requests; `inquiryTuning` shortens the hub's timers.
 */
export async function startWebSession(
  options: { simulator?: boolean; inquiryTuning?: Partial<Tuning>; clock?: 'system' | 'settable' } = {},
): Promise<WebSession> {
  ensureWebBuilt();
  const platform = await createTestPlatform({
    ...(options.clock ? { clock: options.clock } : {}),
    web: true,
    listen: true,
    workers: options.simulator ?? false,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.inquiryTuning ? { inquiryTuning: options.inquiryTuning } : {}),
  });
  const simulator = options.simulator ? await startTestSimulator(platform) : null;
  const address = platform.app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await launchBrowser();
  return {
    platform,
    browser,
    base,
    simulator,
    async close() {
      await browser.close();
      await platform.close();
      await simulator?.close();
    },
  };
}

/** Signs a demo user in through the login page; the browser's earlier session, if any, is dropped. */
export async function signIn(page: Page, base: string, username: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto(`${base}/login`);
  await page.getByPlaceholder('用户名').fill(username);
  await page.getByPlaceholder('密码').fill('zhixing-demo');
  await page.getByRole('button', { name: /登\s*录/ }).click();
}
