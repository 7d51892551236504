import path from 'node:path';
import { z } from 'zod';
import { repoRoot } from './paths';

/** Everything the server reads from its environment, parsed once at start-up. */
export interface Config {
  port: number;
  host: string;
  /** postgres://… for PostgreSQL; absent means the embedded PGlite database in dataDir. */
  databaseUrl: string | undefined;
  /** Connections each process keeps to PostgreSQL (DATABASE_POOL_SIZE; PGlite has one). */
  databasePoolSize: number;
  dataDir: string;
  /** `settable` lets an administrator move the platform clock (tests, demos, training courts). */
  clockMode: 'system' | 'settable';
  logLevel: string;
  /** Seed demo courts and users on first start. */
  demo: boolean;
  /** Serve the built web app from this folder when it exists. */
  webDir: string;
  /** Start the background workers (pg-boss) in this process. */
  workers: boolean;
  version: string;
  /**
   * The base URL institutions call back (`…/api/assist/v1/callbacks`); absent: this process's own
   * listening address, which is right for the embedded demo and tests.
   */
  publicUrl: string | undefined;
  /** The embedded demo's institution simulator: its port and the secret its keys derive from. */
  simPort: number;
  assistSecret: string;
  /** Overrides of the hub's technical timers by name (ZHIXING_INQUIRY_TUNING, JSON): tests shorten them. */
  inquiryTuning: Record<string, number>;
  /**
   * The proxies whose `X-Forwarded-For`/`-Proto` are believed (TRUST_PROXY): `true` (any: only behind
   * a proxy that overwrites them), a number of hops, or addresses/CIDRs separated by commas. Unset:
   * none, so a client cannot choose the address the sign-in throttle counts.
   */
  trustProxy: TrustProxy;
}

/** Fastify's `trustProxy` as this platform configures it (a hop count becomes a function). */
export type TrustProxy = boolean | string[] | ((address: string, hop: number) => boolean);

export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = value?.trim() ?? '';
  if (text === '' || text === 'false') return false;
  if (text === 'true') return true;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return (_address, hop) => hop < hops;
  }
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  DATA_DIR: z.string().default('data'),
  ZHIXING_CLOCK: z.enum(['system', 'settable']).default('system'),
  LOG_LEVEL: z.string().default('info'),
  ZHIXING_PUBLIC_URL: z.string().url().optional(),
  SIM_PORT: z.coerce.number().int().min(0).max(65535).default(8090),
  ZHIXING_ASSIST_SECRET: z.string().min(8).default('zhixing-demo-assist'),
  ZHIXING_INQUIRY_TUNING: z
    .string()
    .default('{}')
    .transform((text) => JSON.parse(text) as unknown)
    .pipe(z.record(z.string(), z.number().int().positive())),
  TRUST_PROXY: z.string().optional(),
});

export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  options: { demo?: boolean; workers?: boolean } = {},
): Config {
  const parsed = envSchema.parse(env);
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    databaseUrl: parsed.DATABASE_URL,
    databasePoolSize: parsed.DATABASE_POOL_SIZE,
    dataDir: path.resolve(parsed.DATA_DIR),
    clockMode: parsed.ZHIXING_CLOCK,
    logLevel: parsed.LOG_LEVEL,
    // Demo data goes only into the embedded database unless asked for explicitly (--demo).
    demo: options.demo ?? parsed.DATABASE_URL === undefined,
    webDir: path.join(repoRoot, 'apps/web/dist'),
    workers: options.workers ?? true,
    version: process.env.npm_package_version ?? '0.1.0',
    publicUrl: parsed.ZHIXING_PUBLIC_URL,
    simPort: parsed.SIM_PORT,
    assistSecret: parsed.ZHIXING_ASSIST_SECRET,
    inquiryTuning: parsed.ZHIXING_INQUIRY_TUNING,
    trustProxy: parseTrustProxy(parsed.TRUST_PROXY),
  };
}
