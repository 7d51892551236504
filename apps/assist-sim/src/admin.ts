/**
 * The simulator's own endpoints under `/sim/`: the published catalog, subjects' holdings, faults,
 * counters, and the court accounts' statements. Nothing here is part of the assist protocol.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fen } from '@zhixing/assist-protocol';
import { z } from 'zod';
import { published } from './catalog';
import { faultsSchema } from './faults';
import { HttpError, parseBody, readBody, sendJson } from './http';
import { platformBehaviourSchema } from './price';
import type { Simulator } from './simulator';
import { InputError, identifierSchema, putSubjectSchema } from './subjects';

const depositSchema = z
  .object({
    amount: fen.positive(),
    payerName: z.string().trim().min(1).max(200),
    payerAccountNo: z.string().trim().min(1).max(40).optional(),
    note: z.string().trim().min(1).max(300).optional(),
  })
  .strict();

/** `POST /sim/bank/transfers`: someone pays into a case's account (a wrong number is the bank's too). */
const bankTransferSchema = z
  .object({
    toAccount: z.string().trim().min(1).max(40),
    amount: fen.positive(),
    payerName: z.string().trim().min(1).max(200),
    payerAccountNo: z.string().trim().min(1).max(40).optional(),
    reference: z.string().trim().min(1).max(200).optional(),
  })
  .strict();

const subscriptionSchema = z.object({ url: z.url().max(500).nullable() }).strict();

type Handler = (
  sim: Simulator,
  request: IncomingMessage,
  response: ServerResponse,
  params: string[],
) => Promise<void>;

const routes: [method: string, pattern: RegExp, handler: Handler][] = [
  [
    'GET',
    /^\/sim\/health$/,
    async (sim, _request, response) =>
      sendJson(response, 200, { ok: true, institutions: sim.catalog.length }),
  ],
  [
    'GET',
    /^\/sim\/institutions$/,
    async (sim, _request, response) => sendJson(response, 200, catalogText(sim)),
  ],
  [
    'PUT',
    /^\/sim\/price-platforms\/([a-z.]+)$/,
    async (sim, request, response, match) => {
      const { reportAfterHours } = parseBody(platformBehaviourSchema, await readBody(request));
      const code = match[0] as string;
      if (!sim.setPriceDelay(code, reportAfterHours))
        throw new HttpError(404, 'not_found', `no price platform ${code}`);
      sendJson(response, 200, { code, reportAfterHours });
    },
  ],
  [
    'GET',
    /^\/sim\/price-platforms$/,
    async (sim, _request, response) =>
      sendJson(response, 200, {
        count: sim.platforms.length,
        platforms: sim.platforms.map(({ code, name, endpoint, categories }) => ({
          code,
          name,
          endpoint,
          categories,
        })),
      }),
  ],
  [
    'GET',
    /^\/sim\/subjects\/([^/]+)$/,
    async (sim, _request, response, [id]) => sendJson(response, 200, sim.subjects.view(identifier(id))),
  ],
  [
    'PUT',
    /^\/sim\/subjects\/([^/]+)$/,
    async (sim, request, response, [id]) => {
      const subject = identifier(id);
      const input = parseBody(putSubjectSchema, await readBody(request));
      try {
        sim.subjects.put(subject, input);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        throw new HttpError(400, 'validation', error.message, {
          errors: [{ path: error.path, message: error.message }],
        });
      }
      sendJson(response, 200, sim.subjects.view(subject));
    },
  ],
  [
    'DELETE',
    /^\/sim\/subjects\/([^/]+)$/,
    async (sim, _request, response, [id]) => {
      const subject = identifier(id);
      sim.subjects.forget(subject);
      sendJson(response, 200, sim.subjects.view(subject));
    },
  ],
  [
    'GET',
    /^\/sim\/faults$/,
    async (sim, _request, response) => sendJson(response, 200, sim.faults.describe(sim.codeOf)),
  ],
  [
    'PUT',
    /^\/sim\/faults$/,
    async (sim, request, response) => {
      sim.faults.setAll(parseBody(faultsSchema, await readBody(request)));
      sendJson(response, 200, sim.faults.describe(sim.codeOf));
    },
  ],
  [
    'DELETE',
    /^\/sim\/faults$/,
    async (sim, _request, response) => {
      sim.faults.clear();
      sendJson(response, 200, sim.faults.describe(sim.codeOf));
    },
  ],
  [
    'PUT',
    /^\/sim\/faults\/([^/]+)$/,
    async (sim, request, response, [code]) => {
      const index = institutionIndex(sim, code);
      sim.faults.set(index, parseBody(faultsSchema, await readBody(request)));
      sendJson(response, 200, sim.faults.describe(sim.codeOf));
    },
  ],
  [
    'DELETE',
    /^\/sim\/faults\/([^/]+)$/,
    async (sim, _request, response, [code]) => {
      sim.faults.clear(institutionIndex(sim, code));
      sendJson(response, 200, sim.faults.describe(sim.codeOf));
    },
  ],
  ['GET', /^\/sim\/stats$/, async (sim, _request, response) => sendJson(response, 200, statsOf(sim))],
  [
    'DELETE',
    /^\/sim\/stats$/,
    async (sim, _request, response) => {
      sim.stats.reset();
      sendJson(response, 200, statsOf(sim));
    },
  ],
  [
    'GET',
    /^\/sim\/accounts\/([^/]+)\/transfers$/,
    async (sim, _request, response, [accountNo]) =>
      sendJson(response, 200, sim.accounts.statement(decode(accountNo))),
  ],
  [
    'POST',
    /^\/sim\/accounts\/([^/]+)\/deposits$/,
    async (sim, request, response, [accountNo]) => {
      const deposit = parseBody(depositSchema, await readBody(request));
      sendJson(response, 201, sim.accounts.record(decode(accountNo), { kind: 'deposit', ...deposit }));
    },
  ],
  [
    'POST',
    /^\/sim\/bank\/transfers$/,
    async (sim, request, response) => {
      const { toAccount, ...transfer } = parseBody(bankTransferSchema, await readBody(request));
      const entry = sim.accounts.record(toAccount, { kind: 'deposit', ...transfer });
      sendJson(response, 201, { transferId: entry.transferId });
    },
  ],
  [
    'PUT',
    /^\/sim\/bank\/subscription$/,
    async (sim, request, response) => {
      const { url } = parseBody(subscriptionSchema, await readBody(request));
      sim.statements.subscribe(url);
      sendJson(response, 200, { url: sim.statements.subscription });
    },
  ],
  [
    'GET',
    /^\/sim\/bank\/statement$/,
    async (sim, request, response) => {
      const since = Number(new URL(request.url ?? '/', 'http://sim').searchParams.get('since') ?? 0);
      if (!Number.isSafeInteger(since) || since < 0) {
        throw new HttpError(400, 'validation', 'since: must be a whole number', {
          errors: [{ path: 'since', message: 'must be a whole number' }],
        });
      }
      const lines = sim.accounts.linesSince(since);
      sendJson(response, 200, { lines, last: sim.accounts.lines.length });
    },
  ],
];

