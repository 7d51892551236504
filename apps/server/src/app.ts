import path from 'node:path';
import { AssetResults } from './modules/assets/apply';
import { assetsQueues, registerAssetsJobs, SWEEP_LAPSED } from './modules/assets/jobs';
import { assetsPolicy } from './modules/assets/policy';
import { registerAssetsRoutes } from './modules/assets/routes';
import { assetsRulebookPart } from './modules/assets/rules';
import { AssetsService } from './modules/assets/service';
import { disposalRulebookPart } from './modules/auction/disposal-rules';
import { AuctionLive } from './modules/auction/live';
import { auctionPolicy } from './modules/auction/policy';
import { AuctionDossier, registerAuctionDossierRoutes } from './modules/auction/public-dossier';
import { registerAuctionRoutes } from './modules/auction/routes';
import { auctionRulebookPart } from './modules/auction/rules';
import { AuctionService } from './modules/auction/service';
import { auditPolicy } from './modules/audit/policy';
import { registerAuditRoutes } from './modules/audit/routes';
import { AuditService } from './modules/audit/service';
import { bankruptcyPolicy } from './modules/bankruptcy/policy';
import { registerBankruptcyRoutes } from './modules/bankruptcy/routes';
import { bankruptcyRulebookPart } from './modules/bankruptcy/rules';
import { BankruptcyService } from './modules/bankruptcy/service';
import { calendarPolicy } from './modules/calendar/policy';
import { registerCalendarRoutes } from './modules/calendar/routes';
import { CalendarService } from './modules/calendar/service';
import {
  casesQueues,
  RECOMPUTE_PROVISIONAL,
  registerCasesJobs,
  registerTriageJobs,
  SWEEP_DEADLINES,
  SWEEP_TRIAGE,
} from './modules/cases/jobs';
import { registerLabelsRoutes } from './modules/cases/labels-routes';
import { casesPolicy } from './modules/cases/policy';
import { registerCasesRoutes } from './modules/cases/routes';
import { casesRulebookPart } from './modules/cases/rules';
import { CasesService } from './modules/cases/service';
import { TriageService } from './modules/cases/triage';
import { registerTriageRoutes } from './modules/cases/triage-routes';
import { triageRulebookPart } from './modules/cases/triage-rules';
import { compliancePolicy } from './modules/compliance/policy';
import { registerComplianceRoutes } from './modules/compliance/routes';
import { Rulebook } from './modules/compliance/rules';
import { ComplianceService } from './modules/compliance/service';
import { ChangeLog } from './modules/credit/changes';
import {
  creditQueues,
  EXPIRE_LISTINGS,
  REWAKE_DELIVERIES,
  registerCreditJobs,
  WebhookDelivery,
} from './modules/credit/jobs';
import { registerPartnerRoutes } from './modules/credit/partner-routes';
import { PartnerService } from './modules/credit/partners';
import { creditPolicy } from './modules/credit/policy';
import { registerCreditRoutes, registerPublicCreditRoutes } from './modules/credit/routes';
import { creditRulebookPart } from './modules/credit/rules';
import { ScreeningIndex } from './modules/credit/screening-index';
import { CreditService, digestKeyOf } from './modules/credit/service';
import { documentsPolicy } from './modules/documents/policy';
import { registerDocumentsRoutes } from './modules/documents/routes';
import { DocumentsService } from './modules/documents/service';
import { LocalFileStore } from './modules/documents/store';
import { dormantQueues, registerDormantJobs, SWEEP_POOL } from './modules/dormant/jobs';
import { dormantPolicy } from './modules/dormant/policy';
import { DormantPublication } from './modules/dormant/publication';
import { dormantPublicationRulebookPart } from './modules/dormant/publication-rules';
import {
  registerDormantRoutes,
  registerDormantSupervisionRoutes,
  registerPublicDormantRoutes,
} from './modules/dormant/routes';
import { dormantRulebookPart } from './modules/dormant/rules';
import { DormantService } from './modules/dormant/service';
import { BankLink } from './modules/funds/bank';
import { registerDistributionRoutes } from './modules/funds/distribution-routes';
import { FundsDistributions } from './modules/funds/distributions';
import { fundsQueues, RECONCILE_DAILY, registerFundsJobs } from './modules/funds/jobs';
import { FundsLodgings } from './modules/funds/lodgings';
import { DistributionObjections } from './modules/funds/objections';
import { fundsPolicy } from './modules/funds/policy';
import { registerFundsRoutes, registerStatementRoute } from './modules/funds/routes';
import { fundsRulebookPart } from './modules/funds/rules';
import { FundsService } from './modules/funds/service';
import { CALLBACK_PATH, registerCallbackRoute } from './modules/inquiry/callbacks';
import { inquiryQueues, registerInquiryJobs } from './modules/inquiry/jobs';
import { ensurePartitions } from './modules/inquiry/partitions';
import { inquiryPolicy } from './modules/inquiry/policy';
import { presentProgress } from './modules/inquiry/presenters';
import { registerInquiryRoutes } from './modules/inquiry/routes';
import { DEFAULT_TUNING, inquiryRulebookPart, type Tuning } from './modules/inquiry/rules';
import { InquiryService } from './modules/inquiry/service';
import { notifyPolicy } from './modules/notify/policy';
import { registerNotifyRoutes } from './modules/notify/routes';
import { NotifyService } from './modules/notify/service';
import { orgPolicy } from './modules/org/policy';
import { registerAuthRoutes, registerOrgRoutes } from './modules/org/routes';
import { AuthService, actorOf, OrgService } from './modules/org/service';
import { registerPeopleRoutes } from './modules/people/routes';
import { PeopleService } from './modules/people/service';
import { supervisionPolicy } from './modules/supervision/policy';
import { registerSupervisionRoutes } from './modules/supervision/routes';
import { SupervisionService } from './modules/supervision/service';
import { systemPolicy } from './modules/system/policy';
import { registerClockRoutes, registerHealthRoutes, registerTodayRoute } from './modules/system/routes';
import { registerValuationListRoutes } from './modules/valuation/list-routes';
import { valuationPolicy } from './modules/valuation/policy';
import { valuationProcedureRulebookPart } from './modules/valuation/procedure-rules';
import { registerValuationRoutes } from './modules/valuation/routes';
import { valuationRulebookPart } from './modules/valuation/rules';
import { ValuationService } from './modules/valuation/service';
import { type Clock, createClock } from './platform/clock';
import type { Config } from './platform/config';
import { type Database, openDatabase } from './platform/db';
import { type App, createHttp, type HttpOptions } from './platform/http';
import { Jobs } from './platform/jobs';
import { logStream } from './platform/log';
import { Policy } from './platform/policy';
import { Realtime } from './platform/realtime';
import { Ticker } from './platform/ticker';

