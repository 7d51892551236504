import fc from 'fast-check';

/**
 * Property-based hostile input derived from a route's zod schema (for the generated route test): a
 * body shaped like the schema, then made hostile in one way the platform must refuse with a 400
 * before the route sees it. Reads zod 4's schema definitions (`_zod.def`).
 */
interface Def {
  type: string;
  [key: string]: unknown;
}

const defOf = (schema: unknown): Def | undefined =>
  (schema as { _zod?: { def?: Def } } | undefined)?._zod?.def;

/** Text that is fine to store: what a hostile part is hidden among. */
const safeText = fc.string({
  unit: fc.constantFrom('a', 'Z', '9', '王', '执', ' ', '-', '😀'),
  maxLength: 6,
});

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

/** Values shaped like the schema: its fields, arrays and choices (not always valid; never hostile). */
export function shapedLike(schema: unknown, depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  if (!def || depth > 8) return fc.constant(null);
  if (WRAPPERS.has(def.type)) return shapedLike(def.innerType, depth);
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, unknown>;
      const fields = Object.fromEntries(
        Object.entries(shape).map(([key, value]) => [key, shapedLike(value, depth + 1)]),
      );
      return fc.record(fields);
    }
    case 'array':
      return fc.array(shapedLike(def.element, depth + 1), { minLength: 1, maxLength: 2 });
    case 'record':
      return fc.dictionary(fc.constantFrom('k', 'note'), shapedLike(def.valueType, depth + 1), {
        maxKeys: 2,
      });
    case 'pipe':
      return shapedLike(def.in, depth);
    case 'union': {
      const options = (def.options as unknown[]).map((option) => shapedLike(option, depth));
      return options.length > 0 ? fc.oneof(...options) : fc.constant(null);
    }
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, string | number>));
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'number':
    case 'int':
      return fc.integer({ min: 0, max: 1000 });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'string':
      return textLike(def);
    default:
      return safeText;
  }
}

/** A string of the schema's format where zod names one (ids, dates, instants), so more bodies pass. */
function textLike(def: Def): fc.Arbitrary<string> {
  switch (def.format) {
    case 'uuid':
      return fc.uuid({ version: 4 });
    case 'date':
      return fc.constantFrom('2025-06-01', '2026-01-15');
    case 'datetime':
      return fc.constantFrom('2026-01-15T09:00:00+08:00', '2026-03-01T00:00:00Z');
    default:
      return safeText.filter((text) => text.trim().length > 0);
  }
}

/** The paths (from the root) of every string in a value. */
function stringPaths(value: unknown, path: string[] = []): string[][] {
  if (typeof value === 'string') return [path];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) => stringPaths(item, [...path, key]));
}

function setAt(root: unknown, path: string[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string, ...string[]];
  const container = (root ?? {}) as Record<string, unknown>;
  const copy = (Array.isArray(container) ? [...container] : { ...container }) as Record<string, unknown>;
  copy[head] = setAt(container[head], rest, value);
  return copy;
}

const DEEP = '<nested deep>';

export interface HostileBody {
  /** What is sent: a JSON text (built here, so a lone surrogate is sent as `\ud800` escaped). */
  payload: string;
  what: string;
  /** The field the 400 must name, when the hostility is in one field. */
  path?: string;
}

const unstorable = fc.constantFrom('\u0000', '\ud800', '\udfff');

/** A body shaped like `schema` (or `{}` without one) and then made hostile. */
export function hostileBody(schema: unknown): fc.Arbitrary<HostileBody> {
  const base = defOf(schema) ? shapedLike(schema) : fc.constant({});
  return fc.tuple(base, fc.nat(), unstorable, fc.nat({ max: 5 })).map(([shaped, pick, bad, kind]) => {
    const body = shaped !== null && typeof shaped === 'object' ? shaped : { value: shaped };
    const leaves = stringPaths(body);
    const leaf = leaves.length > 0 ? (leaves[pick % leaves.length] as string[]) : ['note'];
    const json = (value: unknown) => JSON.stringify(value);
    switch (kind) {
      case 0:
        return {
          what: 'unstorable text',
          path: leaf.join('.'),
          payload: json(setAt(body, leaf, `a${bad}b`)),
        };
      case 1:
        return {
          what: 'unstorable field name',
          path: `x${bad === '\u0000' ? '\\u0000' : `\\u${bad.charCodeAt(0).toString(16)}`}`,
          payload: json({ ...body, [`x${bad}`]: 1 }),
        };
      case 2: {
        // Written as text: JSON.stringify itself would overflow the stack on the deepest.
        const depth = 40 + (pick % 10_000);
        const deep = `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
        return { what: 'nested deep', payload: json(setAt(body, leaf, DEEP)).replace(`"${DEEP}"`, deep) };
      }
      case 3:
        return {
          what: 'many unknown fields',
          payload: json({
            ...body,
            ...Object.fromEntries(Array.from({ length: 201 + (pick % 10_000) }, (_, i) => [`u${i}`, i])),
          }),
        };
      case 4:
        return {
          what: 'a string too long',
          path: leaf.join('.'),
          payload: json(setAt(body, leaf, 'x'.repeat(65_537))),
        };
      default:
        return { what: 'not JSON', path: 'body', payload: json(body).slice(0, -1) };
    }
  });
}
