import { asc, eq } from 'drizzle-orm';
import { conflict, invalid, notFound } from '../../platform/errors';
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

// ─── The administrator's pages (系统管理 › 询价评估名单) ───────────────────────────────────────────────

const LIST_RECORD = {
  platform: { zh: '询价平台', en: 'Price platform' },
  agency: { zh: '评估机构', en: 'Agency' },
};

/** Both lists as the administrator sees them: never a platform's key. */
export async function readLists(ctx: ValuationContext) {
  const db = ctx.database.db;
  const platforms = await db.select().from(pricePlatforms).orderBy(asc(pricePlatforms.code));
  const agencies = await db.select().from(appraisalAgencies).orderBy(asc(appraisalAgencies.code));
  return {
    platforms: platforms.map((p) => ({
      code: p.code,
      name: p.name,
      endpoint: p.endpoint,
      active: p.active === 1,
      updatedAt: p.updatedAt.toISOString(),
    })),
    agencies: agencies.map((a) => ({ code: a.code, name: a.name, active: a.active === 1 })),
  };
}

export type ListKind = 'platform' | 'agency';

/** Adds a platform (with its key) or an agency to its list; a code already there is refused. */
export async function addToList(
  ctx: ValuationContext,
  actor: Actor,
  kind: ListKind,
  entry: { code: string; name: string; endpoint?: string; key?: string },
): Promise<void> {
  await ctx.database.transaction(async (tx) => {
    const now = ctx.clock.now();
    const added =
      kind === 'platform'
        ? await tx.db
            .insert(pricePlatforms)
            .values({
              code: entry.code,
              name: entry.name,
              endpoint: entry.endpoint ?? '',
              key: entry.key ?? '',
              createdAt: now,
              updatedAt: now,
            })
            .onConflictDoNothing()
            .returning({ code: pricePlatforms.code })
        : await tx.db
            .insert(appraisalAgencies)
            .values({ code: entry.code, name: entry.name, createdAt: now })
            .onConflictDoNothing()
            .returning({ code: appraisalAgencies.code });
    if (added.length === 0)
      throw conflict({
        zh: `${LIST_RECORD[kind].zh}代码${entry.code}已在名单中`,
        en: `${LIST_RECORD[kind].en} ${entry.code} is already on the list`,
      });
    await ctx.audit.append(tx, {
      actor,
      courtId: null,
      action: `valuation.${kind}.add`,
      subject: `${kind}:${entry.code}`,
      after: { code: entry.code, name: entry.name, endpoint: entry.endpoint ?? null },
    });
  });
}

/**
 * Enables or disables an entry, or renames it (a platform: its endpoint, its key). A disabled platform
 * gets no new inquiry and a disabled agency is not drawn; what they already have runs on.
 */
export async function updateListEntry(
  ctx: ValuationContext,
  actor: Actor,
  kind: ListKind,
  code: string,
  change: { active?: boolean; name?: string; endpoint?: string; key?: string },
): Promise<void> {
  await ctx.database.transaction(async (tx) => {
    const active = change.active === undefined ? {} : { active: change.active ? 1 : 0 };
    const name = change.name === undefined ? {} : { name: change.name };
    const [before] =
      kind === 'platform'
        ? await tx.db.select().from(pricePlatforms).where(eq(pricePlatforms.code, code)).for('update')
        : await tx.db.select().from(appraisalAgencies).where(eq(appraisalAgencies.code, code)).for('update');
    if (!before) throw notFound(LIST_RECORD[kind]);
    if (kind === 'platform')
      await tx.db
        .update(pricePlatforms)
        .set({
          ...active,
          ...name,
          ...(change.endpoint === undefined ? {} : { endpoint: change.endpoint }),
          ...(change.key === undefined ? {} : { key: change.key }),
          updatedAt: ctx.clock.now(),
        })
        .where(eq(pricePlatforms.code, code));
    else
      await tx.db
        .update(appraisalAgencies)
        .set({ ...active, ...name })
        .where(eq(appraisalAgencies.code, code));
    const { key: _secret, ...visible } = before as typeof before & { key?: string };
    await ctx.audit.append(tx, {
      actor,
      courtId: null,
      action: `valuation.${kind}.update`,
      subject: `${kind}:${code}`,
      before: visible,
      after: { ...active, ...name, endpoint: change.endpoint, keyChanged: change.key !== undefined },
    });
  });
}
