import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { openPostgres } from '../../platform/db';
import { serverRoot } from '../../platform/paths';
import { adminQuery, testDatabaseUrl, withDatabaseName } from '../../test/database';
import { idNumber } from '../../test/factories';
import { createTestPlatform, type TestPlatform } from '../../test/platform';
import { eventually } from '../../test/simulator';
import { listedPerson } from './test-listing';

/**
 * A deletion takes effect everywhere within seconds: a second platform process (`serve --role api`)
 * on the same PostgreSQL answers screening from its own in-memory index, and stops reporting a debtor
 * shortly after this process deletes his listing. Two processes cannot share the embedded database,
 * so this needs a PostgreSQL server (TEST_DATABASE_URL, else the local one); skipped without one.
 */
const BASE_URL = testDatabaseUrl() ?? 'postgres://postgres@127.0.0.1:5432/test';
const probe = new pg.Client({ connectionString: BASE_URL, connectionTimeoutMillis: 2000 });
const reachable = await probe.connect().then(
  () => probe.end().then(() => true),
  () => false,
);
if (!reachable && process.env.CI) throw new Error(`this test needs PostgreSQL at ${BASE_URL}`);

let name: string;
let platform: TestPlatform;
let second: ChildProcess;
let port: number;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

beforeAll(async () => {
  if (!reachable) return;
  name = `zhixing_credit_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  await adminQuery(BASE_URL, `create database ${name}`);
  const url = withDatabaseName(BASE_URL, name);
  const database = await openPostgres(url);
  await database.migrate();
  platform = await createTestPlatform({ database });
  port = await freePort();
  second = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(serverRoot, 'src/cli.ts'), 'serve', '--role', 'api'],
    {
      env: { ...process.env, DATABASE_URL: url, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'error' },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  await eventually(
    () =>
      fetch(`http://127.0.0.1:${port}/api/health`).then(
        (r) => r.status,
        () => 0,
      ),
    (status) => status === 200,
    60_000,
  );
}, 120_000);

afterAll(async () => {
  if (!reachable) return;
  second?.kill('SIGTERM');
  await platform?.close();
  await adminQuery(BASE_URL, `drop database if exists ${name} with (force)`);
});

describe.skipIf(!reachable)('a second platform process', () => {
  it('sees a listing and then its deletion within seconds', async () => {
    const officer = await platform.as('officer');
    const admin = await platform.as('admin');
    const { key } = (
      await admin.post('/api/admin/partner-keys', {
        name: '某航空公司',
        sector: 'airline',
        purpose: '拒绝向失信被执行人售票',
        scopes: ['screen'],
      })
    ).json<{ key: string }>();
    const number = idNumber('19720202', '421');
    const { caseId: id, listingId } = await listedPerson(officer, '周某', number);
    const ask = async () => {
      const response = await fetch(`http://127.0.0.1:${port}/api/partner/v1/screen`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ subjects: [{ idNumber: number }] }),
      });
      return (await response.json()) as { results: { listed: boolean }[] };
    };
    await eventually(ask, (answer) => answer.results[0]?.listed === true, 5_000);
    await officer.post(`/api/cases/${id}/dishonest-listings/${listingId}/deletion`, { reason: 'performed' });
    // Within 5 s of the deletion's commit, or `eventually` fails.
    await eventually(ask, (answer) => answer.results[0]?.listed === false, 5_000);
  }, 60_000);
});
