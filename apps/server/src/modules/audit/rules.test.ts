import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ChainedEntry,
  canonicalJson,
  digestOf,
  entryHash,
  entryHashParts,
  GENESIS_HASH,
  sha256,
  verifyChainPage,
} from './rules';

function chain(length: number): ChainedEntry[] {
  const entries: ChainedEntry[] = [];
  let prevHash = GENESIS_HASH;
  for (let i = 1; i <= length; i += 1) {
    const body = {
      chain: 'c1',
      chainSeq: i,
      at: new Date(Date.UTC(2025, 0, i)),
      actorId: null,
      actorName: 'system',
      courtId: null,
      action: 'test.step',
      subject: `thing:${i}`,
      beforeDigest: null,
      afterDigest: digestOf({ step: i }),
      prevHash,
    };
    const entry = { ...body, seq: i * 10, hash: entryHash(body) };
    entries.push(entry);
    prevHash = entry.hash;
  }
  return entries;
}

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('writes dates as ISO instants', () => {
    expect(canonicalJson({ at: new Date('2025-01-02T03:04:05Z') })).toBe('{"at":"2025-01-02T03:04:05.000Z"}');
  });
});

describe('digestOf', () => {
  it('is the same for equal states whatever the key order', () => {
    expect(digestOf({ a: 1, b: 2 })).toBe(digestOf({ b: 2, a: 1 }));
  });

  it('differs when a value differs, handles bigint, and is null for no state', () => {
    expect(digestOf({ a: 1 })).not.toBe(digestOf({ a: 2 }));
    expect(digestOf({ amount: 30000000n })).toBe(digestOf({ amount: '30000000' }));
    expect(digestOf(null)).toBeNull();
    expect(digestOf(undefined)).toBeNull();
  });
});

describe('entryHashParts', () => {
  const text = fc.string({ unit: 'binary', maxLength: 12 });
  const hex64 = fc
    .uint8Array({ minLength: 32, maxLength: 32 })
    .map((bytes) => Buffer.from(bytes).toString('hex'));
  const entryArb = fc.record({
    chain: text,
    chainSeq: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
    at: fc.date({ min: new Date(0), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true }),
    actorId: fc.option(fc.uuid(), { nil: null }),
    actorName: text,
    courtId: fc.option(fc.uuid(), { nil: null }),
    action: text,
    subject: text,
    beforeDigest: fc.option(hex64, { nil: null }),
    afterDigest: fc.option(hex64, { nil: null }),
    prevHash: hex64,
  });

  it('cut the hashed text exactly around chainSeq and prevHash, whatever the other fields hold', () => {
    fc.assert(
      fc.property(entryArb, (entry) => {
        const { before, middle, after } = entryHashParts(entry);
        expect(sha256(`${before}${entry.chainSeq}${middle}${entry.prevHash}${after}`)).toBe(entryHash(entry));
      }),
    );
  });
});

describe('verifyChainPage', () => {
  it('accepts an intact chain and carries its position on', () => {
    const entries = chain(5);
    const first = verifyChainPage(entries.slice(0, 2), { prevHash: GENESIS_HASH, chainSeq: 0 });
    expect(first).toMatchObject({ broken: null, chainSeq: 2, checked: 2 });
    const rest = verifyChainPage(entries.slice(2), first);
    expect(rest).toMatchObject({ broken: null, chainSeq: 5, checked: 3, prevHash: entries[4]?.hash });
  });

  it('detects an altered field', () => {
    const entries = chain(4);
    entries[2] = { ...(entries[2] as ChainedEntry), subject: 'thing:forged' };
    const result = verifyChainPage(entries, { prevHash: GENESIS_HASH, chainSeq: 0 });
    expect(result.broken).toEqual({ seq: 30, reason: 'entry altered: its hash does not match its content' });
    expect(result.checked).toBe(2);
  });

  it('detects a re-hashed entry by the link of the next one', () => {
    const entries = chain(4);
    const forged = { ...(entries[1] as ChainedEntry), action: 'test.forged' };
    entries[1] = { ...forged, hash: entryHash(forged) };
    const result = verifyChainPage(entries, { prevHash: GENESIS_HASH, chainSeq: 0 });
    expect(result.broken?.seq).toBe(30);
    expect(result.broken?.reason).toMatch(/previous hash/);
  });

  it('detects a deleted entry', () => {
    const entries = chain(4);
    entries.splice(1, 1);
    expect(verifyChainPage(entries, { prevHash: GENESIS_HASH, chainSeq: 0 }).broken?.reason).toMatch(
      /skips from 1 to 3/,
    );
  });
});
