// Bundles the server (apps/server/src → apps/server/dist/cli.mjs) when its sources are newer than the
// bundle: `npm start` then runs plain JavaScript instead of compiling TypeScript at every start.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { newestMtime } from './web-build.mjs';

const root = path.resolve(import.meta.dirname, '..');
const server = path.join(root, 'apps/server');
export const serverBundle = path.join(server, 'dist/cli.mjs');

/**
 * npm packages stay external (node_modules is there at run time); the workspace packages
 * (`@zhixing/assist-protocol`, the demo's `@zhixing/assist-sim`) are TypeScript sources and are bundled.
 */
const externalExceptWorkspaces = {
  name: 'external-except-workspaces',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@zhixing/') ? undefined : { path: args.path, external: true },
    );
  },
};

export async function ensureServerBuilt() {
  const sources = [
    path.join(server, 'src'),
    path.join(server, 'package.json'),
    path.join(root, 'packages/assist-protocol/src'),
    path.join(root, 'apps/assist-sim/src'),
  ];
  if (existsSync(serverBundle) && Math.max(...sources.map(newestMtime)) <= statSync(serverBundle).mtimeMs)
    return;
  await build({
    entryPoints: [path.join(server, 'src/cli.ts')],
    outfile: serverBundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    plugins: [externalExceptWorkspaces],
    sourcemap: 'linked',
    logLevel: 'warning',
  });
}
