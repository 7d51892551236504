/**
 * Partners of joint punishment (联合惩戒): an airline and a bank that subscribe to the court's change
 * feed (signed webhook deliveries) and refuse a listed or restricted person — the airline a ticket,
 * the bank a wealth product — and serve him again once the measure is lifted or deleted. They keep
 * only keyed digests of identity numbers, as a partner that must not hold plain numbers would.
 */
import { createHmac } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ReplayGuard, verify } from '@zhixing/assist-protocol';
import { z } from 'zod';
import { HttpError, parseBody, readBody, sendJson } from './http';

export const PARTNER_PREFIX = '/partners/';

/** The partners the simulator plays, and the measure each enforces. */
export const PARTNERS = [
  { code: 'airline', name: '模拟航空公司', sector: 'airline', measure: 'flights', refusal: '限制乘坐飞机' },
  {
    code: 'bank',
    name: '模拟商业银行',
    sector: 'bank',
    measure: 'wealth_products',
    refusal: '限制购买高额保险理财产品',
  },
] as const;
type PartnerCode = (typeof PARTNERS)[number]['code'];

interface Change {
  seq: number;
  id: string;
  active: boolean;
  subjects: string[];
  bound: string[];
  caseNumber: string;
  court: string;
  effectiveOn: string;
  endsOn: string | null;
  measures: string[];
  temporaryLifts: { from: string; until: string; items: string[] }[];
}

const subscriptionSchema = z
  .object({ digestKey: z.string().min(16), webhookSecret: z.string().min(16) })
  .strict();
const purchaseSchema = z
  .object({ idNumber: z.string().trim().min(15).max(18), name: z.string().trim().max(100).optional() })
  .strict();

class Partner {
  subscription: z.infer<typeof subscriptionSchema> | null = null;
  lastSeq = 0;
  refusals = 0;
  served = 0;
  /** Measures in force by record, as the feed last said. */
  private readonly records = new Map<string, Change>();
  private readonly replay = new ReplayGuard();

  constructor(readonly spec: (typeof PARTNERS)[number]) {}

  /** Applies a delivery in order; a `seq` applied already (a page sent twice) is skipped. */
  apply(items: readonly Change[]): number {
    let applied = 0;
    for (const item of [...items].sort((a, b) => a.seq - b.seq)) {
      if (item.seq <= this.lastSeq) continue;
      if (item.active) this.records.set(item.id, item);
      else this.records.delete(item.id);
      this.lastSeq = item.seq;
      applied += 1;
    }
    return applied;
  }

  verify(request: IncomingMessage, path: string, body: Buffer): void {
    if (!this.subscription)
      throw new HttpError(404, 'not_subscribed', `${this.spec.code} has no subscription`);
    const failure = verify(
      this.subscription.webhookSecret,
      { method: 'POST', path, body },
      request.headers,
      this.replay,
    );
    if (failure) throw new HttpError(401, 'signature', failure);
  }

  /** The cases that bar this person from what the partner sells, today. */
  barring(idNumber: string, today: string): { caseNumber: string; court: string }[] {
    if (!this.subscription) return [];
    const digest = createHmac('sha256', this.subscription.digestKey)
      .update(idNumber.toUpperCase())
      .digest('hex');
    return [...this.records.values()]
      .filter(
        (c) =>
          (c.subjects.includes(digest) || c.bound.includes(digest)) &&
          c.measures.includes(this.spec.measure) &&
          c.effectiveOn <= today &&
          (c.endsOn === null || today <= c.endsOn) &&
          !c.temporaryLifts.some(
            (t) => t.items.includes(this.spec.measure) && t.from <= today && today <= t.until,
          ),
      )
      .map((c) => ({ caseNumber: c.caseNumber, court: c.court }));
  }

  status() {
    return {
      code: this.spec.code,
      name: this.spec.name,
      sector: this.spec.sector,
      subscribed: this.subscription !== null,
      lastSeq: this.lastSeq,
      inForce: this.records.size,
      refusals: this.refusals,
      served: this.served,
    };
  }
}

/** Today in Asia/Shanghai (the simulator's partners follow real time). */
function today(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
}

export class CreditPartners {
  private readonly partners = new Map<string, Partner>(
    PARTNERS.map((spec) => [spec.code, new Partner(spec)]),
  );

  get(code: PartnerCode): Partner {
    return this.partners.get(code) as Partner;
  }

  /** `/partners/{code}[/subscription|/webhook|/purchase]`. */
  async handle(request: IncomingMessage, response: ServerResponse, path: string): Promise<void> {
    const [code, action = ''] = path.slice(PARTNER_PREFIX.length).split('/');
    const partner = this.partners.get(code ?? '');
    if (!partner) throw new HttpError(404, 'not_found', `no partner ${code}`);
    const method = request.method ?? 'GET';
    if (method === 'GET' && action === '') return sendJson(response, 200, partner.status());
    if (method !== 'POST' && method !== 'PUT') throw new HttpError(405, 'method', `${method} ${path}`);
    const body = await readBody(request);
    if (action === 'subscription') {
      partner.subscription = parseBody(subscriptionSchema, body);
      return sendJson(response, 200, partner.status());
    }
    if (action === 'webhook') {
      partner.verify(request, request.url ?? path, body);
      const { items } = JSON.parse(body.toString()) as { items: Change[] };
      return sendJson(response, 200, { applied: partner.apply(items) });
    }
    if (action === 'purchase') {
      const { idNumber } = parseBody(purchaseSchema, body);
      const cases = partner.barring(idNumber, today());
      if (cases.length === 0) {
        partner.served += 1;
        return sendJson(response, 200, { allowed: true });
      }
      partner.refusals += 1;
      return sendJson(response, 403, { allowed: false, reason: partner.spec.refusal, cases });
    }
    throw new HttpError(404, 'not_found', `no ${action} at ${code}`);
  }
}
