import { prepareTemplate, testDatabaseUrl } from './database';

/** Once per test run: on PostgreSQL, migrate the template that each test file's database is cloned from. */
export default async function setup(): Promise<void> {
  const url = testDatabaseUrl();
  if (url) await prepareTemplate(url);
}
