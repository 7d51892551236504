/**
 * Subjects' holdings as the institutions keep them. A subject nobody has touched is answered from
 * its derived holdings; the first control on it (or a test's PUT) materialises them, and from then on
 * freezes, deductions and releases change the stored copy. Copy on write keeps memory to the subjects
 * that were actually controlled, not the millions that were merely queried.
 */
import { CATEGORY_CODES, fen } from '@zhixing/assist-protocol';
import { z } from 'zod';
import { type Asset, allocate, isDivisible, presentControl, presentHolding, stateOf } from './assets';
import type { SimInstitution } from './catalog';
import { type HoldingsDeriver, isPersonIdentifier } from './holdings';

export const identifierSchema = z
  .string()
  .regex(/^[0-9A-Z]{17}[0-9A-Z]$/, 'must be 18 characters, digits and capitals');

export const holdingInputSchema = z
  .object({
    category: z.enum(CATEGORY_CODES),
    /** The institution's code; by default the category's first institution (bank.icbc, alipay, the registry). */
    institution: z.string().min(1).max(60).optional(),
    assetRef: z.string().trim().min(1).max(100).optional(),
    description: z.string().trim().min(1).max(300).optional(),
    balance: fen.optional(),
    value: fen.optional(),
  })
  .strict();

export const putSubjectSchema = z.object({ holdings: z.array(holdingInputSchema).max(500) }).strict();
export type PutSubject = z.infer<typeof putSubjectSchema>;

export class InputError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
  }
}

export class Subjects {
  private readonly materialised = new Map<string, Asset[]>();
  private readonly firstOfCategory = new Map<string, SimInstitution>();

  constructor(
    private readonly deriver: HoldingsDeriver,
    private readonly byCode: ReadonlyMap<string, SimInstitution>,
  ) {
    for (const institution of byCode.values())
      if (!this.firstOfCategory.has(institution.category))
        this.firstOfCategory.set(institution.category, institution);
  }

  get materialisedCount(): number {
    return this.materialised.size;
  }

  isMaterialised(identifier: string): boolean {
    return this.materialised.has(identifier);
  }

  /** What the subject holds at one institution, without materialising anything. */
  at(identifier: string, institution: SimInstitution): Asset[] {
    const stored = this.materialised.get(identifier);
    if (!stored) return this.deriver.derive(identifier, institution);
    return stored.filter((asset) => asset.institution === institution.code);
  }

  /** One asset of the subject by its reference, wherever it is held (nothing is materialised). */
  find(identifier: string, assetRef: string): Asset | undefined {
    const assets = this.materialised.get(identifier) ?? this.deriver.derive(identifier);
    return assets.find((asset) => asset.assetRef === assetRef);
  }

  /** The stored holdings, derived and stored first if this is the first change. */
  materialise(identifier: string): Asset[] {
    let stored = this.materialised.get(identifier);
    if (!stored) {
      stored = this.deriver.derive(identifier);
      this.materialised.set(identifier, stored);
    }
    return stored;
  }

  /** Replaces the subject's holdings with the given ones (a test or a demo sets them). */
  put(identifier: string, input: PutSubject): void {
    const counters = new Map<string, number>();
    const assets = input.holdings.map((holding, i) => {
      const path = `holdings.${i}`;
      const institution = this.institutionFor(holding.category, holding.institution, path);
      const n = counters.get(institution.code) ?? 0;
      counters.set(institution.code, n + 1);
      const invented = this.deriver.invent(identifier, institution, n);
      const divisible = isDivisible(holding.category);
      if (divisible && holding.value !== undefined)
        throw new InputError(`${path}.value`, `${holding.category} has a balance, not a value`);
      if (!divisible && holding.balance !== undefined)
        throw new InputError(`${path}.balance`, `${holding.category} has a value, not a balance`);
      const asset: Asset = {
        ...invented,
        assetRef: holding.assetRef ?? invented.assetRef,
        description: holding.description ?? invented.description,
        ...(divisible ? { balance: holding.balance ?? 0 } : { value: holding.value ?? invented.value }),
        controls: [],
      };
      return asset;
    });
    const refs = new Set<string>();
    assets.forEach((asset, i) => {
      const key = `${asset.institution}\n${asset.assetRef}`;
      if (refs.has(key))
        throw new InputError(`holdings.${i}.assetRef`, 'is already used at this institution');
      refs.add(key);
      allocate(asset);
    });
    this.materialised.set(identifier, assets);
  }

  /** Back to the derived holdings. */
  forget(identifier: string): void {
    this.materialised.delete(identifier);
  }

  view(identifier: string) {
    const stored = this.materialised.get(identifier);
    const assets = stored ?? this.deriver.derive(identifier);
    return {
      identifier,
      kind: isPersonIdentifier(identifier) ? 'person' : 'entity',
      materialised: stored !== undefined,
      holdings: assets.map((asset) => ({
        institution: asset.institution,
        ...presentHolding(asset),
        controls: asset.controls.map((control) => ({
          ...presentControl(asset, control),
          state: stateOf(asset, control),
          court: control.court,
          courtCode: control.courtCode,
          caseNumber: control.caseNumber,
          ...(control.claim !== undefined ? { claim: control.claim } : {}),
        })),
      })),
    };
  }

  private institutionFor(category: string, code: string | undefined, path: string): SimInstitution {
    const institution = code === undefined ? this.firstOfCategory.get(category) : this.byCode.get(code);
    if (!institution)
      throw new InputError(
        `${path}.institution`,
        code ? `no institution ${code}` : `no institution of ${category}`,
      );
    if (institution.category !== category)
      throw new InputError(
        `${path}.institution`,
        `${code} is of category ${institution.category}, not ${category}`,
      );
    return institution;
  }
}
