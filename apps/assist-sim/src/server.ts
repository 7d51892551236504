/**
 * `startSimulator(options)`: the simulator on a port of its own, for `main.ts`, tests, benchmarks and
 * `npm start`. Every institution's gateway is at `{url}/inst/{code}`; keys are `derivedKey(secret, code)`.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { admin } from './admin';
import type { CallbackOptions } from './callbacks';
import { type PublishedInstitution, published } from './catalog';
import type { FaultsInput } from './faults';
import { HttpError, sendProblem } from './http';
import { CreditPartners, PARTNER_PREFIX } from './partners';
import { Simulator } from './simulator';

export const DEFAULT_SECRET = 'zhixing-demo-assist';
export const DEFAULT_PORT = 8090;
export const DEFAULT_SEED = 20_260_101;

export interface SimulatorOptions {
  /** 0 (the default here) lets the OS choose; `main.ts` defaults to 8090. */
  port?: number;
  host?: string;
  /** Banks in the set: 24 named national banks by default; 3600 for the full network. */
  banks?: number;
  seed?: number;
  /** The shared secret from which every institution's key is derived. */
  secret?: string;
  /** Faults from the start, for all institutions and per institution code. */
  faults?: { all?: FaultsInput; institutions?: Record<string, FaultsInput> };
  callbacks?: Partial<CallbackOptions>;
}

export interface RunningSimulator {
  url: string;
  port: number;
  institutions: PublishedInstitution[];
  /** The state behind the HTTP endpoints, for tests and benchmarks that look inside. */
  simulator: Simulator;
  /** The airline and the bank that screen against the court's change feed. */
  partners: CreditPartners;
  close(): Promise<void>;
}

const INSTITUTION_PREFIX = '/inst/';
const PLATFORM_PREFIX = '/price/';
const GATEWAY_MARK = '/assist/';
const BANK_MARK = '/bank/';

export async function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  const host = options.host ?? '127.0.0.1';
  let simulator: Simulator | undefined;
  const partners = new CreditPartners();
  const server = http.createServer((request, response) => {
    handle(simulator as Simulator, partners, request, response).catch((error: unknown) => {
      const httpError =
        error instanceof HttpError
          ? error
          : new HttpError(500, 'internal', error instanceof Error ? error.message : 'failed');
      if (!response.headersSent && !response.destroyed) sendProblem(response, httpError, request.url);
    });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host}:${port}`;
  simulator = new Simulator({
    baseUrl: url,
    banks: options.banks ?? 24,
    seed: options.seed ?? DEFAULT_SEED,
    secret: options.secret ?? DEFAULT_SECRET,
    callbacks: options.callbacks ?? {},
  });
  if (options.faults?.all) simulator.faults.setAll(options.faults.all);
  for (const [code, faults] of Object.entries(options.faults?.institutions ?? {})) {
    const institution = simulator.byCode.get(code);
    if (!institution) throw new RangeError(`faults for an unknown institution ${code}`);
    simulator.faults.set(institution.index, faults);
  }
  const running = simulator;
  return {
    url,
    port,
    institutions: running.catalog.map(published),
    simulator: running,
    partners,
    async close() {
      running.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function handle(
  sim: Simulator,
  partners: CreditPartners,
  request: http.IncomingMessage,
  response: http.ServerResponse,
): Promise<void> {
  const url = request.url ?? '/';
  const query = url.indexOf('?');
  const path = query === -1 ? url : url.slice(0, query);
  if (path.startsWith(INSTITUTION_PREFIX)) {
    const assist = path.indexOf(GATEWAY_MARK, INSTITUTION_PREFIX.length);
    const mark = assist === -1 ? path.indexOf(BANK_MARK, INSTITUTION_PREFIX.length) : assist;
    if (mark === -1) throw new HttpError(404, 'not_found', `no gateway at ${path}`);
    return sim.gateway(request, response, path.slice(INSTITUTION_PREFIX.length, mark), path.slice(mark));
  }
  if (path.startsWith(PARTNER_PREFIX)) return partners.handle(request, response, path);
  if (path.startsWith(PLATFORM_PREFIX)) {
    const mark = path.indexOf('/v1/', PLATFORM_PREFIX.length);
    if (mark === -1) throw new HttpError(404, 'not_found', `no price platform at ${path}`);
    return sim.price(request, response, path.slice(PLATFORM_PREFIX.length, mark), path.slice(mark));
  }
  return admin(sim, request, response, path);
}
