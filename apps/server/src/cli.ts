import { parseArgs } from 'node:util';
import { createPlatform } from './app';
import { type Role, serve } from './main';
import { platformActor } from './modules/audit/service';
import { loadConfig } from './platform/config';

const usage = `usage: npm run zhixing -- <command>
  serve [--demo] [--role api|worker|all]   start the platform
  migrate                                  apply database migrations
  create-admin --username NAME [--court-code 最高法] [--court-name 最高人民法院]
                                           create an administrator (password from ZHIXING_ADMIN_PASSWORD)`;

async function main(argv: string[]): Promise<void> {
  const [command = 'serve', ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    options: {
      demo: { type: 'boolean' },
      role: { type: 'string' },
      username: { type: 'string' },
      'court-code': { type: 'string', default: '最高法' },
      'court-name': { type: 'string', default: '最高人民法院' },
    },
  });
  if (command === 'serve') {
    const role = (values.role ?? 'all') as Role;
    if (!['api', 'worker', 'all'].includes(role)) throw new Error(usage);
    await serve({ demo: values.demo ?? false, role });
    return;
  }
  const platform = await createPlatform(loadConfig(process.env, { demo: false, workers: false }), {
    logger: false,
  });
  try {
    if (command === 'migrate') {
      process.stdout.write(`migrations applied on ${platform.database.driver}\n`);
    } else if (command === 'create-admin') {
      await createAdmin(platform, values.username, values['court-code'], values['court-name']);
    } else {
      throw new Error(usage);
    }
  } finally {
    await platform.close();
  }
}

async function createAdmin(
  platform: Awaited<ReturnType<typeof createPlatform>>,
  username: string | undefined,
  courtCode: string,
  courtName: string,
): Promise<void> {
  const password = process.env.ZHIXING_ADMIN_PASSWORD;
  if (!username || !password)
    throw new Error(`create-admin needs --username and ZHIXING_ADMIN_PASSWORD\n${usage}`);
  const { org } = platform.services;
  const existing = (await org.listCourts('/')).find((court) => court.code === courtCode);
  const court =
    existing ??
    (await org.createCourt(platformActor, '/', { code: courtCode, name: courtName, parentId: null }));
  await org.createUser(platformActor, '/', {
    username,
    displayName: '系统管理员',
    password,
    courtId: court.id,
    roles: ['admin'],
  });
  process.stdout.write(`administrator ${username} created at ${court.code} ${court.name}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
