import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const cli = path.join(
  path.dirname(createRequire(import.meta.url).resolve('@redocly/cli/package.json')),
  'bin/cli.js',
);

interface LintProblem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  location: { pointer?: string }[];
}

/**
 * Banks, partners and other courts' systems generate clients from docs/openapi.json: Redocly CLI's
 * recommended rules pass on it (security schemes, servers, operationIds, problem responses).
 */
it('docs/openapi.json passes Redocly CLI’s recommended rules', { timeout: 60_000 }, async () => {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [cli, 'lint', 'docs/openapi.json', '--extends=recommended', '--format=json', '--max-problems=1000'],
    {
      cwd: root,
      maxBuffer: 16 * 1024 * 1024,
      // No telemetry or update check from a test run.
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    },
  ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
  const problems = (JSON.parse(stdout) as { problems: LintProblem[] }).problems.map(
    (p) => `${p.severity} ${p.ruleId} ${p.location[0]?.pointer ?? ''}: ${p.message}`,
  );
  // The one accepted warning: the licence has no URL until the project publishes its terms.
  expect(problems.filter((p) => !p.startsWith('warn info-license-strict'))).toEqual([]);
});
