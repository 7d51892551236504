/**
 * The simulator's state and its institutions' gateways: every institution of the catalog answers
 * `POST /inst/{code}/assist/v1/batches` and `…/results/lookup` on the same port, verifies the hub's
 * signature, carries out each request id once, and answers by callback (or inline, or on polling).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  type AssistRequest,
  BANK_PATHS,
  claimedInstitution,
  derivedKey,
  ESCROW_BANK_CODE,
  GATEWAY_PATHS,
  lookupSchema,
  payoutInstructionSchema,
  ReplayGuard,
  statementQuerySchema,
  submitBatchSchema,
  VERIFY_FAILURE_TEXT,
  verify,
} from '@zhixing/assist-protocol';
import { Accounts } from './accounts';
import { presentHolding } from './assets';
import { CALLBACK_DEFAULTS, type CallbackOptions, CallbackSender, type Sender } from './callbacks';
import { buildCatalog, type SimInstitution } from './catalog';
import { execute } from './execute';
import { FaultPlan } from './faults';
import { HoldingsDeriver } from './holdings';
import { HttpError, parseBody, readBody, sendJson, sendProblem } from './http';
import {
  buildPricePlatforms,
  inquirySchema,
  PRICE_ENVELOPE,
  PRICE_PATHS,
  type PricePlatform,
  priceLookupSchema,
  priceReport,
} from './price';
import { RequestStore, type Stored } from './requests';
import { StatementPublisher } from './statements';
import { Stats } from './stats';
import { Subjects } from './subjects';

export interface SimulatorConfig {
  baseUrl: string;
  banks: number;
  seed: number;
  secret: string;
  callbacks?: Partial<CallbackOptions>;
}

/** A duplicate callback follows the original after this, so it arrives in a callback of its own. */
const DUPLICATE_DELAY_MS = 50;

export class Simulator {
  readonly catalog: SimInstitution[];
  readonly byCode: Map<string, SimInstitution>;
  /** Price-inquiry platforms, indexed after the catalog (they share keys, counters and faults). */
  readonly platforms: PricePlatform[];
  readonly deriver: HoldingsDeriver;
  readonly subjects: Subjects;
  readonly accounts: Accounts;
  /** The escrow bank's statement pushes (一案一账号 accounts live at this bank). */
  readonly statements: StatementPublisher;
  readonly requests = new RequestStore();
  readonly stats: Stats;
  readonly faults: FaultPlan;
  readonly callbacks: CallbackSender;
  private readonly keys: string[];
  private readonly replay = new ReplayGuard();
  private readonly holds = new Set<NodeJS.Timeout>();
  /** Price reports by platform and inquiry id: few, so kept whole. */
  private readonly reports = new Map<string, { finalAt: number; json: string; courtFinalAt?: number }>();
  /** Price platforms' report delays in court-clock hours (`setPriceDelay`). */
  private readonly priceDelays = new Map<string, number>();

  constructor(readonly config: SimulatorConfig) {
    this.catalog = buildCatalog({ banks: config.banks, baseUrl: config.baseUrl });
    this.byCode = new Map(this.catalog.map((institution) => [institution.code, institution]));
    this.platforms = buildPricePlatforms(config.baseUrl, this.catalog.length);
    const senders: Sender[] = [...this.catalog, ...this.platforms];
    this.keys = senders.map((sender) => derivedKey(config.secret, sender.code));
    this.deriver = new HoldingsDeriver(this.catalog, config.seed);
    this.subjects = new Subjects(this.deriver, this.byCode);
    this.stats = new Stats(senders.length);
    this.faults = new FaultPlan(config.seed, senders.length);
    this.statements = new StatementPublisher(ESCROW_BANK_CODE, derivedKey(config.secret, ESCROW_BANK_CODE));
    this.accounts = new Accounts(this.statements);
    this.callbacks = new CallbackSender(
      { ...CALLBACK_DEFAULTS, ...config.callbacks },
      this.keys,
      this.faults,
      this.stats,
      config.seed,
    );
  }

  codeOf = (index: number): string =>
    (this.catalog[index] ?? (this.platforms[index - this.catalog.length] as PricePlatform)).code;

  /** An institution's or a platform's index, by code. */
  indexOf(code: string): number | undefined {
    return this.byCode.get(code)?.index ?? this.platforms.find((platform) => platform.code === code)?.index;
  }

