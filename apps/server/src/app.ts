import type { LoggerOptions } from 'pino';
import { auditPolicy } from './modules/audit/policy';
import { registerAuditRoutes } from './modules/audit/routes';
import { AuditService } from './modules/audit/service';
import { calendarPolicy } from './modules/calendar/policy';
import { registerCalendarRoutes } from './modules/calendar/routes';
import { CalendarService } from './modules/calendar/service';
import { casesQueues, registerCasesJobs, SWEEP_DEADLINES } from './modules/cases/jobs';
import { casesPolicy } from './modules/cases/policy';
import { registerCasesRoutes } from './modules/cases/routes';
import { casesRulebookPart } from './modules/cases/rules';
import { CasesService } from './modules/cases/service';
import { Rulebook } from './modules/compliance/rules';
import { documentsPolicy } from './modules/documents/policy';
import { registerDocumentsRoutes } from './modules/documents/routes';
import { DocumentsService } from './modules/documents/service';
import { orgPolicy } from './modules/org/policy';
import { registerAuthRoutes, registerOrgRoutes } from './modules/org/routes';
import { AuthService, OrgService } from './modules/org/service';
import { systemPolicy } from './modules/system/policy';
import { registerClockRoutes, registerHealthRoutes } from './modules/system/routes';
import { type Clock, createClock } from './platform/clock';
import type { Config } from './platform/config';
import { type Database, openDatabase } from './platform/db';
import { type App, createHttp } from './platform/http';
import { Jobs } from './platform/jobs';
import { Policy } from './platform/policy';
import { Ticker } from './platform/ticker';

export interface Services {
  audit: AuditService;
  org: OrgService;
  auth: AuthService;
  calendar: CalendarService;
  cases: CasesService;
  documents: DocumentsService;
}

export interface Platform {
  config: Config;
  database: Database;
  clock: Clock;
  policy: Policy;
  rulebook: Rulebook;
  services: Services;
  jobs: Jobs;
  ticker: Ticker;
  app: App;
  close(): Promise<void>;
}

export interface PlatformOptions {
  /** An already open database (tests hand in a fresh one per file). */
  database?: Database;
  logger?: LoggerOptions | false;
}

/** The composition root: database → migrations → services → HTTP (and workers when asked). */
export async function createPlatform(config: Config, options: PlatformOptions = {}): Promise<Platform> {
  const database = options.database ?? (await openDatabase(config));
  await database.migrate();
  const clock = createClock(config.clockMode);
  const policy = new Policy();
  policy.add([
    ...orgPolicy,
    ...auditPolicy,
    ...calendarPolicy,
    ...casesPolicy,
    ...documentsPolicy,
    ...systemPolicy(clock.settable),
  ]);
  const rulebook = new Rulebook([casesRulebookPart]);

  const audit = new AuditService(clock);
  const calendar = new CalendarService(database, clock, audit);
  const documents = new DocumentsService(database, clock);
  const services: Services = {
    audit,
    org: new OrgService(database, clock, audit),
    auth: new AuthService(database, audit),
    calendar,
    documents,
    cases: new CasesService(database, clock, audit, calendar, rulebook, documents),
  };
  await services.calendar.seedOfficialYears();

  const logger = options.logger ?? { level: config.logLevel };
  const app = await createHttp({
    logger,
    version: config.version,
    policy,
    authenticate: (token) => services.auth.authenticate(token),
    webDir: config.webDir,
  });
  registerHealthRoutes(app, database, config.version);
  registerClockRoutes(app, clock, database, audit);
  registerAuthRoutes(app, services.auth, policy);
  registerOrgRoutes(app, services.org);
  registerAuditRoutes(app, audit, policy, database.db);
  registerCalendarRoutes(app, services.calendar);
  registerCasesRoutes(app, services.cases, policy);
  registerDocumentsRoutes(app, services.documents, services.cases);
  await app.ready();

  const jobs = await Jobs.start(database, {
    queues: [...casesQueues],
    supervise: config.workers,
    onError: (error) => app.log.error({ err: error }, 'job queue error'),
  });

  const ticker = new Ticker(database, clock, jobs, [SWEEP_DEADLINES]);
  if (config.workers) {
    await registerCasesJobs(jobs, services.cases);
    ticker.start(60_000, (error) => app.log.error({ err: error }, 'tick failed'));
  }

  return {
    config,
    database,
    clock,
    policy,
    rulebook,
    services,
    jobs,
    app,
    ticker,
    async close() {
      ticker.stop();
      await app.close();
      await jobs.stop();
      await database.close();
    },
  };
}
