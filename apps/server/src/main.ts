import { createPlatform, type Platform } from './app';
import { platformActor } from './modules/audit/service';
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
  if (seeded) {
    await generateCaseload(platform, { cases: DEMO_CASES, seed: 2025 });
    // Its cases closed as dormant are in the pool, published and re-queried like any other.
    await platform.services.dormant.enterClosedElsewhere();
  }
  const simulator = config.demo && role === 'all' ? await startDemoSimulator(platform) : null;
  if (role !== 'worker') await platform.app.listen({ port: config.port, host: config.host });
  // The generated history says each case's property was queried: the institutions are asked for real.
  if (seeded && simulator) await platform.services.inquiry.startRecordedRounds();
  printBanner(config, platform, role, seeded, simulator?.url);
  stopOnSignals(platform, simulator);
  return platform;
}

interface DemoSimulator {
  url: string;
  close(): Promise<void>;
}

/**
 * The embedded demo's institutions: the simulator in this process on SIM_PORT, its catalog registered
 * with keys derived from ZHIXING_ASSIST_SECRET (the simulator derives the same). A port already taken
 * leaves the demo without institutions, not without a platform.
 */
async function startDemoSimulator(platform: Platform): Promise<DemoSimulator | null> {
  const { config } = platform;
  const { startSimulator } = await import('@zhixing/assist-sim/src/server');
  try {
    const simulator = await startSimulator({ port: config.simPort, secret: config.assistSecret });
    await platform.services.inquiry.registry.importCatalog(platformActor, simulator.institutions, {
      secret: config.assistSecret,
    });
    // The price-inquiry platforms of the national list (online inquiry, module valuation).
    await platform.services.valuation.importPlatforms(platformActor, simulator.simulator.platforms, {
      secret: config.assistSecret,
    });
    // The escrow bank pushes its statement lines (money into case accounts) to this platform.
    simulator.simulator.statements.subscribe(config.publicUrl ?? `http://127.0.0.1:${config.port}`);
    return simulator;
  } catch (error) {
    platform.app.log.warn({ err: error, port: config.simPort }, 'the institution simulator did not start');
    return null;
  }
}

function printBanner(
  config: Config,
  platform: Platform,
  role: Role,
  seeded: boolean,
  simulatorUrl: string | undefined,
): void {
  const lines = [
    '',
    `  执行 Zhixing ${config.version} — role ${role}, database ${platform.database.driver}${config.databaseUrl ? '' : ` (${config.dataDir})`}`,
  ];
  if (role !== 'worker')
    lines.push(
      `  open http://localhost:${config.port}/   API reference http://localhost:${config.port}/api/docs`,
    );
  if (simulatorUrl) lines.push(`  institution simulator ${simulatorUrl}/sim/institutions`);
  if (config.demo) {
    lines.push(`  demo logins (password ${DEMO_PASSWORD})${seeded ? ', seeded now' : ''}:`);
    for (const user of DEMO_USERS)
      lines.push(
        `    ${user.username.padEnd(11)} ${user.displayName} · ${user.roles.join(',')} · ${user.court}`,
      );
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

function stopOnSignals(platform: Platform, simulator: DemoSimulator | null): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    platform.app.log.info({ signal }, 'shutting down');
    platform
      .close()
      .then(() => simulator?.close())
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        platform.app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}
