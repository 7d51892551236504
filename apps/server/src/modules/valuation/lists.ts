import { invalid } from '../../platform/errors';
import type { Actor } from '../audit/service';
import type { ValuationContext } from './context';
import { appraisalAgencies, pricePlatforms } from './schema';

/** A platform on the national list, as the simulator (or an administrator) publishes it. */
export interface PlatformEntry {
  code: string;
  name: string;
  endpoint: string;
  key?: string;
}

/** The demo's list of appraisal agencies (评估机构名单) the court draws from. */
export const DEMO_AGENCIES: readonly { code: string; name: string }[] = [
  { code: 'agency.zhongshang', name: '北京中商资产评估有限公司' },
  { code: 'agency.huaxia', name: '华夏房地产土地评估有限公司' },
  { code: 'agency.jinghua', name: '京华信诚资产评估事务所' },
  { code: 'agency.tianyuan', name: '天源资产评估有限公司' },
  { code: 'agency.zhonglian', name: '中联资产评估集团有限公司' },
  { code: 'agency.lianhe', name: '联合中和土地房地产评估有限公司' },
  { code: 'agency.guozhong', name: '国众联资产评估土地房地产估价有限公司' },
  { code: 'agency.kaiyuan', name: '开元资产评估有限公司' },
];

/** Registers (or updates) the platforms of the national list; keys derived from `secret` when absent. */
export async function importPlatforms(
  ctx: ValuationContext,
  actor: Actor,
  entries: readonly PlatformEntry[],
  options: { secret?: string } = {},
): Promise<number> {
  const { derivedKey } = await import('@zhixing/assist-protocol');
  return ctx.database.transaction(async (tx) => {
    const now = ctx.clock.now();
    for (const entry of entries) {
      const key = entry.key ?? (options.secret ? derivedKey(options.secret, entry.code) : undefined);
      if (!key) throw invalid('key', { zh: '缺少平台密钥', en: 'the platform key is missing' });
      await tx.db
        .insert(pricePlatforms)
        .values({
          code: entry.code,
          name: entry.name,
          endpoint: entry.endpoint,
          key,
          createdAt: now,
          updatedAt: now,
        })
        .onConflictDoUpdate({
          target: pricePlatforms.code,
          set: { name: entry.name, endpoint: entry.endpoint, key, active: 1, updatedAt: now },
        });
    }
    await ctx.audit.append(tx, {
      actor,
      courtId: null,
      action: 'valuation.platforms.import',
      subject: 'price_platforms',
      after: entries.map(({ code, name, endpoint }) => ({ code, name, endpoint })),
    });
    return entries.length;
  });
}

/** Seeds the demo list of agencies once (an empty list only). */
export async function seedAgencies(
  ctx: ValuationContext,
  list: readonly { code: string; name: string }[] = DEMO_AGENCIES,
): Promise<void> {
  const now = ctx.clock.now();
  await ctx.database.db
    .insert(appraisalAgencies)
    .values(list.map((a) => ({ ...a, createdAt: now })))
    .onConflictDoNothing();
}