export interface Services {
  audit: AuditService;
  org: OrgService;
  auth: AuthService;
  calendar: CalendarService;
  cases: CasesService;
  documents: DocumentsService;
  inquiry: InquiryService;
  compliance: ComplianceService;
  assets: AssetsService;
  credit: CreditService;
  partners: PartnerService;
  funds: FundsService;
  triage: TriageService;
  bankruptcy: BankruptcyService;
  valuation: ValuationService;
  notify: NotifyService;
  people: PeopleService;
  auction: AuctionService;
  dormant: DormantService;
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
  realtime: Realtime;
  auctionLive: AuctionLive;
  app: App;
  close(): Promise<void>;
}

export interface PlatformOptions {
  /** An already open database (tests hand in a fresh one per file). */
  database?: Database;
  logger?: HttpOptions['logger'];
  /** The hub's technical timers (tests shorten them). */
  inquiryTuning?: Partial<Tuning>;
  /** Answers with a field their response schema lacks fail instead of dropping it (tests). */
  strictResponses?: boolean;
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
    ...inquiryPolicy,
    ...assetsPolicy,
    ...compliancePolicy,
    ...fundsPolicy,
    ...supervisionPolicy,
    ...creditPolicy,
    ...bankruptcyPolicy,
    ...valuationPolicy,
    ...auctionPolicy,
    ...notifyPolicy,
    ...dormantPolicy,
    ...systemPolicy(clock.settable),
  ]);
  const rulebook = new Rulebook([
    casesRulebookPart,
    inquiryRulebookPart,
    assetsRulebookPart,
    creditRulebookPart,
    fundsRulebookPart,
    triageRulebookPart,
    bankruptcyRulebookPart,
    valuationRulebookPart,
    valuationProcedureRulebookPart,
    auctionRulebookPart,
    disposalRulebookPart,
    dormantRulebookPart,
    dormantPublicationRulebookPart,
  ]);

  const audit = new AuditService(clock);
  const calendar = new CalendarService(database, clock, audit);
  const documents = new DocumentsService(
    database,
    clock,
    audit,
    new LocalFileStore(path.join(config.dataDir, 'dossier')),
  );
  const compliance = new ComplianceService(database, clock, audit, rulebook);
  const cases = new CasesService(database, clock, audit, calendar, rulebook, documents, (courtId, db) =>
    compliance.settings(db, courtId ?? null),
  );
  const auth = new AuthService(database, audit);
  await calendar.seedOfficialYears();

  const logger = options.logger ?? { level: config.logLevel, stream: logStream(process.stdout) };
  const app = await createHttp({
    logger,
    version: config.version,
    policy,
    authenticate: (token) => auth.authenticate(token),
    webDir: config.webDir,
    trustProxy: config.trustProxy,
    strictResponses: options.strictResponses ?? false,
  });
  const jobs = await Jobs.start(database, {
    queues: [
      ...casesQueues,
      ...inquiryQueues,
      ...assetsQueues,
      ...creditQueues,
      ...fundsQueues,
      ...dormantQueues,
    ],
    supervise: config.workers,
    onError: (error) => app.log.error({ err: error }, 'job queue error'),
  });
  const realtime = new Realtime(database);
  await realtime.start();
  realtime.checkSessions((user) => auth.sessionLive(user.sessionId));
  const inquiry = new InquiryService(
    database,
    clock,
    audit,
    cases,
    jobs,
    realtime,
    tuningOf(config.inquiryTuning, options.inquiryTuning),
    () => `${config.publicUrl ?? listeningUrl(app) ?? `http://127.0.0.1:${config.port}`}${CALLBACK_PATH}`,
    app.log,
  );
  const funds = new FundsService(
    database,
    clock,
    audit,
    cases,
    calendar,
    rulebook,
    new BankLink(database.db, (db, code) => inquiry.registry.byCode(db, code)),
  );
  cases.onFiled((tx, filed) => funds.afterFiling(tx, filed));
  cases.onFiled((tx, filed, user) => inquiry.afterFiling(tx, filed, user));
  const digestKey = await digestKeyOf(database);
  const credit = new CreditService(
    database,
    clock,
    audit,
    rulebook,
    cases,
    new ChangeLog(clock, jobs),
    documents,
    digestKey,
  );
  const screeningIndex = new ScreeningIndex(database);
  await screeningIndex.start();
  const partners = new PartnerService(database, clock, audit, screeningIndex, digestKey, jobs);
  cases.onClosed((tx, closed, method, user) => credit.afterClosing(tx, closed, method, actorOf(user)));
  const dormant = new DormantService(database, clock, audit, cases, inquiry, jobs, (ruleId, db) =>
    compliance.values(ruleId, db),
  );
  cases.onClosingFacts(dormant.closingFacts);
  cases.onClosed((tx, closed, method) => dormant.afterClosing(tx, closed, method));
  calendar.onYearChanged(async (tx, year) => {
    await jobs.enqueue(tx, RECOMPUTE_PROVISIONAL, { year });
  });
  for (const problem of await ensurePartitions(database)) app.log.error({ problem }, 'inquiry partition');
  const triage = new TriageService(database, clock, audit, cases, (courtId) =>
    compliance.settings(undefined, courtId),
  );
  cases.onEvents(triage.afterEvents);
  const assets = new AssetsService(
    database,
    clock,
    audit,
    rulebook,
    cases,
    documents,
    inquiry,
    compliance,
    realtime,
  );
  const bankruptcy = new BankruptcyService(database, clock, audit, rulebook, cases, documents, assets);
  const notify = new NotifyService(clock);
  const people = new PeopleService(database, clock, audit, notify);
  const auction = new AuctionService(database, clock, audit, cases, funds, documents, (ruleId, db, courtId) =>
    compliance.values(ruleId, db, courtId),
  );
  // The buyer's balance arriving on a bank statement moves its auction to paid.
  funds.onArrivals((tx, arrivals) => auction.matchBalances(tx, arrivals));
  const auctionLive = new AuctionLive(database, auction, clock, (error) =>
    app.log.error({ err: error }, 'auction live'),
  );
  await auctionLive.start();
  const services: Services = {
    audit,
    org: new OrgService(database, clock, audit),
    auth,
    calendar,
    documents,
    cases,
    inquiry,
    compliance,
    credit,
    partners,
    assets,
    funds,
    triage,
    bankruptcy,
    valuation: new ValuationService(database, clock, audit, cases, calendar, documents, app.log),
    notify,
    people,
    auction,
    dormant,
  };
  const results = new AssetResults(clock, audit, cases, inquiry, realtime);
  inquiry.onAnswered(results.answered);
  // A job reads, after this transaction, the assets the register's handler found.
  inquiry.onAnswered(dormant.answered);
  inquiry.onFailed(results.failed);
  await realtime.register(app);
  realtime.topicKind('case', {
    authorize: (user, id) =>
      cases.caseInScope(database.db, user, id).then(
        () => true,
        () => false,
      ),
    render: async (id) => presentProgress(await inquiry.summary(id)),
  });
  registerHealthRoutes(app, database, config.version);
  registerClockRoutes(app, clock, database, audit);
  registerTodayRoute(app, clock);
  registerAuthRoutes(app, services.auth, policy, config.publicUrl);
  registerOrgRoutes(app, services.org);
  registerAuditRoutes(app, audit, policy, database.db);
  registerCalendarRoutes(app, services.calendar);
  registerCasesRoutes(app, services.cases, policy);
  registerLabelsRoutes(app);
  registerDocumentsRoutes(app, services.documents, services.cases, database);
  registerInquiryRoutes(app, inquiry, policy);
  registerAssetsRoutes(app, services.assets, policy);
  registerComplianceRoutes(app, compliance);
  registerSupervisionRoutes(app, new SupervisionService(database, clock, rulebook));
  registerCreditRoutes(app, credit, policy);
  registerPartnerRoutes(app, partners);
  registerPublicCreditRoutes(app, database, () => credit.today());
  await registerCallbackRoute(app, inquiry);
  registerFundsRoutes(app, funds, policy, new FundsLodgings(database, clock, audit, cases, funds));
  const distributionDeps = [
    database,
    clock,
    audit,
    cases,
    funds,
    services.documents,
    services.calendar,
    rulebook,
  ] as const;
  const distributions = new FundsDistributions(...distributionDeps);
  cases.onClosed((tx, closed, _method, user) => distributions.afterClosing(tx, closed, user));
  registerDistributionRoutes(app, distributions, new DistributionObjections(...distributionDeps));
  registerTriageRoutes(app, triage);
  registerBankruptcyRoutes(app, bankruptcy);
  registerValuationRoutes(app, services.valuation, policy);
  registerValuationListRoutes(app, services.valuation);
  await services.valuation.seedAgencies();
  registerNotifyRoutes(app, notify, database);
  registerPeopleRoutes(app, people);
  registerAuctionRoutes(app, auction, auctionLive, people, clock, database);
  registerAuctionDossierRoutes(app, new AuctionDossier(database, clock, audit, auction, documents));
  const dormantPublication = new DormantPublication(database, clock, audit, cases);
  registerDormantRoutes(app, dormant, dormantPublication);
  registerPublicDormantRoutes(app, dormant, dormantPublication);
  registerDormantSupervisionRoutes(app, dormant);
  await registerStatementRoute(app, funds);
  await app.ready();

  const ticker = new Ticker(database, clock, jobs, [
    SWEEP_DEADLINES,
    SWEEP_LAPSED,
    SWEEP_TRIAGE,
    SWEEP_POOL,
    EXPIRE_LISTINGS,
    REWAKE_DELIVERIES,
    RECONCILE_DAILY,
  ]);
  if (config.workers) {
    await registerCasesJobs(jobs, services.cases);
    await registerTriageJobs(jobs, triage);
    await registerAssetsJobs(jobs, database, results);
    await registerInquiryJobs(jobs, inquiry);
    await registerCreditJobs(jobs, new WebhookDelivery(database), {
      expireListings: () => credit.expireListings(),
      rewake: () => partners.rewakeAll(),
    });
    await registerFundsJobs(jobs, funds);
    await registerDormantJobs(jobs, dormant);
    ticker.start(60_000, (error) => app.log.error({ err: error }, 'tick failed'));
    inquiry.delivery.startMaintenance();
    // Payouts left executing (a crash, a lost answer) go to the bank again, now and every 15 s.
    funds.startResending(15_000, (error) => app.log.error({ err: error }, 'payout resend failed'));
    // Online price inquiries: send, look the reports up and settle, every 10 s (RefPrice 12).
    services.valuation.startPolling(10_000);
    // Auctions whose end has passed on the platform clock are closed within a second.
    auction.startSweeping(1_000, (error) => app.log.error({ err: error }, 'auction sweep failed'));
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
    realtime,
    auctionLive,
    async close() {
      ticker.stop();
      auction.stopSweeping();
      await auctionLive.stop();
      await funds.stopResending();
      services.valuation.stopPolling();
      await inquiry.delivery.stopMaintenance();
      await app.close();
      await jobs.stop();
      await partners.stop();
      await screeningIndex.stop();
      await realtime.stop();
      await database.close();
    },
  };
}

/** This process's own address, once it listens: where the embedded demo and tests take callbacks. */
function listeningUrl(app: App): string | null {
  const address = app.server.address();
  if (address === null || typeof address === 'string') return null;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host === '0.0.0.0' || host === '[::]' ? '127.0.0.1' : host}:${address.port}`;
}

/** The hub's timers: the defaults, then the environment's overrides (known names only), then the caller's. */
function tuningOf(fromEnv: Record<string, number>, fromCaller: Partial<Tuning> = {}): Tuning {
  const unknown = Object.keys(fromEnv).filter((name) => !(name in DEFAULT_TUNING));
  if (unknown.length > 0) throw new Error(`ZHIXING_INQUIRY_TUNING: unknown ${unknown.join(', ')}`);
  return { ...DEFAULT_TUNING, ...fromEnv, ...fromCaller };
}
