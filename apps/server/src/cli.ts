import { createReadStream } from 'node:fs';
import { access, readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createPlatform, type Platform } from './app';
import { type Role, serve } from './main';
import { platformActor } from './modules/audit/service';
import { generateCaseload } from './modules/cases/generate';
import { importCases } from './modules/cases/import';
import { partnerInput } from './modules/credit/partner-routes';
import { catalogSchema } from './modules/inquiry/registry';
import { loadConfig } from './platform/config';

const usage = `usage: npm run zhixing -- <command>
  serve [--demo] [--role api|worker|all]   start the platform
  migrate                                  apply database migrations
  create-admin --username NAME [--court-code 最高法] [--court-name 最高人民法院]
                                           create an administrator (password from ZHIXING_ADMIN_PASSWORD)
  import FILE.ndjson [--batch-size 1000]   migrate legacy cases, one filing body per line (see cases/import.ts)
  generate --cases N [--seed S] [--today YYYY-MM-DD] [--batch-size 2000]
                                           write a synthetic caseload into the courts of the database
  import-institutions SOURCE               register a catalog of assisting institutions: a JSON file or an
                                           http(s) URL (e.g. a simulator's /sim/institutions); entries
                                           without a key get derivedKey(ZHIXING_ASSIST_SECRET, code)
  create-partner-key --name NAME --sector airline|railway|bank|… --purpose TEXT
                     [--scopes screen,changes] [--rate 6000] [--webhook URL]
                                           issue a screening key to a partner (shown once)`;

async function main(argv: string[]): Promise<void> {
  const [command = 'serve', ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      demo: { type: 'boolean' },
      role: { type: 'string' },
      username: { type: 'string' },
      'court-code': { type: 'string', default: '最高法' },
      'court-name': { type: 'string', default: '最高人民法院' },
      cases: { type: 'string' },
      seed: { type: 'string' },
      today: { type: 'string' },
      'batch-size': { type: 'string' },
      name: { type: 'string' },
      sector: { type: 'string' },
      purpose: { type: 'string' },
      scopes: { type: 'string', default: 'screen,changes' },
      rate: { type: 'string' },
      webhook: { type: 'string' },
    },
  });
  if (positionals.length > (command === 'import' || command === 'import-institutions' ? 1 : 0))
    throw new Error(usage);
  const batchSize = optionalInteger(values['batch-size'], '--batch-size');
  // Checked before the database is opened: a missing file is the caller's mistake, not a failed import.
  const file = command === 'import' ? await readableFile(positionals[0]) : undefined;
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
    } else if (command === 'import' && file) {
      await importFile(platform, file, batchSize);
    } else if (command === 'import-institutions') {
      await importInstitutions(platform, positionals[0]);
    } else if (command === 'create-partner-key') {
      await createPartnerKey(platform, values);
    } else if (command === 'generate') {
      const cases = optionalInteger(values.cases, '--cases');
      if (cases === undefined) throw new Error(`generate needs --cases N\n${usage}`);
      const seed = optionalInteger(values.seed, '--seed');
      await generate(platform, { cases, seed, today: values.today, batchSize });
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

/** Validated as the admin route validates it; the key is printed once, as JSON. */
async function createPartnerKey(platform: Platform, values: Record<string, string | boolean | undefined>) {
  const parsed = partnerInput.safeParse({
    name: values.name,
    sector: values.sector,
    purpose: values.purpose,
    scopes: String(values.scopes).split(','),
    ...(values.rate === undefined ? {} : { ratePerMinute: optionalInteger(String(values.rate), '--rate') }),
    webhookUrl: values.webhook ?? null,
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`${problems.join('\n')}\n${usage}`);
  }
  const created = await platform.services.partners.create(parsed.data, platformActor);
  const { key, digestKey, webhookSecret } = created;
  process.stdout.write(
    `${JSON.stringify({ id: created.partner.id, key, digestKey, webhookSecret }, null, 2)}\n`,
  );
}

function optionalInteger(text: string | undefined, name: string): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text.replaceAll('_', ''));
  if (!Number.isSafeInteger(value) || value < 0)
    throw new Error(`${name} must be a whole number, not ${text}`);
  return value;
}

