import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../test/platform';
import { ASSET_EVENTS } from '../assets/rules';
import { DOCUMENT_KINDS, UPLOAD_KIND } from '../documents/rules';
import { RECORDABLE_EVENTS } from './events';
import { CASE_FLAG_IDS, CASE_LABELS } from './labels';
import { CLOSING_METHODS, TERMINATION_GROUNDS } from './rules';
import { cases } from './schema';
import { TRACKS } from './triage-rules';

const CJK = /\p{Script=Han}/u;

describe('the labels the server owns', () => {
  it('name every key in Chinese and in English', () => {
    for (const [list, names] of Object.entries(CASE_LABELS)) {
      expect(Object.keys(names).length, list).toBeGreaterThan(0);
      for (const [key, name] of Object.entries(names as Record<string, { zh: string; en: string }>)) {
        expect(name.zh, `${list}.${key}.zh`).toMatch(CJK);
        expect(name.en.trim(), `${list}.${key}.en`).not.toBe('');
        expect(name.en, `${list}.${key}.en`).not.toMatch(CJK);
        expect(name.en, `${list}.${key}.en`).not.toBe(key);
      }
    }
  });

  it('name every code the case API can send', () => {
    const keys = (names: Record<string, unknown>) => Object.keys(names).sort();
    expect(keys(CASE_LABELS.closingMethods)).toEqual(CLOSING_METHODS.map((m) => m.id).sort());
    expect(keys(CASE_LABELS.terminationGrounds)).toEqual(TERMINATION_GROUNDS.map((g) => g.id).sort());
    expect(keys(CASE_LABELS.flags)).toEqual([...(cases.flag.enumValues ?? [])].sort());
    expect(keys(CASE_LABELS.flags)).toEqual([...CASE_FLAG_IDS].sort());
    expect(keys(CASE_LABELS.documentKinds)).toEqual(
      [...DOCUMENT_KINDS.map((d) => d.kind), UPLOAD_KIND.kind].sort(),
    );
    expect(keys(CASE_LABELS.tracks)).toEqual([...TRACKS].sort());
    for (const type of [...Object.keys(RECORDABLE_EVENTS), ...Object.values(ASSET_EVENTS)]) {
      expect(CASE_LABELS.events[type], type).toBeDefined();
    }
  });
});

describe('GET /api/labels', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await createTestPlatform();
  });
  afterAll(() => platform.close());

  it('sends every name to a signed-in user, cacheable; 401 signed out', async () => {
    expect((await platform.anonymous.get('/api/labels')).statusCode).toBe(401);
    const response = await (await platform.as('finance')).get('/api/labels');
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('private, max-age=3600');
    expect(response.json()).toEqual(JSON.parse(JSON.stringify(CASE_LABELS)));
    expect(response.json().closingMethods.dormant).toEqual({
      zh: '终结本次执行程序',
      en: 'Closed for lack of assets (dormant)',
    });
  });
});
