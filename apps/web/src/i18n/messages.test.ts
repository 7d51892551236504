/// <reference types="vite/client" />
/**
 * Every message key the web shows has both languages: the dictionaries key by key (with the same
 * placeholders), and every `{ zh, en }` name in the labels modules. A key or a name lacking a language
 * fails here.
 */
import { describe, expect, it } from 'vitest';
import { assetsRulebookPart } from '../../../server/src/modules/assets/rules';
import { casesRulebookPart } from '../../../server/src/modules/cases/rules';
import { inquiryRulebookPart } from '../../../server/src/modules/inquiry/rules';
import { RULES } from '../areas/workbench/cases/labels';
import { loginEn, loginZh } from '../login/text';
import { enUS } from './en-US';
import { zhCN } from './zh-CN';

const HAN = /\p{Script=Han}/u;
/** Keys whose Chinese is deliberately not Chinese (the sign-in page's Latin subtitle). */
const LATIN_IN_CHINESE = new Set(['app.subtitle']);
const labels = import.meta.glob('../areas/**/labels.ts', { eager: true });

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function namesIn(
  value: unknown,
  where: string,
  seen = new Set<unknown>(),
): [string, Record<string, unknown>][] {
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  const found: [string, Record<string, unknown>][] =
    'zh' in value || 'en' in value ? [[where, value as Record<string, unknown>]] : [];
  for (const [key, inner] of Object.entries(value)) found.push(...namesIn(inner, `${where}.${key}`, seen));
  return found;
}

function problemOf(name: Record<string, unknown>): string | null {
  if (typeof name.zh !== 'string' || name.zh.trim() === '') return 'no Chinese';
  if (typeof name.en !== 'string' || name.en.trim() === '') return 'no English';
  if (!HAN.test(name.zh)) return `Chinese without a Chinese character: ${name.zh}`;
  return null;
}

describe('the web’s messages in both languages', () => {
  it('has every dictionary key in both, non-empty, with the same placeholders', () => {
    const zhKeys = Object.keys(zhCN).sort();
    expect(Object.keys(enUS).sort()).toEqual(zhKeys);
    const problems = zhKeys.flatMap((key) => {
      const zh = zhCN[key as keyof typeof zhCN];
      const en = enUS[key as keyof typeof enUS];
      if (!zh.trim() || !en.trim()) return [`${key}: empty`];
      if (!LATIN_IN_CHINESE.has(key) && !HAN.test(zh)) return [`${key}: no Chinese in the Chinese`];
      return JSON.stringify(placeholders(zh)) === JSON.stringify(placeholders(en))
        ? []
        : [`${key}: placeholders`];
    });
    expect(problems).toEqual([]);
  });

  it('has the sign-in page’s words (its own small dictionary) in both languages', () => {
    expect(Object.keys(loginEn).sort()).toEqual(Object.keys(loginZh).sort());
    const problems = Object.entries(loginZh).flatMap(([key, zh]) => {
      const en = loginEn[key as keyof typeof loginEn];
      if (!zh.trim() || !en.trim()) return [`${key}: empty`];
      if (!HAN.test(zh)) return [`${key}: no Chinese in the Chinese`];
      if (HAN.test(en)) return [`${key}: Chinese in the English`];
      return JSON.stringify(placeholders(zh)) === JSON.stringify(placeholders(en))
        ? []
        : [`${key}: placeholders`];
    });
    expect(problems).toEqual([]);
    // Shared with the app: the same name and footer as the app's dictionaries give.
    expect(loginZh['app.name']).toBe(zhCN['app.name']);
    expect(loginEn['footer.text']).toBe(enUS['footer.text']);
  });

  it('names everything of the labels modules in both languages', () => {
    const names = Object.entries(labels).flatMap(([file, exports]) => namesIn(exports, file));
    expect(names.length).toBeGreaterThan(50);
    const problems = names.flatMap(([where, name]) => {
      const problem = problemOf(name);
      return problem ? [`${where}: ${problem}`] : [];
    });
    expect(problems).toEqual([]);
    expect(problemOf({ zh: '已冻结' })).toBe('no English');
    expect(problemOf({ en: 'Frozen' })).toBe('no Chinese');
  });

  it('names every deadline of the server’s rulebook, never by its id', () => {
    const ids = [casesRulebookPart, inquiryRulebookPart, assetsRulebookPart].flatMap((part) =>
      (part.deadlines ?? []).map((rule) => rule.id),
    );
    for (const id of ids) {
      expect(RULES[id]?.short.zh, id).toMatch(HAN);
      expect(RULES[id]?.title.en, id).toBeTruthy();
    }
  });
});
