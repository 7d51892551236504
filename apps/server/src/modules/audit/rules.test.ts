import { describe, expect, it } from 'vitest';
import {
  type ChainedEntry,
  canonicalJson,
  digestOf,
  entryHash,
  GENESIS_HASH,
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
