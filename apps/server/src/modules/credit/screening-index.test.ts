import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db';
import { freshDatabase } from '../../test/database';
import { type ScreeningEntry, subjectDigest, subjectDigester } from './changes';
import { creditScreening } from './schema';
import { ScreeningIndex } from './screening-index';

const KEY = 'k'.repeat(64);
const digestOf = (i: number) => subjectDigest(KEY, `N${i}`);

function entryOf(
  recordId: string,
  subjects: number[],
  bound: number[],
  extra: Partial<ScreeningEntry> = {},
): ScreeningEntry {
  return {
    measure: bound.length > 0 ? 'restriction' : 'listing',
    recordId,
    subjects: subjects.map(digestOf),
    bound: bound.map(digestOf),
    name: '某某',
    caseNumber: `（2025）京0105执${subjects[0] ?? 0}号`,
    court: '北京市朝阳区人民法院',
    inForceFrom: '2025-03-01',
    endsOn: subjects[0] !== undefined && subjects[0] % 2 === 0 ? '2027-02-28' : null,
    temporaryLifts: [],
    exitBan: (subjects[0] ?? 0) % 3 === 0,
    ...extra,
  };
}

/**
 * A total order on the compared answers. The index answers in slot order, which depends on the order
 * of puts and on which tombstones a link reuses, so two measures of the same case and kind (here: two
 * records listing one subject) can come in either order; a sort on case number and kind alone leaves
 * them as they came and the comparison failed on the order, not the answer (fast-check seed 273937827).
 */
