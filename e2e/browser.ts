import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { DEFAULT_SECRET, type RunningSimulator, startSimulator } from '../apps/assist-sim/src/server';
import { platformActor } from '../apps/server/src/modules/audit/service';
import { catalogSchema } from '../apps/server/src/modules/inquiry/registry';
import { createTestPlatform, type TestPlatform } from '../apps/server/src/test/platform';
import { ensureWebBuilt } from '../scripts/web-build.mjs';

export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = path.resolve(import.meta.dirname, 'screenshots');

/** Under CI a missing browser is a failure, never a silent skip. */
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
 * `simulator`, the institution simulator runs beside it on a port of its own, the hub's registry holds
 * its catalog (keys derived from the simulator's secret), and workers send the requests.
 */
export async function startWebSession(options: { simulator?: boolean } = {}): Promise<WebSession> {
  ensureWebBuilt();
  const simulator = options.simulator ? await startSimulator({ secret: DEFAULT_SECRET }) : null;
  const platform = await createTestPlatform({ web: true, workers: simulator !== null });
  await platform.app.listen({ port: 0, host: '127.0.0.1' });
  const address = platform.app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  if (simulator) {
    await platform.services.inquiry.registry.importCatalog(
      platformActor,
      catalogSchema.parse(simulator.institutions),
      {
        secret: DEFAULT_SECRET,
      },
    );
  }
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

/** Signs a demo user in through the login page. */
export async function signIn(page: Page, base: string, username: string): Promise<void> {
  await page.goto(`${base}/login`);
  await page.getByPlaceholder('用户名').fill(username);
  await page.getByPlaceholder('密码').fill('zhixing-demo');
  await page.getByRole('button', { name: /登\s*录/ }).click();
}
