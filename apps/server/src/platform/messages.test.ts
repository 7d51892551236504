/// <reference types="vite/client" />
/**
 * Every message a user can read is written in both languages. The walk covers what the modules keep as
 * data — rules' titles and parameters, names of states, records and acts, shared field messages — and
 * every clause the rulebook cites; a `{ zh, en }` object missing a language, or left empty, or with no
 * Chinese in its Chinese, fails here. (Messages built at the moment, such as a refusal's, are typed
 * `Text`: the compiler refuses one without both languages.)
 */
import { describe, expect, it } from 'vitest';
import { assetsRulebookPart } from '../modules/assets/rules';
import { casesRulebookPart } from '../modules/cases/rules';
import { type Clause, clauseText, Rulebook, sourceNameZh } from '../modules/compliance/rules';
import { inquiryRulebookPart } from '../modules/inquiry/rules';

const HAN = /\p{Script=Han}/u;
const modules = import.meta.glob(['../modules/*/rules.ts', '../modules/*/events.ts', './messages.ts'], {
  eager: true,
});

/** Every `{ zh?, en? }` object reachable from a value, with where it was found. */
function textsIn(value: unknown, where: string, seen = new Set<unknown>()): [string, object][] {
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  const found: [string, object][] = 'zh' in value || 'en' in value ? [[where, value]] : [];
  for (const [key, inner] of Object.entries(value)) found.push(...textsIn(inner, `${where}.${key}`, seen));
  return found;
}

/** What is wrong with a text, or null. */
function problemOf(text: Record<string, unknown>): string | null {
  if (typeof text.zh !== 'string' || text.zh.trim() === '') return 'no Chinese';
  if (typeof text.en !== 'string' || text.en.trim() === '') return 'no English';
  if (!HAN.test(text.zh)) return `Chinese without a Chinese character: ${text.zh}`;
  return null;
}

describe('messages in both languages', () => {
  it('finds the modules’ message data', () => {
    expect(Object.keys(modules).length).toBeGreaterThanOrEqual(6);
  });

  it('has every key in Chinese and in English, in every module’s data', () => {
    const texts = Object.entries(modules).flatMap(([file, exports]) => textsIn(exports, file));
    expect(texts.length).toBeGreaterThan(50);
    const problems = texts.flatMap(([where, text]) => {
      const problem = problemOf(text as Record<string, unknown>);
      return problem ? [`${where}: ${problem}`] : [];
    });
    expect(problems).toEqual([]);
  });

  it('catches a text that lacks a language', () => {
    expect(problemOf({ zh: '已冻结' })).toBe('no English');
    expect(problemOf({ en: 'Frozen' })).toBe('no Chinese');
    expect(problemOf({ zh: 'Frozen', en: 'Frozen' })).toContain('without a Chinese character');
    expect(textsIn({ a: { b: { zh: 'x' } } }, 'm')).toEqual([['m.a.b', { zh: 'x' }]]);
  });

  it('cites every clause of the rulebook with a Chinese name of its source', () => {
    const book = new Rulebook([casesRulebookPart, inquiryRulebookPart, assetsRulebookPart]);
    const rules = [...book.deadlines(), ...book.warnings(), ...book.guards()];
    const clauses: Clause[] = rules.flatMap((rule) => [rule.clause, ...(rule.see ?? [])]);
    expect(clauses.length).toBeGreaterThan(10);
    for (const clause of clauses) {
      expect(sourceNameZh(clause.source), clause.source).not.toBe(clause.source);
      expect(problemOf({ ...clauseText(clause) }), clause.source).toBeNull();
    }
    for (const rule of [...book.deadlines(), ...book.warnings()]) {
      expect(problemOf({ ...rule.title }), rule.id).toBeNull();
    }
  });
});
