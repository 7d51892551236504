import type { AssetRegister } from '../../../../api/assets';
import { CATEGORIES } from './labels';

export interface CategoryTotal {
  key: string;
  name: string;
  count: number;
  /** Fen: balances of money, known values of other property. */
  value: number;
  /** Fen: what the case holds of it (frozen, seized, deducted). */
  controlled: number;
  unvalued: number;
}

/** What was found in each of the nine categories (a category without finds shows 0). */
export function totalsByCategory(
  register: Pick<AssetRegister, 'items' | 'summary'>,
  name: (code: string) => string,
): CategoryTotal[] {
  return CATEGORIES.map(({ code }) => {
    const summary = register.summary.find((s) => s.category === code);
    const found = register.items.filter((a) => a.category === code);
    return {
      key: code,
      name: name(code),
      count: summary?.count ?? 0,
      value: (summary?.balance ?? 0) + (summary?.value ?? 0),
      controlled: summary?.controlled ?? 0,
      unvalued: found.filter((a) => a.balance === null && a.value === null).length,
    };
  });
}
