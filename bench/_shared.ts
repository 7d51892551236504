/** What the benchmarks share: argument parsing and the PostgreSQL server they build their databases on. */
import { readFileSync } from 'node:fs';
import { adminQuery, withDatabaseName } from '../apps/server/src/test/database';

/** A positive integer flag (`1_000_000` allowed), or a RangeError naming it. */
export function positive(text: string | undefined, name: string): number {
  const value = Number(String(text).replaceAll('_', ''));
  if (!Number.isSafeInteger(value) || value < 1) throw new RangeError(`${name} must be a positive integer`);
  return value;
}

/** The server benchmarks create their databases on (BENCH_DATABASE_URL). */
export const BASE_URL = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

/** The URL of database `name` on that server. */
export function urlOf(name: string): string {
  return withDatabaseName(BASE_URL, name);
}

/** Runs one statement on the server's maintenance connection (CREATE/DROP DATABASE). */
export function admin(statement: string): Promise<void> {
  return adminQuery(BASE_URL, statement);
}

/** A process's CPU time (user + system) in seconds, from /proc. */
export function cpuOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