async function readableFile(file: string | undefined): Promise<string> {
  if (!file) throw new Error(`import needs a file\n${usage}`);
  try {
    await access(file);
  } catch {
    throw new Error(`cannot read ${file}`);
  }
  return file;
}

/** A progress line: rewritten in place on a terminal, at most one a second in a log. */
function progressPrinter() {
  let last = 0;
  return (text: string, final = false) => {
    const now = performance.now();
    if (!final && now - last < 1000) return;
    last = now;
    if (process.stdout.isTTY) process.stdout.write(`\r${text}${final ? '\n' : ''}`);
    else process.stdout.write(`${text}\n`);
  };
}

const count = (n: number) => n.toLocaleString('en-US');
const plural = (n: number, noun: string) => `${count(n)} ${noun}${n === 1 ? '' : 's'}`;

/**
 * The file's lines, read only once iterated: a readline interface made earlier emits its lines into
 * the void while the import is still opening the database, and the process then ends silently.
 */
async function* readLines(file: string): AsyncIterable<string> {
  yield* createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY });
}

async function importFile(platform: Platform, file: string, batchSize: number | undefined): Promise<void> {
  const started = performance.now();
  const progress = progressPrinter();
  const result = await importCases(platform, readLines(file), {
    batchSize,
    onProgress: ({ lines: read, imported, failed }) =>
      progress(`  ${count(read)} lines read, ${count(imported)} imported, ${count(failed)} bad`),
  });
  const seconds = (performance.now() - started) / 1000;
  progress(`  done in ${seconds.toFixed(1)} s`, true);
  process.stdout.write(
    `imported ${plural(result.imported, 'case')} from ${file}; ${plural(result.failed.length, 'bad line')}` +
      (result.withoutDeadlines > 0
        ? `; ${count(result.withoutDeadlines)} cases without deadlines (years missing from the calendar)`
        : '') +
      '\n',
  );
  for (const bad of result.failed) {
    // Both languages: the operator's terminal may show either.
    const errors = bad.errors
      .map((e) => `${e.path ? `${e.path}: ` : ''}${e.message.zh} (${e.message.en})`)
      .join('; ');
    process.stdout.write(`  line ${bad.line}: ${errors}\n`);
  }
}

/** A catalog from a file or a URL, upserted by code; keys missing from it derived from the shared secret. */
async function importInstitutions(platform: Platform, source: string | undefined): Promise<void> {
  if (!source) throw new Error(`import-institutions needs a file or URL\n${usage}`);
  const text = /^https?:\/\//.test(source)
    ? await fetch(source).then((response) => {
        if (!response.ok) throw new Error(`${source}: HTTP ${response.status}`);
        return response.text();
      })
    : await readFile(await readableFile(source), 'utf8');
  const parsed = catalogSchema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${source}: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  const result = await platform.services.inquiry.registry.importCatalog(platformActor, parsed.data, {
    ...(process.env.ZHIXING_ASSIST_SECRET ? { secret: process.env.ZHIXING_ASSIST_SECRET } : {}),
  });
  process.stdout.write(
    `institutions from ${source}: ${count(result.added)} added, ${count(result.updated)} updated, ` +
      `${count(parsed.data.length - result.added - result.updated)} unchanged\n`,
  );
}

async function generate(
  platform: Platform,
  options: {
    cases: number;
    seed: number | undefined;
    today: string | undefined;
    batchSize: number | undefined;
  },
): Promise<void> {
  const progress = progressPrinter();
  const result = await generateCaseload(platform, {
    ...options,
    onProgress: (done) => progress(`  ${count(done)} of ${count(options.cases)} cases`),
  });
  progress(`  ${count(result.cases)} of ${count(options.cases)} cases`, true);
  process.stdout.write(
    `generated ${count(result.cases)} cases up to ${result.today} in ${result.seconds.toFixed(1)} s ` +
      `(${count(Math.round(result.cases / result.seconds))} cases/s)\n`,
  );
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
