import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The server package's folder (the one holding `drizzle/`), found by walking up from this module, so
 * the same code works from `src/` (tests, tsx) and from the bundle in `dist/` that `npm start` runs.
 */
function findServerRoot(from: string): string {
  let dir = from;
  while (!existsSync(path.join(dir, 'drizzle', 'meta'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no server root above ${from}`);
    dir = parent;
  }
  return dir;
}

export const serverRoot = findServerRoot(import.meta.dirname);
export const repoRoot = path.resolve(serverRoot, '../..');
