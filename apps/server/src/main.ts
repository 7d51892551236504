import { createPlatform, type Platform } from './app';
import { generateCaseload } from './modules/cases/generate';
import { DEMO_PASSWORD, DEMO_USERS, seedDemoOrg } from './modules/org/demo';
import { type Config, loadConfig } from './platform/config';

export type Role = 'api' | 'worker' | 'all';

const DEMO_CASES = 400;

/** Starts the platform: config → database → migrations → seed (demo) → HTTP and/or workers. */
export async function serve(options: { demo?: boolean; role?: Role } = {}): Promise<Platform> {
  const role = options.role ?? 'all';
  const config = loadConfig(process.env, {
    ...(options.demo ? { demo: true } : {}),
    workers: role !== 'api',
  });
  const platform = await createPlatform(config);
  const seeded = config.demo ? await seedDemoOrg(platform.services.org) : false;
  // The demo starts with a caseload to work on: a few hundred cases in the demo courts, the same every time.
  if (seeded) await generateCaseload(platform, { cases: DEMO_CASES, seed: 2025 });
  if (role !== 'worker') await platform.app.listen({ port: config.port, host: config.host });
  printBanner(config, platform, role, seeded);
  stopOnSignals(platform);
  return platform;
}

function printBanner(config: Config, platform: Platform, role: Role, seeded: boolean): void {
  const lines = [
    '',
    `  执行 Zhixing ${config.version} — role ${role}, database ${platform.database.driver}${config.databaseUrl ? '' : ` (${config.dataDir})`}`,
  ];
  if (role !== 'worker')
    lines.push(
      `  open http://localhost:${config.port}/   API reference http://localhost:${config.port}/api/docs`,
    );
  if (config.demo) {
    lines.push(`  demo logins (password ${DEMO_PASSWORD})${seeded ? ', seeded now' : ''}:`);
    for (const user of DEMO_USERS)
      lines.push(
        `    ${user.username.padEnd(11)} ${user.displayName} · ${user.roles.join(',')} · ${user.court}`,
      );
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

function stopOnSignals(platform: Platform): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    platform.app.log.info({ signal }, 'shutting down');
    platform
      .close()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        platform.app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}
