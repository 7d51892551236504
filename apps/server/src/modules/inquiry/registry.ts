import { createHash } from 'node:crypto';
import { CATEGORY_CODES, derivedKey } from '@zhixing/assist-protocol';
import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Clock } from '../../platform/clock';
import type { Database, Db } from '../../platform/db';
import { conflict, invalid, notFound } from '../../platform/errors';
import { RECORDS } from '../../platform/messages';
import type { Actor, AuditService } from '../audit/service';
import { institutions } from './schema';

export type InstitutionRow = typeof institutions.$inferSelect;

const text = (max: number) => z.string().trim().min(1).max(max);

/** What an administrator sets. `key` is write-only: it is never presented back. */
export const institutionInput = z
  .object({
    code: z.string().regex(/^[a-z_]+\.[a-z0-9_.-]{1,60}$/, 'must look like bank.icbc: category, dot, name'),
    name: text(100),
    category: z.enum(CATEGORY_CODES),
    endpoint: z.url().max(500),
    key: z.string().min(16, 'at least 16 characters').max(200),
    maxBatch: z.number().int().min(1).max(1000).default(1000),
    concurrency: z.number().int().min(1).max(64).default(2),
    timeoutMs: z.number().int().min(100).max(120_000).default(10_000),
    supportsFreeze: z.boolean().default(false),
    supportsDeduct: z.boolean().default(false),
    active: z.boolean().default(true),
  })
  .strict();
export type InstitutionInput = z.infer<typeof institutionInput>;

export const institutionPatch = institutionInput.omit({ code: true }).partial().strict();
export type InstitutionPatch = z.infer<typeof institutionPatch>;

/**
 * A catalog of institutions (an array, or `{institutions: [...]}`), as the simulator's
 * `GET /sim/institutions` serves it or a deployment writes it. An entry without a key gets one
 * derived from a shared secret when the importer is given one.
 */
export const catalogEntry = z.object({
  ...institutionInput.shape,
  key: institutionInput.shape.key.optional(),
});
export const catalogSchema = z.union([
  z.array(catalogEntry),
  z
    .object({ institutions: z.array(catalogEntry) })
    .passthrough()
    .transform((c) => c.institutions),
]);
export type CatalogEntry = z.input<typeof catalogEntry>;

/** A key's fingerprint, for the audit trail and the admin view: never the key itself. */
export function keyFingerprint(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 12);
}

/** The row as the audit digests it: the key replaced by its fingerprint. */
function audited(row: InstitutionRow) {
  const { key, ...rest } = row;
  return { ...rest, keyFingerprint: keyFingerprint(key) };
}

/** 协助执行单位名录: the registry administrators keep. */
export class InstitutionRegistry {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  list(db: Db, filter: { categories?: readonly string[]; activeOnly?: boolean } = {}) {
    const where: SQL[] = [];
    if (filter.categories && filter.categories.length > 0)
      where.push(inArray(institutions.category, [...filter.categories]));
    if (filter.activeOnly) where.push(eq(institutions.active, true));
    return db
      .select()
      .from(institutions)
      .where(and(...where))
      .orderBy(asc(institutions.category), asc(institutions.code));
  }

  async get(db: Db, id: string): Promise<InstitutionRow> {
    const [row] = await db.select().from(institutions).where(eq(institutions.id, id));
    if (!row) throw notFound(RECORDS.institution);
    return row;
  }

  async byCode(db: Db, code: string): Promise<InstitutionRow | undefined> {
    const [row] = await db.select().from(institutions).where(eq(institutions.code, code));
    return row;
  }

  create(actor: Actor, input: InstitutionInput): Promise<InstitutionRow> {
    return this.database.transaction(async (tx) => {
      if (await this.byCode(tx.db, input.code)) {
        throw conflict({
          zh: `协助执行单位${input.code}已登记`,
          en: `An institution ${input.code} is already registered`,
        });
      }
      const now = this.clock.now();
      const [row] = await tx.db
        .insert(institutions)
        .values({ ...input, keyUpdatedAt: now, createdAt: now, updatedAt: now })
        .returning();
      if (!row) throw new Error('insert returned no institution');
      await this.audit.append(tx, {
        actor,
        courtId: null,
        action: 'institution.create',
        subject: `institution:${row.code}`,
        after: audited(row),
      });
      return row;
    });
  }

  update(actor: Actor, id: string, patch: InstitutionPatch): Promise<InstitutionRow> {
    return this.database.transaction(async (tx) => {
      const [before] = await tx.db.select().from(institutions).where(eq(institutions.id, id)).for('update');
      if (!before) throw notFound(RECORDS.institution);
      const now = this.clock.now();
      const [after] = await tx.db
        .update(institutions)
        .set({ ...patch, ...(patch.key ? { keyUpdatedAt: now } : {}), updatedAt: now })
        .where(eq(institutions.id, id))
        .returning();
      if (!after) throw notFound(RECORDS.institution);
      await this.audit.append(tx, {
        actor,
        courtId: null,
        action: 'institution.update',
        subject: `institution:${after.code}`,
        before: audited(before),
        after: audited(after),
      });
      return after;
    });
  }

  /**
   * Adds or updates every institution of a catalog by code, in one transaction with one audit entry;
   * entries that match the registry already change nothing (a demo re-imports on every start).
   */
  importCatalog(
    actor: Actor,
    entries: readonly CatalogEntry[],
    options: { secret?: string } = {},
  ): Promise<{ added: number; updated: number }> {
    const resolved = entries.map((entry, index) => {
      const key = entry.key ?? (options.secret ? derivedKey(options.secret, entry.code) : undefined);
      if (!key)
        throw invalid(`institutions.${index}.key`, {
          zh: '缺少密钥，且没有可据以派生的主密钥',
          en: 'missing, and no secret to derive it from',
        });
      // Parsing the entry as a catalog entry drops what the registry does not keep (a simulator's `region`).
      return institutionInput.parse({ ...catalogEntry.parse(entry), key });
    });
    return this.database.transaction(async (tx) => {
      const codes = resolved.map((entry) => entry.code);
      const existing = new Map(
        (await tx.db.select().from(institutions).where(inArray(institutions.code, codes))).map((row) => [
          row.code,
          row,
        ]),
      );
      const now = this.clock.now();
      const changed = resolved.filter((entry) => {
        const before = existing.get(entry.code);
        return (
          !before ||
          Object.entries(entry).some(([field, value]) => before[field as keyof InstitutionRow] !== value)
        );
      });
      if (changed.length === 0) return { added: 0, updated: 0 };
      for (const entry of changed) {
        const before = existing.get(entry.code);
        if (before) {
          await tx.db
            .update(institutions)
            .set({ ...entry, ...(before.key === entry.key ? {} : { keyUpdatedAt: now }), updatedAt: now })
            .where(eq(institutions.id, before.id));
        } else {
          await tx.db
            .insert(institutions)
            .values({ ...entry, keyUpdatedAt: now, createdAt: now, updatedAt: now });
        }
      }
      await this.audit.append(tx, {
        actor,
        courtId: null,
        action: 'institution.import',
        subject: `institutions:${changed.length}`,
        after: changed.map((entry) => ({ ...entry, key: keyFingerprint(entry.key) })),
      });
      const added = changed.filter((entry) => !existing.has(entry.code)).length;
      return { added, updated: changed.length - added };
    });
  }
}