  close(): void {
    for (const hold of this.holds) clearTimeout(hold);
    this.holds.clear();
    this.callbacks.close();
    this.statements.close();
  }

  /** `POST /inst/{code}/assist/v1/…`: signature, faults, then the batch or the lookup. */
  async gateway(
    request: IncomingMessage,
    response: ServerResponse,
    code: string,
    tail: string,
  ): Promise<void> {
    const institution = this.byCode.get(code);
    if (
      institution &&
      code === ESCROW_BANK_CODE &&
      (tail === BANK_PATHS.payouts || tail === BANK_PATHS.statement)
    ) {
      if (request.method !== 'POST') throw new HttpError(405, 'method_not_allowed', 'gateways take POST');
      return this.serve(institution, request, response, (body) => {
        if (tail === BANK_PATHS.payouts)
          return JSON.stringify(this.accounts.pay(parseBody(payoutInstructionSchema, body)));
        const query = parseBody(statementQuerySchema, body);
        return JSON.stringify({
          lines: this.accounts.linesSince(query.since, query.limit),
          last: this.accounts.lines.length,
        });
      });
    }
    const isBatch = tail === GATEWAY_PATHS.batches;
    if (!institution || (!isBatch && tail !== GATEWAY_PATHS.lookup))
      throw new HttpError(404, 'not_found', `no gateway at ${request.url}`);
    if (request.method !== 'POST') throw new HttpError(405, 'method_not_allowed', 'gateways take POST');
    if (isBatch) this.stats.add(institution.index, 'batches');
    await this.serve(institution, request, response, (body) =>
      isBatch ? this.batch(institution, body) : this.lookup(institution, body),
    );
  }

  /** Reads and authenticates the body, meets the injected faults, and answers what `work` made of it. */
  private async serve(
    sender: Sender,
    request: IncomingMessage,
    response: ServerResponse,
    work: (body: Buffer) => string,
  ): Promise<void> {
    const body = await readBody(request);
    this.authenticate(sender, request, body);
    const call = this.faults.nextCall(sender.index);
    const faults = this.faults.of(sender.index);
    if (call === 'error') {
      this.stats.add(sender.index, 'errors');
      const overloaded = new HttpError(503, 'unavailable', 'overloaded (injected fault)');
      this.answer(response, faults.latencyMs, () => sendProblem(response, overloaded, request.url));
      return;
    }
    const answer = work(body);
    if (call === 'timeout') {
      this.stats.add(sender.index, 'timeouts');
      this.hold(response, faults.holdMs);
      return;
    }
    this.answer(response, faults.latencyMs, () => sendJson(response, 200, answer));
  }

  private authenticate(institution: Sender, request: IncomingMessage, body: Buffer): void {
    const claimed = claimedInstitution(request.headers);
    const parts = { method: request.method ?? 'POST', path: request.url ?? '', body };
    const failure =
      claimed !== undefined && claimed !== institution.code
        ? 'bad_signature'
        : verify(this.keys[institution.index] as string, parts, request.headers, this.replay);
    if (!failure) return;
    this.stats.add(institution.index, 'unauthorized');
    throw new HttpError(401, 'unauthenticated', VERIFY_FAILURE_TEXT[failure], { failure });
  }

