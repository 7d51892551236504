import type { Text } from './i18n';

/**
 * Limits on the shape of any input (body, query string, path) applied before a route's own schema,
 * so that no route meets text PostgreSQL cannot store or a shape that exhausts the stack or the
 * validator. A route's zod schema narrows further; these only bound what reaches it.
 */
export interface InputLimits {
  /** Nesting of objects and arrays (the input itself is depth 0). */
  maxDepth: number;
  /** Keys of one object. */
  maxKeys: number;
  /** Items of one array. */
  maxItems: number;
  /** UTF-16 code units of one string (a key or a value). */
  maxStringLength: number;
}

export const DEFAULT_INPUT_LIMITS: InputLimits = {
  maxDepth: 32,
  maxKeys: 200,
  maxItems: 10_000,
  maxStringLength: 65_536,
};

export interface InputProblem {
  /** The field, dot-separated from the input's root (`debtors.0.name`), or the root's own name. */
  path: string;
  message: Text;
}

/**
 * A NUL (PostgreSQL refuses it in text) or a UTF-16 surrogate without its pair (not Unicode text; with
 * the `u` flag a pair is one code point, so a surrogate class matches only a lone one).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding NUL is the point.
const UNSTORABLE = /\u0000|[\ud800-\udfff]/u;
const UNSTORABLE_ALL = new RegExp(UNSTORABLE.source, 'gu');

function stringProblem(text: string, limits: InputLimits): Text | null {
  if (text.length > limits.maxStringLength) {
    return {
      zh: `文字过长（最多 ${limits.maxStringLength.toLocaleString('en-US')} 个字符）`,
      en: `text too long (at most ${limits.maxStringLength.toLocaleString('en-US')} characters)`,
    };
  }
  if (!UNSTORABLE.test(text)) return null;
  return text.includes('\u0000')
    ? {
        zh: '含有空字符（\\u0000），无法保存',
        en: 'contains a NUL character (\\u0000), which cannot be stored',
      }
    : {
        zh: '含有不成对的代理字符，不是有效的 Unicode 文本',
        en: 'contains a lone surrogate: not valid Unicode text',
      };
}

/** A request line whose percent-encoded bytes are not UTF-8. */
export const NOT_UTF8: Text = {
  zh: '不是有效的 UTF-8 编码（例如含有不成对的代理字符）',
  en: 'is not valid UTF-8 (a lone surrogate, for example)',
};

/**
 * A request line's path segments and query parameters must be UTF-8 once percent-decoded: the bytes
 * of a lone surrogate (%ED%A0%80) or any other invalid sequence are refused, where the parser would
 * have replaced them with U+FFFD. Names the query parameter, or `path`.
 */
export function urlProblem(url: string): InputProblem | null {
  const [path = '', query = ''] = url.split('?', 2);
  if (!decodes(path)) return { path: 'path', message: NOT_UTF8 };
  for (const pair of query.split('&')) {
    const [key = '', value = ''] = pair.split('=', 2);
    if (!decodes(key) || !decodes(value)) {
      return { path: decodes(key) ? decodeURIComponent(key) : 'query', message: NOT_UTF8 };
    }
  }
  return null;
}

function decodes(encoded: string): boolean {
  try {
    decodeURIComponent(encoded.replaceAll('+', ' '));
    return true;
  } catch {
    return false;
  }
}

/** A key as it can be named in a problem: unstorable characters escaped, long keys cut. */
function nameOf(key: string): string {
  const shown = key.length > 64 ? `${key.slice(0, 64)}…` : key;
  return shown.replace(UNSTORABLE_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function join(parent: string, key: string): string {
  return parent ? `${parent}.${nameOf(key)}` : nameOf(key);
}

/**
 * The first part of an input that breaks the limits, or null. Walks without recursion, so an input
 * nested far deeper than allowed is refused rather than overflowing the stack.
 * `root` names the input itself when it is not an object ('' for a body: its fields are named alone).
 */
export function inputProblem(
  input: unknown,
  root: string,
  limits: InputLimits = DEFAULT_INPUT_LIMITS,
): InputProblem | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: input, path: '', depth: 0 }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { value, path, depth } = next;
    const at = path || root;
    if (typeof value === 'string') {
      const message = stringProblem(value, limits);
      if (message) return { path: at, message };
      continue;
    }
    if (value === null || typeof value !== 'object' || Buffer.isBuffer(value)) continue;
    if (depth >= limits.maxDepth) {
      return {
        path: at,
        message: {
          zh: `嵌套过深（最多 ${limits.maxDepth} 层）`,
          en: `nested too deep (at most ${limits.maxDepth} levels)`,
        },
      };
    }
    if (Array.isArray(value)) {
      if (value.length > limits.maxItems) {
        return {
          path: at,
          message: {
            zh: `项目过多（最多 ${limits.maxItems} 项）`,
            en: `too many items (at most ${limits.maxItems})`,
          },
        };
      }
      for (let i = value.length - 1; i >= 0; i--) {
        stack.push({ value: value[i], path: join(path, String(i)), depth: depth + 1 });
      }
      continue;
    }
    const keys = Object.keys(value);
    if (keys.length > limits.maxKeys) {
      return {
        path: at,
        message: {
          zh: `字段过多（最多 ${limits.maxKeys} 个）`,
          en: `too many fields (at most ${limits.maxKeys})`,
        },
      };
    }
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i] as string;
      const keyProblem = stringProblem(key, limits);
      if (keyProblem)
        return {
          path: join(path, key),
          message: { zh: `字段名${keyProblem.zh}`, en: `field name ${keyProblem.en}` },
        };
      stack.push({ value: (value as Record<string, unknown>)[key], path: join(path, key), depth: depth + 1 });
    }
  }
  return null;
}
