import { describe, expect, it } from 'vitest';
import { derivedKey, HEADERS, ReplayGuard, SKEW_WINDOW_MS, sign, verify } from './signing';

const key = derivedKey('secret', 'bank.icbc');
const parts = { method: 'POST', path: '/assist/v1/batches', body: '{"a":1}' };
const now = 1_780_000_000_000;

describe('signed messages', () => {
  it('verifies what was signed with the same key', () => {
    const headers = sign('bank.icbc', key, parts, now, 'n1');
    expect(verify(key, parts, headers, new ReplayGuard(), now + 1000)).toBeNull();
  });

  it('refuses another key, another body, another path or another method', () => {
    const headers = sign('bank.icbc', key, parts, now, 'n1');
    expect(verify(derivedKey('secret', 'bank.abc'), parts, headers, new ReplayGuard(), now)).toBe(
      'bad_signature',
    );
    expect(verify(key, { ...parts, body: '{"a":2}' }, headers, new ReplayGuard(), now)).toBe('bad_signature');
    expect(
      verify(key, { ...parts, path: '/assist/v1/results/lookup' }, headers, new ReplayGuard(), now),
    ).toBe('bad_signature');
    expect(verify(key, { ...parts, method: 'PUT' }, headers, new ReplayGuard(), now)).toBe('bad_signature');
  });

  it('refuses a message without its headers', () => {
    const headers: Record<string, string> = { ...sign('bank.icbc', key, parts, now) };
    delete headers[HEADERS.nonce];
    expect(verify(key, parts, headers, new ReplayGuard(), now)).toBe('missing_headers');
  });

  it('refuses a timestamp outside the window, either way', () => {
    const headers = sign('bank.icbc', key, parts, now, 'n1');
    expect(verify(key, parts, headers, new ReplayGuard(), now + SKEW_WINDOW_MS + 1)).toBe('stale_timestamp');
    expect(verify(key, parts, headers, new ReplayGuard(), now - SKEW_WINDOW_MS - 1)).toBe('stale_timestamp');
  });

  it('refuses a replay: the same nonce twice inside the window', () => {
    const replay = new ReplayGuard();
    const headers = sign('bank.icbc', key, parts, now, 'n1');
    expect(verify(key, parts, headers, replay, now)).toBeNull();
    expect(verify(key, parts, headers, replay, now + 10)).toBe('replayed_nonce');
    // Another institution may use the same nonce.
    const other = derivedKey('secret', 'bank.abc');
    expect(verify(other, parts, sign('bank.abc', other, parts, now, 'n1'), replay, now)).toBeNull();
  });

  it('forgets nonces once their timestamps have left the window', () => {
    const replay = new ReplayGuard(1000);
    replay.claim('x', 'a', 0, 0);
    replay.claim('x', 'b', 500, 500);
    expect(replay.size).toBe(2);
    replay.claim('x', 'c', 1400, 1400);
    expect(replay.size).toBe(2);
  });

  it('derives different keys per institution and per secret', () => {
    expect(derivedKey('s', 'a')).not.toBe(derivedKey('s', 'b'));
    expect(derivedKey('s', 'a')).not.toBe(derivedKey('t', 'a'));
    expect(derivedKey('s', 'a')).toBe(derivedKey('s', 'a'));
  });
});
