import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite, type Transaction as PgliteTransaction } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { type SQL, sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { AnyPgColumn, PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { serverRoot } from './paths';

/** The typed query builder, the same type on both drivers. */
export type Db = PgDatabase<PgQueryResultHKT>;

/**
 * `column = any($1::uuid[])`: one parameter however many ids. (`inArray` sends a parameter per id,
 * which PostgreSQL parses and plans at a cost that shows at thousands of ids.)
 */
export function anyId(column: AnyPgColumn, ids: readonly string[]): SQL {
  return sql`${column} = any(${sql.param([...ids])}::uuid[])`;
}

/** Plain SQL with $n parameters; what pg-boss needs (its `db` option) and what raw statements use. */
export interface SqlExecutor {
  executeSql(
    text: string,
    values?: unknown[],
    options?: ExecuteOptions,
  ): Promise<{ rows: Record<string, unknown>[] }>;
}

export interface ExecuteOptions {
  /**
   * A statement run again and again with the same text (a filing's inserts, a job's insert): on
   * PostgreSQL it is prepared once per connection, which spares parsing and planning it each time.
   * Only for texts drawn from a fixed set — each distinct text stays prepared on every connection.
   */
  prepare?: boolean;
}

/** One open transaction: the query builder and plain SQL both run inside it. */
export interface Tx {
  db: Db;
  sql: SqlExecutor;
}

/** Stops listening. */
export type Unlisten = () => Promise<void>;

export interface Database extends Tx {
  driver: 'pglite' | 'postgres';
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * LISTEN on a channel: `onPayload` gets every NOTIFY payload sent to it (by any process, on commit).
   * On PostgreSQL a connection of its own, reopened when the server drops it.
   */
  listen(channel: string, onPayload: (payload: string) => void): Promise<Unlisten>;
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export const migrationsFolder = path.join(serverRoot, 'drizzle');

type PgliteLike = PGlite | PgliteTransaction;

/**
 * PGlite's `query` takes one statement with parameters; `exec` takes several without. pg-boss sends
 * both kinds (its schema migrations are multi-statement scripts), so route by the presence of values.
 */
function pgliteExecutor(client: PgliteLike): SqlExecutor {
  return {
    async executeSql(text, values) {
      if (values && values.length > 0) {
        const result = await client.query<Record<string, unknown>>(text, values);
        return { rows: result.rows };
      }
      const results = await client.exec(text);
      return { rows: (results.at(-1)?.rows ?? []) as Record<string, unknown>[] };
    },
  };
}

/** The embedded database: a real PostgreSQL compiled to WebAssembly, stored in `dataDir` (or memory). */
export async function openPglite(dataDir: string | undefined): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  // pg_trgm: the trigram indexes of the case search (a migration creates the extension).
  const options = { extensions: { pg_trgm } };
  const client = dataDir ? await PGlite.create(dataDir, options) : await PGlite.create(options);
  const wrap = (c: PgliteLike): Tx => ({
    // drizzle's PGlite session only calls `query`, which a PGlite transaction has too.
    db: drizzlePglite(c as PGlite) as unknown as Db,
    sql: pgliteExecutor(c),
  });
  const root = wrap(client);
  return {
    ...root,
    driver: 'pglite',
    transaction: (work) => client.transaction((t) => work(wrap(t))),
    listen: async (channel, onPayload) => client.listen(channel, onPayload),
    migrate: () => migratePglite(drizzlePglite(client), { migrationsFolder }),
    close: () => client.close(),
  };
}

function pgExecutor(client: pg.Pool | pg.PoolClient): SqlExecutor {
  return {
    async executeSql(text, values, options) {
      const result =
        options?.prepare && values && values.length > 0
          ? await client.query({ name: statementName(text), text, values })
          : await client.query(text, values as unknown[] | undefined);
      // A multi-statement script answers with an array of results.
      const last = Array.isArray(result) ? result.at(-1) : result;
      return { rows: (last?.rows ?? []) as Record<string, unknown>[] };
    },
  };
}

/** A prepared statement's name, from its text: one text, one name, on every connection. */
function statementName(text: string): string {
  return `z${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
}

export async function openPostgres(url: string, poolSize = 10): Promise<Database> {
  // No JIT: it compiles any query whose estimate is high (a capped count, a sweep batch) and adds
  // tens of milliseconds to requests that run in a few; the platform's queries are short.
  const pool = new pg.Pool({ connectionString: url, max: poolSize, options: '-c jit=off' });
  // An idle connection the server ends (restart, failover, a dropped database) emits 'error' on the
  // pool; pg discards that client and the next query opens a new one. Unhandled, it would crash the process.
  pool.on('error', () => undefined);
  // A probe, so that a wrong URL fails at start-up rather than at the first request.
  await pool.query('select 1');
  return {
    db: drizzleNodePg(pool) as unknown as Db,
    sql: pgExecutor(pool),
    driver: 'postgres',
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work({ db: drizzleNodePg(client) as unknown as Db, sql: pgExecutor(client) });
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    listen: (channel, onPayload) => listenPostgres(url, channel, onPayload),
    migrate: () => migrateNodePg(drizzleNodePg(pool), { migrationsFolder }),
    close: () => pool.end(),
  };
}

const RELISTEN_MS = 1000;

/**
 * A listening connection outside the pool (a pooled one would be handed to other work). When the
 * server ends it, a new one is opened after a second: NOTIFYs sent in between are missed, which
 * listeners tolerate (they are a hint to look, never the only record).
 */
async function listenPostgres(
  url: string,
  channel: string,
  onPayload: (payload: string) => void,
): Promise<Unlisten> {
  let client: pg.Client | null = null;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url });
    next.on('notification', (message) => {
      if (message.channel === channel && message.payload !== undefined) onPayload(message.payload);
    });
    next.on('error', () => {
      void next.end().catch(() => undefined);
      if (!stopped && client === next) timer = setTimeout(() => void connect().catch(retry), RELISTEN_MS);
    });
    await next.connect();
    await next.query(`listen ${pg.escapeIdentifier(channel)}`);
    client = next;
  };
  const retry = () => {
    if (!stopped) timer = setTimeout(() => void connect().catch(retry), RELISTEN_MS);
  };
  await connect();
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    await client?.end().catch(() => undefined);
  };
}

export function openDatabase(config: {
  databaseUrl: string | undefined;
  databasePoolSize: number;
  dataDir: string;
}): Promise<Database> {
  return config.databaseUrl
    ? openPostgres(config.databaseUrl, config.databasePoolSize)
    : openPglite(path.join(config.dataDir, 'pglite'));
}
