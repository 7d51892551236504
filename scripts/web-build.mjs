// Builds the web app when its sources are newer than the last build (used by `npm start` and the browser tests).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const web = path.join(root, 'apps/web');

export function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(target).map((name) => newestMtime(path.join(target, name))));
}

export function ensureWebBuilt() {
  const built = path.join(web, 'dist/index.html');
  const sources = ['src', 'index.html', 'login.html', 'vite.config.ts', 'package.json'].map((name) =>
    path.join(web, name),
  );
  if (existsSync(built) && Math.max(...sources.map(newestMtime)) <= statSync(built).mtimeMs) return;
  process.stdout.write('building the web app …\n');
  // Always a production build, also when a test runner (NODE_ENV=test) asks: React's and Ant Design's
  // development builds are several times slower and would be what `npm start` then serves.
  const result = spawnSync('npm', ['run', 'build', '-w', 'apps/web'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error(`web build failed (${result.status})`);
}
