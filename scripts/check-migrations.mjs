// Fails when the Drizzle schema and the committed migrations drift: drizzle-kit generates into a
// scratch copy of the migrations folder; any new file there means a migration is missing.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const migrations = path.join(root, 'apps/server/drizzle');
const scratch = mkdtempSync(path.join(root, '.tmp-drift-'));
const out = path.join(scratch, 'drizzle');
cpSync(migrations, out, { recursive: true });
const config = path.join(scratch, 'drizzle.config.mjs');
writeFileSync(
  config,
  // drizzle-kit reads paths relative to the working directory (it mangles absolute ones).
  `export default ${JSON.stringify({ dialect: 'postgresql', schema: ['./apps/server/src/modules/*/schema.ts', './apps/server/src/platform/schema.ts'], out: path.relative(root, out) })};\n`,
);
const before = readdirSync(out).sort();
const result = spawnSync('npx', ['drizzle-kit', 'generate', '--config', config, '--name', 'drift'], {
  cwd: root,
  encoding: 'utf8',
});
const added = readdirSync(out).filter((file) => !before.includes(file));
rmSync(scratch, { recursive: true, force: true });
if (result.status !== 0 || /error/i.test(result.stderr)) {
  process.stderr.write(result.stdout + result.stderr);
  process.exit(1);
}
if (added.length > 0) {
  process.stderr.write(
    `schema drift: the schema needs a migration (npm run db:generate): ${added.join(', ')}\n`,
  );
  process.exit(1);
}
process.stdout.write('migrations match the schema\n');