export async function admin(
  sim: Simulator,
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
): Promise<void> {
  let pathMatched = false;
  for (const [method, pattern, handler] of routes) {
    const match = pattern.exec(path);
    if (!match) continue;
    pathMatched = true;
    if (method === request.method) return handler(sim, request, response, match.slice(1));
  }
  if (pathMatched)
    throw new HttpError(405, 'method_not_allowed', `${request.method} is not allowed on ${path}`);
  throw new HttpError(404, 'not_found', `nothing at ${path}`);
}

function decode(segment: string | undefined): string {
  try {
    return decodeURIComponent(segment ?? '');
  } catch {
    throw new HttpError(400, 'validation', 'the path is not well encoded');
  }
}

function identifier(segment: string | undefined): string {
  const parsed = identifierSchema.safeParse(decode(segment).toUpperCase());
  if (!parsed.success)
    throw new HttpError(400, 'validation', `identifier: ${parsed.error.issues[0]?.message}`, {
      errors: [{ path: 'identifier', message: parsed.error.issues[0]?.message }],
    });
  return parsed.data;
}

function institutionIndex(sim: Simulator, segment: string | undefined): number {
  const index = sim.indexOf(decode(segment));
  if (index === undefined) throw new HttpError(404, 'not_found', `no institution or platform ${segment}`);
  return index;
}

/** The catalog's JSON text, made once: with 3,600 banks it is large and never changes. */
const catalogTexts = new WeakMap<Simulator, string>();
function catalogText(sim: Simulator): string {
  let text = catalogTexts.get(sim);
  if (!text) {
    text = JSON.stringify({ count: sim.catalog.length, institutions: sim.catalog.map(published) });
    catalogTexts.set(sim, text);
  }
  return text;
}

function statsOf(sim: Simulator) {
  return {
    ...sim.stats.report(sim.codeOf),
    distinctRequests: sim.requests.size,
    materialisedSubjects: sim.subjects.materialisedCount,
    callbackBacklog: sim.callbacks.backlog,
    rssBytes: process.memoryUsage.rss(),
  };
}
