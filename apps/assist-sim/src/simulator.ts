/**
 * The simulator's state and its institutions' gateways: every institution of the catalog answers
 * `POST /inst/{code}/assist/v1/batches` and `…/results/lookup` on the same port, verifies the hub's
 * signature, carries out each request id once, and answers by callback (or inline, or on polling).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  type AssistRequest,
  claimedInstitution,
  derivedKey,
  GATEWAY_PATHS,
  lookupSchema,
  ReplayGuard,
  submitBatchSchema,
  VERIFY_FAILURE_TEXT,
  verify,
} from '@zhixing/assist-protocol';
import { Accounts } from './accounts';
import { presentHolding } from './assets';
import { CALLBACK_DEFAULTS, type CallbackOptions, CallbackSender } from './callbacks';
import { buildCatalog, type SimInstitution } from './catalog';
import { execute } from './execute';
import { FaultPlan } from './faults';
import { HoldingsDeriver } from './holdings';
import { HttpError, parseBody, readBody, sendJson, sendProblem } from './http';
import { RequestStore, type Stored } from './requests';
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
  readonly deriver: HoldingsDeriver;
  readonly subjects: Subjects;
  readonly accounts = new Accounts();
  readonly requests = new RequestStore();
  readonly stats: Stats;
  readonly faults: FaultPlan;
  readonly callbacks: CallbackSender;
  private readonly keys: string[];
  private readonly replay = new ReplayGuard();
  private readonly holds = new Set<NodeJS.Timeout>();

  constructor(readonly config: SimulatorConfig) {
    this.catalog = buildCatalog({ banks: config.banks, baseUrl: config.baseUrl });
    this.byCode = new Map(this.catalog.map((institution) => [institution.code, institution]));
    this.keys = this.catalog.map((institution) => derivedKey(config.secret, institution.code));
    this.deriver = new HoldingsDeriver(this.catalog, config.seed);
    this.subjects = new Subjects(this.deriver, this.byCode);
    this.stats = new Stats(this.catalog.length);
    this.faults = new FaultPlan(config.seed, this.catalog.length);
    this.callbacks = new CallbackSender(
      { ...CALLBACK_DEFAULTS, ...config.callbacks },
      this.keys,
      this.faults,
      this.stats,
      config.seed,
    );
  }

  codeOf = (index: number): string => (this.catalog[index] as SimInstitution).code;

  close(): void {
    for (const hold of this.holds) clearTimeout(hold);
    this.holds.clear();
    this.callbacks.close();
  }

  /** `POST /inst/{code}/assist/v1/…`: signature, faults, then the batch or the lookup. */
  async gateway(
    request: IncomingMessage,
    response: ServerResponse,
    code: string,
    tail: string,
  ): Promise<void> {
    const institution = this.byCode.get(code);
    const isBatch = tail === GATEWAY_PATHS.batches;
    if (!institution || (!isBatch && tail !== GATEWAY_PATHS.lookup))
      throw new HttpError(404, 'not_found', `no gateway at ${request.url}`);
    if (request.method !== 'POST') throw new HttpError(405, 'method_not_allowed', 'gateways take POST');
    const index = institution.index;
    if (isBatch) this.stats.add(index, 'batches');
    const body = await readBody(request);
    this.authenticate(institution, request, body);
    const call = this.faults.nextCall(index);
    const faults = this.faults.of(index);
    if (call === 'error') {
      this.stats.add(index, 'errors');
      return this.answer(response, faults.latencyMs, () =>
        sendProblem(
          response,
          new HttpError(503, 'unavailable', 'the gateway is overloaded (injected fault)'),
          request.url,
        ),
      );
    }
    const answer = isBatch ? this.batch(institution, body) : this.lookup(institution, body);
    if (call === 'timeout') {
      this.stats.add(index, 'timeouts');
      return this.hold(response, faults.holdMs);
    }
    this.answer(response, faults.latencyMs, () => sendJson(response, 200, answer));
  }

  private authenticate(institution: SimInstitution, request: IncomingMessage, body: Buffer): void {
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
    const now = Date.now();
    const results: string[] = [];
    const pending: string[] = [];
    const unknown: string[] = [];
    for (const requestId of requestIds) {
      const stored = this.requests.find(requestId, institution.index);
      if (!stored) unknown.push(`"${requestId}"`);
      else if (stored.finalAt > now) pending.push(`"${requestId}"`);
      else results.push(this.resultText(stored, requestId));
    }
    return `{"results":[${results.join(',')}],"pending":[${pending.join(',')}],"unknown":[${unknown.join(',')}]}`;
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