function byWhole(a: object, b: object): number {
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** What the index must answer, from a plain map of the current entries (the old index's shape). */
function modelLookup(entries: Map<string, ScreeningEntry>, digest: string) {
  return [...entries.values()]
    .filter((e) => e.subjects.includes(digest) || e.bound.includes(digest))
    .map((e) => ({
      measure: e.measure,
      caseNumber: e.caseNumber,
      court: e.court,
      inForceFrom: e.inForceFrom,
      endsOn: e.endsOn,
      exitBan: e.exitBan,
      temporaryLifts: e.temporaryLifts,
      listedHere: e.subjects.includes(digest),
    }))
    .sort(byWhole);
}

function indexLookup(index: ScreeningIndex, digest: string) {
  return index
    .lookup(digest)
    .map((m) => ({
      measure: m.measure,
      caseNumber: m.caseNumber,
      court: m.court,
      inForceFrom: m.inForceFrom,
      endsOn: m.endsOn,
      exitBan: m.exitBan,
      temporaryLifts: m.temporaryLifts,
      listedHere: m.subjects.includes(digest),
    }))
    .sort(byWhole);
}

describe('ScreeningIndex (compact layout)', () => {
  it('answers as a map of the entries would, through puts, replacements, deletions and growth', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            record: fc.integer({ min: 0, max: 40 }),
            subjects: fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 2 }),
            bound: fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 2 }),
            lifted: fc.boolean(),
            remove: fc.boolean(),
          }),
          { maxLength: 60 },
        ),
        (operations) => {
          const index = new ScreeningIndex(null as unknown as Database);
          const model = new Map<string, ScreeningEntry>();
          const ids = Array.from({ length: 41 }, () => randomUUID());
          for (const op of operations) {
            const id = ids[op.record] as string;
            if (op.remove) {
              index.put(id, null);
              model.delete(id);
              continue;
            }
            const lifts = op.lifted ? [{ from: '2025-04-01', until: '2025-04-30', items: ['flights'] }] : [];
            const entry = entryOf(id, op.subjects, op.bound, { temporaryLifts: lifts });
            index.put(id, entry);
            model.set(id, entry);
          }
          expect(index.size).toBe(model.size);
          for (let i = 0; i <= 31; i += 1)
            expect(indexLookup(index, digestOf(i))).toEqual(modelLookup(model, digestOf(i)));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('answers as the model after replacing a multi-digest entry whose bound digest another lifted entry shares (fast-check seed 273937827)', () => {
    const index = new ScreeningIndex(null as unknown as Database);
    const model = new Map<string, ScreeningEntry>();
    const ids = Array.from({ length: 41 }, () => randomUUID());
    const lifts = [{ from: '2025-04-01', until: '2025-04-30', items: ['flights'] }];
    const steps: [number, ScreeningEntry][] = [
      [20, entryOf(ids[20] as string, [0], [19])],
      [0, entryOf(ids[0] as string, [19], [], { temporaryLifts: lifts })],
      [20, entryOf(ids[20] as string, [0], [])],
      [1, entryOf(ids[1] as string, [19], [])],
    ];
    for (const [record, entry] of steps) {
      index.put(ids[record] as string, entry);
      model.set(ids[record] as string, entry);
    }
    expect(index.size).toBe(3);
    for (let i = 0; i <= 31; i += 1)
      expect(indexLookup(index, digestOf(i)), `subject ${i}`).toEqual(modelLookup(model, digestOf(i)));
  });

  it('keeps its answers through rehashing and tombstones (tens of thousands of changes)', () => {
    const index = new ScreeningIndex(null as unknown as Database);
    const ids = Array.from({ length: 20_000 }, () => randomUUID());
    ids.forEach((id, i) => {
      index.put(id, entryOf(id, [i], []));
    });
    // Every other one deleted, every third one moved to another subject.
    ids.forEach((id, i) => {
      if (i % 2 === 0) index.put(id, null);
      else if (i % 3 === 0) index.put(id, entryOf(id, [i + 100_000], []));
    });
    ids.slice(0, 5000).forEach((id, i) => {
      if (i % 2 === 0) index.put(id, entryOf(id, [i], []));
    });
    const expected = (i: number) => (i < 5000 ? i % 2 === 0 || i % 3 !== 0 : i % 2 === 1 && i % 3 !== 0);
    for (let i = 0; i < 20_000; i += 1) {
      expect(index.lookup(digestOf(i)).length, `subject ${i}`).toBe(expected(i) ? 1 : 0);
      if (i % 2 === 1 && i % 3 === 0) expect(index.lookup(digestOf(i + 100_000)).length).toBe(1);
    }
    expect(index.size).toBe(ids.filter((_, i) => i % 2 === 1 || (i < 5000 && i % 2 === 0)).length);
    expect(index.lookup('f'.repeat(64))).toEqual([]);
  });

  it('computes the same digests as subjectDigest, for any key length and text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 100 }), fc.string({ minLength: 1, maxLength: 90 }), (key, text) => {
        expect(subjectDigester(key)(text)).toBe(subjectDigest(key, text));
      }),
      { numRuns: 300 },
    );
    // Every length around one block's 55 bytes, non-ASCII text, and keys longer than a block.
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 100 }),
        fc.string({ unit: 'grapheme', maxLength: 70 }),
        fc.integer({ min: 0, max: 70 }),
        (key, text, length) => {
          const ascii = 'A'.repeat(length);
          expect(subjectDigester(key)(ascii)).toBe(subjectDigest(key, ascii));
          expect(subjectDigester(key)(text)).toBe(subjectDigest(key, text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('rebuilds from the database what the entries say: simple rows from their fields, the rest whole, over several pages', async () => {
    const database = await freshDatabase();
    try {
      const lifts = [{ from: '2025-04-01', until: '2025-04-30', items: ['flights'] }];
      const model = new Map<string, ScreeningEntry>();
      const shapes: [number[], number[], Partial<ScreeningEntry>][] = [
        [[1], [], {}],
        [[2], [], { measure: 'restriction', exitBan: true }],
        [[3], [], { temporaryLifts: lifts, measure: 'restriction' }],
        [[4, 5], [], {}],
        [[6], [7, 8], {}],
        [[9], [1], { endsOn: null }],
        [[10], [], { court: '北京市第三中级人民法院' }],
        [[1], [], { caseNumber: '（2024）京0105执9号', inForceFrom: '2026-12-31' }],
      ];
      for (const [subjects, bound, extra] of shapes) {
        const id = randomUUID();
        const entry = entryOf(id, subjects, bound, extra);
        model.set(id, entry);
        await database.db.insert(creditScreening).values({ recordId: id, seq: 1, entry });
      }
      // More simple rows than one page of the rebuild's cursor.
      const extra = 20_010;
      await database.sql.executeSql(
        `insert into credit_screening (record_id, seq, entry)
         select gen_random_uuid(), 1, jsonb_build_object('measure', 'listing', 'recordId', gen_random_uuid(),
                'subjects', jsonb_build_array(md5(i::text) || md5(i::text)), 'bound', '[]'::jsonb, 'name', '某某',
                'caseNumber', '（2025）京0105执1号', 'court', '北京市朝阳区人民法院', 'inForceFrom', '2020-01-01',
                'endsOn', null, 'temporaryLifts', '[]'::jsonb, 'exitBan', false)
           from generate_series(1, $1::int) as i`,
        [extra],
      );
      // The planner's estimate sizes the index before the rows come (then 11 more measures than it says).
      await database.sql.executeSql('analyze credit_screening', []);
      await database.sql.executeSql(
        `insert into credit_screening (record_id, seq, entry)
         select gen_random_uuid(), 1, entry from credit_screening
          where entry->>'inForceFrom' = '2020-01-01' and entry->'subjects'->>0 <> md5('20010') || md5('20010')
          limit 11`,
        [],
      );
      const index = new ScreeningIndex(database);
      const loaded = await index.start();
      await index.stop();
      expect(loaded.entries).toBe(shapes.length + extra + 11);
      for (let i = 0; i <= 11; i += 1)
        expect(indexLookup(index, digestOf(i)), `subject ${i}`).toEqual(modelLookup(model, digestOf(i)));
      const { rows } = await database.sql.executeSql("select md5('20010') || md5('20010') as d", []);
      expect(index.lookup(String(rows[0]?.d))).toEqual([
        {
          measure: 'listing',
          subjects: [rows[0]?.d],
          caseNumber: '（2025）京0105执1号',
          court: '北京市朝阳区人民法院',
          inForceFrom: '2020-01-01',
          endsOn: null,
          temporaryLifts: [],
          exitBan: false,
        },
      ]);
    } finally {
      await database.close();
    }
  });
});