  private batch(institution: SimInstitution, body: Buffer): string {
    const index = institution.index;
    let batch: ReturnType<typeof submitBatchSchema.parse>;
    try {
      batch = parseBody(submitBatchSchema, body);
      if (batch.requests.length > institution.limits.maxBatch)
        throw new HttpError(
          400,
          'validation',
          `requests: at most ${institution.limits.maxBatch} per batch here`,
          {
            errors: [
              {
                path: 'requests',
                message: `at most ${institution.limits.maxBatch} per batch at ${institution.code}`,
              },
            ],
          },
        );
    } catch (error) {
      this.stats.add(index, 'invalid');
      throw error;
    }
    this.stats.add(index, 'requests', batch.requests.length);
    const faults = this.faults.of(index);
    const now = Date.now();
    const finalAt = now + faults.processingMs;
    const completedAt = new Date(finalAt).toISOString();
    const receipts: string[] = [];
    const inline: string[] = [];
    const called: string[] = [];
    const twice: string[] = [];
    for (const request of batch.requests) {
      const stored = this.requests.find(request.requestId, index);
      if (stored) {
        this.stats.add(index, 'duplicates');
        receipts.push(`{"requestId":"${request.requestId}","status":"duplicate"}`);
        if (stored.finalAt <= now) inline.push(this.resultText(stored, request.requestId));
        continue;
      }
      const json = this.carryOut(institution, request, finalAt, completedAt);
      receipts.push(`{"requestId":"${request.requestId}","status":"accepted"}`);
      if (faults.processingMs === 0 && this.faults.forResult(index, request.requestId, 'inline')) {
        this.stats.add(index, 'resultsInline');
        inline.push(json);
      } else if (this.faults.forResult(index, request.requestId, 'drop'))
        this.stats.add(index, 'resultsDropped');
      else {
        called.push(json);
        if (this.faults.forResult(index, request.requestId, 'duplicate')) twice.push(json);
      }
    }
    this.callbacks.enqueue(institution, batch.callbackUrl, called, faults.processingMs);
    this.callbacks.enqueue(institution, batch.callbackUrl, twice, faults.processingMs + DUPLICATE_DELAY_MS);
    return `{"batchId":"${batch.batchId}","receipts":[${receipts.join(',')}],"results":[${inline.join(',')}]}`;
  }

  /** Executes a new request, remembers it, and returns its result's JSON text. */
  private carryOut(
    institution: SimInstitution,
    request: AssistRequest,
    finalAt: number,
    completedAt: string,
  ): string {
    const { result, derived } = execute(this, institution, request, completedAt);
    this.stats.add(institution.index, 'executed');
    if (result.status === 'rejected') this.stats.add(institution.index, 'rejected');
    const json = JSON.stringify(result);
    this.requests.add(
      request.requestId,
      institution.index,
      finalAt,
      derived ? { identifier: request.subject.identifier } : { json },
    );
    return json;
  }

  /** A stored result's JSON text, rebuilt from the derived holdings when it was not kept. */
  private resultText(stored: Stored, requestId: string): string {
    if (stored.json !== undefined) return stored.json;
    const institution = this.catalog[stored.institution] as SimInstitution;
    const holdings = this.deriver.derive(stored.identifier as string, institution).map(presentHolding);
    const completedAt = new Date(stored.finalAt).toISOString();
    return JSON.stringify({ requestId, status: 'completed', completedAt, holdings });
  }

  private lookup(institution: SimInstitution, body: Buffer): string {
    const { requestIds } = parseBody(lookupSchema, body);
    this.stats.add(institution.index, 'lookups');
    return pollAnswer('results', requestIds, (requestId) => {
      const stored = this.requests.find(requestId, institution.index);
      return stored && { finalAt: stored.finalAt, text: () => this.resultText(stored, requestId) };
    });
  }

  /** `POST /price/{code}/v1/inquiries` and `…/lookup`: a price-inquiry platform (see `price.ts`). */
  async price(request: IncomingMessage, response: ServerResponse, code: string, tail: string): Promise<void> {
    const platform = this.platforms.find((p) => p.code === code);
    const isInquiry = tail === PRICE_PATHS.inquiries;
    if (!platform || (!isInquiry && tail !== PRICE_PATHS.lookup))
      throw new HttpError(404, 'not_found', `no price platform at ${request.url}`);
    if (request.method !== 'POST') throw new HttpError(405, 'method_not_allowed', 'platforms take POST');
    await this.serve(platform, request, response, (body) =>
      isInquiry ? this.inquire(platform, body) : this.priceLookup(platform, body),
    );
  }

