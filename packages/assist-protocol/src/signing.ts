/**
 * Signed messages: every request and every callback of the assist protocol carries an HMAC-SHA256 of
 * its method, path, timestamp, nonce and body digest under the institution's key. The receiver
 * refuses a wrong signature, a timestamp outside the window and a nonce it has already seen (a replay).
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_VERSION = 'v1';

export const HEADERS = {
  institution: 'x-assist-institution',
  timestamp: 'x-assist-timestamp',
  nonce: 'x-assist-nonce',
  signature: 'x-assist-signature',
} as const;

/** A message older or newer than this (by the receiver's real-time clock) is refused. */
export const SKEW_WINDOW_MS = 5 * 60_000;

export type SignedHeaders = Record<(typeof HEADERS)[keyof typeof HEADERS], string>;

export interface MessageParts {
  method: string;
  /** Path and query as sent, e.g. `/assist/v1/batches`. */
  path: string;
  /** The exact body bytes (a JSON text); an empty string when there is none. */
  body: string | Buffer;
}

function bodyDigest(body: string | Buffer): string {
  return createHash('sha256').update(body).digest('hex');
}

function stringToSign(parts: MessageParts, timestamp: string, nonce: string): string {
  return [
    SIGNATURE_VERSION,
    parts.method.toUpperCase(),
    parts.path,
    timestamp,
    nonce,
    bodyDigest(parts.body),
  ].join('\n');
}

function mac(key: string, text: string): string {
  return createHmac('sha256', key).update(text).digest('hex');
}

/** Headers that sign one message; `now` is real time in ms (never the settable platform clock). */
export function sign(
  institutionCode: string,
  key: string,
  parts: MessageParts,
  now: number = Date.now(),
  nonce: string = randomBytes(16).toString('hex'),
): SignedHeaders {
  const timestamp = String(now);
  return {
    [HEADERS.institution]: institutionCode,
    [HEADERS.timestamp]: timestamp,
    [HEADERS.nonce]: nonce,
    [HEADERS.signature]: `${SIGNATURE_VERSION}=${mac(key, stringToSign(parts, timestamp, nonce))}`,
  };
}

export type VerifyFailure = 'missing_headers' | 'bad_signature' | 'stale_timestamp' | 'replayed_nonce';

export const VERIFY_FAILURE_TEXT: Record<VerifyFailure, string> = {
  missing_headers: 'the message carries no complete signature headers',
  bad_signature: 'the signature does not match the message under the institution’s key',
  stale_timestamp: 'the timestamp is outside the accepted window',
  replayed_nonce: 'the nonce was seen before: a replayed message',
};

type HeaderBag = Record<string, string | string[] | undefined>;

function header(headers: HeaderBag, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The institution a message claims to come from (to look its key up before verifying). */
export function claimedInstitution(headers: HeaderBag): string | undefined {
  return header(headers, HEADERS.institution);
}

/**
 * Nonces seen inside the skew window. A nonce is remembered until its timestamp leaves the window,
 * after which the timestamp check refuses the message anyway.
 */
export class ReplayGuard {
  private readonly seen = new Map<string, number>();

  constructor(private readonly windowMs: number = SKEW_WINDOW_MS) {}

  /** Records the nonce; false when it was already there. */
  claim(scope: string, nonce: string, timestamp: number, now: number): boolean {
    this.expire(now);
    const key = `${scope}\n${nonce}`;
    if (this.seen.has(key)) return false;
    this.seen.set(key, timestamp);
    return true;
  }

  private expire(now: number): void {
    // Map iteration is in insertion order, which is close to timestamp order: stop at the first live one.
    for (const [key, timestamp] of this.seen) {
      if (Math.abs(now - timestamp) <= this.windowMs) break;
      this.seen.delete(key);
    }
  }

  get size(): number {
    return this.seen.size;
  }
}

/** Checks a message's signature, freshness and nonce; null when it holds. */
export function verify(
  key: string,
  parts: MessageParts,
  headers: HeaderBag,
  replay: ReplayGuard,
  now: number = Date.now(),
): VerifyFailure | null {
  const institution = header(headers, HEADERS.institution);
  const timestamp = header(headers, HEADERS.timestamp);
  const nonce = header(headers, HEADERS.nonce);
  const signature = header(headers, HEADERS.signature);
  if (!institution || !timestamp || !nonce || !signature) return 'missing_headers';
  const expected = Buffer.from(`${SIGNATURE_VERSION}=${mac(key, stringToSign(parts, timestamp, nonce))}`);
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'bad_signature';
  const at = Number(timestamp);
  if (!Number.isSafeInteger(at) || Math.abs(now - at) > SKEW_WINDOW_MS) return 'stale_timestamp';
  if (!replay.claim(institution, nonce, at, now)) return 'replayed_nonce';
  return null;
}

/**
 * The key of an institution derived from a shared secret: how the simulator and a demo hub agree on
 * keys without exchanging them. A real institution's key is issued and registered by an administrator.
 */
export function derivedKey(secret: string, institutionCode: string): string {
  return createHmac('sha256', secret).update(`assist-key:${institutionCode}`).digest('base64url');
}
