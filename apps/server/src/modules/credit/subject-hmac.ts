/**
 * HMAC-SHA256 of short subjects (identity numbers, credit codes) under the screening digest key, for the
 * screening batch path: the same digests as `subjectDigest` (node:crypto), computed here because that
 * was most of a batch's cost (≈ 2.3 µs a subject in the calls into the native hash, its buffers and the
 * hex text). The key's inner and outer padded blocks are hashed once (their SHA-256 states kept), so a
 * subject of at most 55 bytes costs two compressions into preallocated words and no allocation; the hex
 * text is made only for a subject the index names. Longer or non-ASCII texts are for node:crypto.
 */
import { createHash } from 'node:crypto';

const ROUND = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);
const INITIAL = new Int32Array([
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
]);
/** The longest text one block holds: 64 bytes less the 0x80 marker and the 8-byte length. */
const ONE_BLOCK = 55;
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** One SHA-256 compression of the block in `w[0..15]` (big-endian words) into `state`. */
function compress(state: Int32Array, w: Int32Array): void {
  for (let i = 16; i < 64; i += 1) {
    const a = w[i - 15] as number;
    const b = w[i - 2] as number;
    const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
    const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
    w[i] = ((w[i - 16] as number) + s0 + (w[i - 7] as number) + s1) | 0;
  }
  let a = state[0] as number;
  let b = state[1] as number;
  let c = state[2] as number;
  let d = state[3] as number;
  let e = state[4] as number;
  let f = state[5] as number;
  let g = state[6] as number;
  let h = state[7] as number;
  for (let i = 0; i < 64; i += 1) {
    const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const t1 = (h + s1 + ((e & f) ^ (~e & g)) + (ROUND[i] as number) + (w[i] as number)) | 0;
    const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const t2 = (s0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  state[0] = ((state[0] as number) + a) | 0;
  state[1] = ((state[1] as number) + b) | 0;
  state[2] = ((state[2] as number) + c) | 0;
  state[3] = ((state[3] as number) + d) | 0;
  state[4] = ((state[4] as number) + e) | 0;
  state[5] = ((state[5] as number) + f) | 0;
  state[6] = ((state[6] as number) + g) | 0;
  state[7] = ((state[7] as number) + h) | 0;
}

/** HMAC-SHA256 under one key; `run` leaves the digest in `out` (8 big-endian words). Not reentrant. */
export class SubjectHmac {
  /** The last digest, as eight 32-bit words (`out[0]`, `out[1]`: the index's 64-bit key). */
  readonly out = new Int32Array(8);
  private readonly inner = new Int32Array(8);
  private readonly outer = new Int32Array(8);
  private readonly w = new Int32Array(64);

  constructor(key: string) {
    let secret = Buffer.from(key, 'utf8');
    if (secret.length > 64) secret = createHash('sha256').update(secret).digest();
    for (const [state, pad] of [
      [this.inner, 0x36],
      [this.outer, 0x5c],
    ] as const) {
      state.set(INITIAL);
      for (let i = 0; i < 16; i += 1) {
        let word = 0;
        for (let j = 0; j < 4; j += 1) word = (word << 8) | ((secret[i * 4 + j] ?? 0) ^ pad);
        this.w[i] = word;
      }
      compress(state, this.w);
    }
  }

  /** The HMAC of `text` into `out`; false (nothing computed) when it is not ASCII of at most 55 characters. */
  run(text: string): boolean {
    const length = text.length;
    if (length > ONE_BLOCK) return false;
    const w = this.w;
    w.fill(0, 0, 16);
    for (let i = 0; i < length; i += 1) {
      const code = text.charCodeAt(i);
      if (code > 0x7f) return false;
      w[i >> 2] = (w[i >> 2] as number) | (code << (24 - (i & 3) * 8));
    }
    w[length >> 2] = (w[length >> 2] as number) | (0x80 << (24 - (length & 3) * 8));
    w[15] = (64 + length) * 8;
    const out = this.out;
    out.set(this.inner);
    compress(out, w);
    // The outer block: the inner digest, the marker, the length of key block and digest (96 bytes).
    for (let i = 0; i < 8; i += 1) w[i] = out[i] as number;
    w[8] = 0x80000000;
    w.fill(0, 9, 15);
    w[15] = 96 * 8;
    out.set(this.outer);
    compress(out, w);
    return true;
  }

  /** `out` as lower-case hex (what `subjectDigest` answers). */
  hex(): string {
    let text = '';
    for (let i = 0; i < 8; i += 1) {
      const word = this.out[i] as number;
      text +=
        (HEX[(word >>> 24) & 0xff] as string) +
        (HEX[(word >>> 16) & 0xff] as string) +
        (HEX[(word >>> 8) & 0xff] as string) +
        (HEX[word & 0xff] as string);
    }
    return text;
  }
}