  private inquire(platform: PricePlatform, body: Buffer): string {
    const inquiry = parseBody(inquirySchema, body);
    this.stats.add(platform.index, 'requests');
    const key = `${platform.index}\n${inquiry.inquiryId}`;
    const stored = this.reports.get(key);
    const now = Date.now();
    if (stored) {
      this.stats.add(platform.index, 'duplicates');
      const report =
        stored.finalAt <= now && stored.courtFinalAt === undefined ? `,"report":${stored.json}` : '';
      return `{"inquiryId":"${inquiry.inquiryId}","status":"duplicate"${report}}`;
    }
    const faults = this.faults.of(platform.index);
    const finalAt = now + faults.processingMs;
    const delayHours = this.priceDelays.get(platform.code) ?? 0;
    // Delayed on the court's clock: final when a lookup's `asOf` reaches it, dated then.
    const courtFinalAt =
      inquiry.sentAt !== undefined && delayHours > 0
        ? Date.parse(inquiry.sentAt) + Math.round(delayHours * 3_600_000)
        : undefined;
    const { owner, assetRef } = inquiry.property;
    const asset = owner && assetRef ? this.subjects.find(owner, assetRef) : undefined;
    const known = asset ? (asset.value ?? asset.balance) : undefined;
    const reportedAt = new Date(courtFinalAt ?? (inquiry.sentAt ? Date.parse(inquiry.sentAt) : finalAt));
    const json = JSON.stringify(
      priceReport(this.config.seed, platform, inquiry, known, reportedAt.toISOString()),
    );
    this.reports.set(key, { finalAt, json, ...(courtFinalAt === undefined ? {} : { courtFinalAt }) });
    this.stats.add(platform.index, 'executed');
    if (inquiry.callbackUrl === undefined || courtFinalAt !== undefined) {
      // Polled: the court looks the report up.
    } else if (this.faults.forResult(platform.index, inquiry.inquiryId, 'drop'))
      this.stats.add(platform.index, 'resultsDropped');
    else {
      const copies = this.faults.forResult(platform.index, inquiry.inquiryId, 'duplicate') ? 2 : 1;
      for (let copy = 0; copy < copies; copy++)
        this.callbacks.enqueue(
          platform,
          inquiry.callbackUrl,
          [json],
          faults.processingMs + copy * DUPLICATE_DELAY_MS,
          PRICE_ENVELOPE,
        );
    }
    return `{"inquiryId":"${inquiry.inquiryId}","status":"accepted"}`;
  }

  private priceLookup(platform: PricePlatform, body: Buffer): string {
    const { inquiryIds, asOf } = parseBody(priceLookupSchema, body);
    this.stats.add(platform.index, 'lookups');
    const courtNow = asOf === undefined ? Date.now() : Date.parse(asOf);
    return pollAnswer('reports', inquiryIds, (id) => {
      const stored = this.reports.get(`${platform.index}\n${id}`);
      if (!stored) return undefined;
      const ready = stored.courtFinalAt === undefined || stored.courtFinalAt <= courtNow;
      return { finalAt: ready ? stored.finalAt : Number.POSITIVE_INFINITY, text: () => stored.json };
    });
  }

  /** `PUT /sim/price-platforms/{code}`: the platform reports `hours` after the court sent (court clock). */
  setPriceDelay(code: string, hours: number): boolean {
    if (!this.platforms.some((p) => p.code === code)) return false;
    if (hours === 0) this.priceDelays.delete(code);
    else this.priceDelays.set(code, hours);
    return true;
  }

  private answer(response: ServerResponse, latencyMs: number, send: () => void): void {
    if (latencyMs === 0) {
      send();
      return;
    }
    const timer = setTimeout(() => {
      this.holds.delete(timer);
      if (!response.destroyed) send();
    }, latencyMs);
    this.holds.add(timer);
  }

  /** A timeout: the answer never comes; the connection is cut after `holdMs`. */
  private hold(response: ServerResponse, holdMs: number): void {
    const timer = setTimeout(() => {
      this.holds.delete(timer);
      response.destroy();
    }, holdMs);
    this.holds.add(timer);
  }
}

/** A polling answer's JSON text: what is final, what is pending and what was never received. */
function pollAnswer(
  finalName: 'results' | 'reports',
  ids: string[],
  find: (id: string) => { finalAt: number; text: () => string } | undefined,
): string {
  const now = Date.now();
  const final: string[] = [];
  const pending: string[] = [];
  const unknown: string[] = [];
  for (const id of ids) {
    const stored = find(id);
    if (!stored) unknown.push(`"${id}"`);
    else if (stored.finalAt > now) pending.push(`"${id}"`);
    else final.push(stored.text());
  }
  return `{"${finalName}":[${final.join(',')}],"pending":[${pending.join(',')}],"unknown":[${unknown.join(',')}]}`;
}
