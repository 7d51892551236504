/**
 * The price-inquiry platforms (司法网络询价平台) of online inquiry (网络询价, RefPrice 10–13): the court
 * sends a property to every platform on the national list at once and each reports a price. Not part
 * of the assist protocol; its messages are the simulator's until the valuation issue settles them,
 * signed the same way (`sign`/`verify`, key `derivedKey(secret, code)`).
 *
 * A platform's price is a pure function of the seed, the property and the platform: around the value
 * the simulator holds for the asset (owner + assetRef), else around a typical value of its category,
 * with a spread of a few per cent between platforms. A category a platform does not price is declined.
 */
import { basisSchema, CATEGORY_CODES, type CategoryCode } from '@zhixing/assist-protocol';
import { z } from 'zod';
import { hash32, mix, Random } from './random';

export interface PricePlatform {
  index: number;
  code: string;
  name: string;
  endpoint: string;
  /** Categories it prices; others it declines. */
  categories: CategoryCode[];
}

const PLATFORMS: [string, string, CategoryCode[]][] = [
  ['taobao', '淘宝网司法询价平台（阿里拍卖）', ['real_estate', 'vehicle', 'equity', 'ship']],
  ['jd', '京东司法询价平台', ['real_estate', 'vehicle', 'equity']],
  ['icbc', '中国工商银行融e购司法询价平台', ['real_estate', 'vehicle']],
];

/** The platforms, indexed after the catalog's institutions (they share counters and faults). */
export function buildPricePlatforms(baseUrl: string, firstIndex: number): PricePlatform[] {
  return PLATFORMS.map(([name, title, categories], i) => ({
    index: firstIndex + i,
    code: `price.${name}`,
    name: title,
    endpoint: `${baseUrl}/price/price.${name}`,
    categories,
  }));
}

export const PRICE_PATHS = { inquiries: '/v1/inquiries', lookup: '/v1/inquiries/lookup' } as const;

const text = (max: number) => z.string().trim().min(1).max(max);

/** `POST {endpoint}/v1/inquiries`: one property to price. */
export const inquirySchema = z
  .object({
    inquiryId: z.uuid(),
    /** Absent: the court polls (`lookup`) and no callback is sent. */
    callbackUrl: z.url().optional(),
    /**
     * The court's clock when it sent the inquiry. With a platform delay (`reportAfterHours`), the report
     * is final once the court's clock (`asOf` of a lookup) reaches `sentAt` plus the delay, and it is
     * dated then: so a court whose clock is set (training, tests) sees the platforms keep its time.
     */
    sentAt: z.iso.datetime({ offset: true }).optional(),
    basis: basisSchema,
    property: z
      .object({
        category: z.enum(CATEGORY_CODES),
        description: text(300),
        /** With `owner`: an asset the simulator holds, priced around its value. */
        assetRef: text(100).optional(),
        owner: z
          .string()
          .regex(/^[0-9A-Z]{18}$/)
          .optional(),
      })
      .strict(),
  })
  .strict();
export type Inquiry = z.infer<typeof inquirySchema>;

export const priceLookupSchema = z
  .object({
    inquiryIds: z.array(z.uuid()).min(1).max(1000),
    /** The court's clock now (see `sentAt`); real time when absent. */
    asOf: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();

/** `PUT /sim/price-platforms/{code}`: how long (court-clock hours after `sentAt`) the platform takes to report. */
export const platformBehaviourSchema = z.object({ reportAfterHours: z.number().min(0).max(10_000) }).strict();

export interface PriceReport {
  inquiryId: string;
  platformCode: string;
  status: 'reported' | 'declined';
  /** The reference price in fen. */
  price?: number;
  reportNo?: string;
  reason?: string;
  reportedAt: string;
}

/** Typical values (yuan) of a category when the simulator does not hold the asset. */
const TYPICAL: Partial<Record<CategoryCode, number>> = {
  real_estate: 1_500_000,
  vehicle: 80_000,
  equity: 500_000,
  ship: 800_000,
};

/** The platform's report on a property whose known value (fen), if any, is `known`. */
export function priceReport(
  seed: number,
  platform: PricePlatform,
  inquiry: Inquiry,
  known: number | undefined,
  reportedAt: string,
): PriceReport {
  const { property } = inquiry;
  const base = { inquiryId: inquiry.inquiryId, platformCode: platform.code, reportedAt };
  if (!platform.categories.includes(property.category))
    return {
      ...base,
      status: 'declined',
      reason: '本平台不提供该类财产的询价（category not priced by this platform）',
    };
  const key = hash32(property.assetRef ?? property.description);
  const centre =
    known ?? new Random(mix(seed, key)).logNormal((TYPICAL[property.category] ?? 50_000) * 100, 0.6);
  const spread = new Random(mix(seed, key, platform.index));
  const normal = spread.next() + spread.next() + spread.next() - 1.5;
  const price = Math.max(10_000, Math.round((centre * (1 + 0.1 * normal)) / 10_000) * 10_000);
  const reportNo = `${platform.code.slice(6).toUpperCase()}-${reportedAt.slice(0, 4)}-${String(key % 1_000_000).padStart(6, '0')}`;
  return { ...base, status: 'reported', price, reportNo };
}

export const PRICE_ENVELOPE = (code: string, items: string) =>
  `{"platformCode":${JSON.stringify(code)},"reports":[${items}]}`;
