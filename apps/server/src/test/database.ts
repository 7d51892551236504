import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { type Database, openPglite, openPostgres } from '../platform/db';

/**
 * The migrated template every PostgreSQL test database is cloned from (made once per run).
 * `TEST_TEMPLATE_DATABASE` names another, so that two checkouts can run their suites side by side.
 */
export const TEMPLATE_DATABASE = process.env.TEST_TEMPLATE_DATABASE || 'zhixing_test_template';

export function testDatabaseUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || undefined;
}

/** The URL of database `name` on the server of `url`. */
export function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/**
 * A fresh database for one test file: an in-memory PGlite by default, or — with TEST_DATABASE_URL —
 * a new PostgreSQL database cloned from the migrated template, dropped again by `close`.
 */
export async function freshDatabase(): Promise<Database> {
  const url = testDatabaseUrl();
  if (!url) {
    const database = await openPglite(undefined);
    await database.migrate();
    return database;
  }
  const name = `zhixing_test_${randomUUID().replaceAll('-', '')}`;
  await adminQuery(url, `create database ${name} template ${TEMPLATE_DATABASE}`);
  const database = await openPostgres(withDatabaseName(url, name), 12);
  return {
    ...database,
    async close() {
      await database.close();
      await adminQuery(url, `drop database if exists ${name} with (force)`);
    },
  };
}

/** Runs one statement on the server's maintenance connection (CREATE/DROP DATABASE cannot run in a transaction). */
export async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Builds the PostgreSQL template: drop, create, migrate, disconnect (a template must have no sessions). */
export async function prepareTemplate(url: string): Promise<void> {
  await adminQuery(url, `drop database if exists ${TEMPLATE_DATABASE} with (force)`);
  await adminQuery(url, `create database ${TEMPLATE_DATABASE}`);
  const database = await openPostgres(withDatabaseName(url, TEMPLATE_DATABASE), 1);
  await database.migrate();
  await database.close();
}
