/**
 * `npm run bench -- lighthouse`: Lighthouse (mobile preset: throttled CPU and network) on the sign-in
 * page and, signed in as each role, the pages a court uses most (the officer's, the head's home, the
 * command centre, finance, the administration pages, the public search and an auction when one
 * exists). Goals: performance ≥ 0.9 on the sign-in page, accessibility 1.0 on every page. The baseline measured in the same run is a bare HTML
 * page with one heading, served from this process: what this machine allows under the same throttling.
 * VERBOSE=1 prints the elements each failing accessibility audit names.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { ensureWebBuilt } from '../scripts/web-build.mjs';

const root = path.resolve(import.meta.dirname, '..');
const PORT = Number(process.env.BENCH_PORT ?? 18431);
const SIM_PORT = PORT + 1;
const base = `http://127.0.0.1:${PORT}`;

async function waitHealthy(child: ChildProcess): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function signInCookie(username: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'zhixing-demo' }),
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!response.ok || !cookie) throw new Error(`sign-in failed: ${response.status}`);
  return cookie;
}

interface Scores {
  performance: number;
  accessibility: number;
  failing: string[];
  bytes: number;
}

async function audit(port: number, url: string, cookie?: string): Promise<Scores> {
  const result = await lighthouse(
    url,
    {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
      ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
    },
    // The default configuration is the mobile preset.
  );
  if (!result) throw new Error(`no Lighthouse result for ${url}`);
  const { categories, audits } = result.lhr;
  const failed = Object.values(audits)
    .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
    .filter((a) => (categories.accessibility?.auditRefs ?? []).some((ref) => ref.id === a.id));
  const failing = failed.map((a) => a.id);
  if (process.env.VERBOSE) {
    for (const a of failed) {
      const items = (
        (a.details as { items?: { node?: { snippet?: string; explanation?: string } }[] })?.items ?? []
      )
        .slice(0, 4)
        .map(
          (item) =>
            `    ${item.node?.snippet ?? ''} ${
              item.node?.explanation
                ?.split('\n')
                .map((line) => line.trim())
                .filter((line) => line && !line.startsWith('Fix '))[0] ?? ''
            }`,
        );
      process.stdout.write(`  ${url} ${a.id}:\n${items.join('\n')}\n`);
    }
  }
  const bytes = Number(audits['total-byte-weight']?.numericValue ?? 0);
  return {
    performance: categories.performance?.score ?? 0,
    accessibility: categories.accessibility?.score ?? 0,
    failing,
    bytes,
  };
}

await ensureWebBuilt();
const dataDir = mkdtempSync(path.join(tmpdir(), 'zhixing-lighthouse-'));
const server = spawn('npm', ['start'], {
  cwd: root,
  env: {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(PORT),
    SIM_PORT: String(SIM_PORT),
    LOG_LEVEL: 'warn',
  },
  stdio: 'ignore',
  detached: true,
});
const bare = createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  response.end(
    '<!doctype html><html lang="zh-CN"><head><meta name="viewport" content="width=device-width">' +
      '<title>执行</title></head><body><main><h1>执行案件办理平台</h1></main></body></html>',
  );
}).listen(PORT + 2, '127.0.0.1');
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});
try {
  await waitHealthy(server);
  const cookie = await signInCookie('officer');
  const head = await signInCookie('head');
  const supervisor = await signInCookie('supervisor');
  const finance = await signInCookie('finance');
  const admin = await signInCookie('admin');
  const auctions = (await (await fetch(`${base}/api/public/auctions`)).json()) as {
    items?: { id: string }[];
  };
  const auctionId = auctions.items?.[0]?.id;
  const cases = (await (
    await fetch(`${base}/api/cases?pageSize=1`, { headers: { Cookie: cookie } })
  ).json()) as {
    items: { id: string }[];
  };
  const pages: [string, string, string | undefined][] = [
    ['baseline: a bare HTML page', `http://127.0.0.1:${PORT + 2}/`, undefined],
    ['sign-in page (signed out)', `${base}/login`, undefined],
    ['workbench (officer)', `${base}/workbench`, cookie],
    ['case list (officer)', `${base}/workbench/cases`, cookie],
    ['case page (officer)', `${base}/workbench/cases/${cases.items[0]?.id}`, cookie],
    ['my deadlines (officer)', `${base}/workbench/deadlines`, cookie],
    ['new case (officer)', `${base}/workbench/cases/new`, cookie],
    ['workbench (head)', `${base}/workbench`, head],
    ['command centre (supervisor)', `${base}/command`, supervisor],
    ['finance (finance)', `${base}/finance`, finance],
    ['admin: users (admin)', `${base}/admin/users`, admin],
    ['admin: calendar (admin)', `${base}/admin/calendar`, admin],
    ['admin: rules (admin)', `${base}/admin/rules`, admin],
    ['admin: audit log (admin)', `${base}/admin/audit`, admin],
    ['admin: courts (admin)', `${base}/admin/courts`, admin],
    ['admin: institutions (admin)', `${base}/admin/institutions`, admin],
    ['admin: partners (admin)', `${base}/admin/partners`, admin],
    ['admin: outbox (admin)', `${base}/admin/outbox`, admin],
    ['admin: clock (admin)', `${base}/admin/clock`, admin],
    ['public credit search (signed out)', `${base}/public/credit`, undefined],
  ];
  if (auctionId)
    pages.push(['public auction (signed out)', `${base}/public/auctions/${auctionId}`, undefined]);
  else process.stdout.write('(no public auction in the demo: its page is not audited)\n');
  process.stdout.write(
    'page                                   performance  accessibility  KiB   failing accessibility audits\n',
  );
  for (const [name, url, withCookie] of pages) {
    const s = await audit(chrome.port, url, withCookie);
    process.stdout.write(
      `${name.padEnd(39)}${s.performance.toFixed(2).padStart(11)}  ${s.accessibility.toFixed(2).padStart(13)}  ${String(Math.round(s.bytes / 1024)).padStart(4)}   ${s.failing.join(', ') || '—'}\n`,
    );
  }
  process.stdout.write('goals: sign-in performance ≥ 0.90, accessibility 1.00 on every page\n');
} finally {
  chrome.kill();
  bare.close();
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
  rmSync(dataDir, { recursive: true, force: true });
}
