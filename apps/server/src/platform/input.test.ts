import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUT_LIMITS, inputProblem, urlProblem } from './input';

const limits = { maxDepth: 4, maxKeys: 3, maxItems: 5, maxStringLength: 10 };

/** `{"a":{"a":…}}` nested `depth` deep, built without recursion. */
function nested(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i += 1) value = { a: value };
  return value;
}

describe('inputProblem', () => {
  it('accepts ordinary input, Chinese text and astral characters (surrogate pairs) included', () => {
    const filing = { name: '王小明', note: '😀 ok', parties: [{ id: 1, tags: ['a', 'b'] }], flag: null };
    expect(inputProblem(filing, 'body')).toBeNull();
    expect(inputProblem(undefined, 'body')).toBeNull();
    expect(inputProblem(Buffer.from([0, 0xd8]), 'body')).toBeNull();
  });

  it('names the field holding a NUL or a lone surrogate, in a value or a key', () => {
    expect(inputProblem({ a: [{ b: 'x\u0000y' }] }, 'body')).toMatchObject({
      path: 'a.0.b',
      message: { zh: expect.stringContaining('空字符'), en: expect.stringContaining('NUL') },
    });
    expect(inputProblem({ q: '\ud800' }, 'query')?.path).toBe('q');
    expect(inputProblem({ q: 'x\udc00' }, 'query')?.message.en).toMatch(/lone surrogate/);
    expect(inputProblem('\u0000', 'body')?.path).toBe('body');
    expect(inputProblem({ 'k\u0000': 1 }, 'body')).toMatchObject({
      path: 'k\\u0000',
      message: { en: expect.stringMatching(/^field name/) },
    });
  });

  it('bounds depth, keys, items and string length, naming where', () => {
    expect(inputProblem(nested(4), 'body', limits)).toBeNull();
    expect(inputProblem(nested(5), 'body', limits)?.path).toBe('a.a.a.a');
    expect(inputProblem({ a: 1, b: 2, c: 3, d: 4 }, 'body', limits)?.message.en).toMatch(/too many fields/);
    expect(inputProblem({ list: [1, 2, 3, 4, 5, 6] }, 'body', limits)?.path).toBe('list');
    expect(inputProblem({ s: 'x'.repeat(11) }, 'body', limits)?.message.en).toMatch(/too long/);
    expect(inputProblem({ ['k'.repeat(11)]: 1 }, 'body', limits)?.path).toBe('k'.repeat(11));
  });

  it('walks 100,000 levels without overflowing the stack', () => {
    expect(inputProblem(nested(100_000), 'body')?.path.split('.')).toHaveLength(
      DEFAULT_INPUT_LIMITS.maxDepth,
    );
  });

  it('finds an unstorable character wherever it is put in any JSON value', () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 3 }),
        fc.constantFrom('\u0000', '\ud800', '\udfff'),
        (value, bad) => {
          const input = { value, hidden: [{ deep: `text${bad}` }] };
          expect(inputProblem(input, 'body')?.path).toBe('hidden.0.deep');
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('urlProblem', () => {
  it('refuses percent-encoded bytes that are not UTF-8, naming the query parameter or the path', () => {
    expect(urlProblem('/api/cases?q=%ED%A0%80')).toMatchObject({
      path: 'q',
      message: { en: 'is not valid UTF-8 (a lone surrogate, for example)' },
    });
    expect(urlProblem('/api/cases?status=open&q=a%FFb')?.path).toBe('q');
    expect(urlProblem('/api/cases/%ED%A0%80')?.path).toBe('path');
    expect(urlProblem('/api/cases?%ED%A0%80=1')?.path).toBe('query');
  });

  it('lets valid UTF-8 through, Chinese and plus signs included', () => {
    expect(urlProblem('/api/cases?q=%E6%B7%91%E5%9B%BD&page=2')).toBeNull();
    expect(urlProblem('/api/cases?q=a+b&flag=')).toBeNull();
    expect(urlProblem('/api/cases/0193f1c2-0000-7000-8000-000000000000')).toBeNull();
    expect(urlProblem('/api/health')).toBeNull();
  });
});
