/**
 * SipHash-2-4 (Aumasson & Bernstein, 2012): a keyed pseudo-random function built for short
 * inputs. Opaque option ids are SipHash outputs under a key derived from the attempt's secret
 * seed, so a learner who sees the ids cannot work back to the authored ids (a plain hash such as
 * cyrb128 could be inverted once the inputs are guessable). Pure. Each 64-bit word is two 32-bit
 * halves in plain numbers: BigInt arithmetic allocated on every operation and made hashing most
 * of the cost of generating a million attempts (siphash.test.ts checks both agree).
 */

// State: v0..v3 as (high, low) 32-bit halves, reused across calls (the function is synchronous).
const v = new Uint32Array(8);

/** v[a] += v[b] (mod 2^64). */
function add(a: number, b: number): void {
  const lo = (v[a + 1]! + v[b + 1]!) >>> 0;
  v[a] = (v[a]! + v[b]! + (lo < v[a + 1]! ? 1 : 0)) >>> 0;
  v[a + 1] = lo;
}

/** v[a] = rotl(v[a], n) for 0 < n < 32. */
function rotl(a: number, n: number): void {
  const hi = v[a]!;
  const lo = v[a + 1]!;
  v[a] = ((hi << n) | (lo >>> (32 - n))) >>> 0;
  v[a + 1] = ((lo << n) | (hi >>> (32 - n))) >>> 0;
}

/** v[a] = rotl(v[a], 32): swap the halves. */
function swap(a: number): void {
  const hi = v[a]!;
  v[a] = v[a + 1]!;
  v[a + 1] = hi;
}

/** v[a] ^= v[b]. */
function xor(a: number, b: number): void {
  v[a] = (v[a]! ^ v[b]!) >>> 0;
  v[a + 1] = (v[a + 1]! ^ v[b + 1]!) >>> 0;
}

const V0 = 0;
const V1 = 2;
const V2 = 4;
const V3 = 6;

function round(): void {
  add(V0, V1);
  rotl(V1, 13);
  xor(V1, V0);
  swap(V0);
  add(V2, V3);
  rotl(V3, 16);
  xor(V3, V2);
  add(V0, V3);
  rotl(V3, 21);
  xor(V3, V0);
  add(V2, V1);
  rotl(V1, 17);
  xor(V1, V2);
  swap(V2);
}

function compress(hi: number, lo: number): void {
  v[V3] = (v[V3]! ^ hi) >>> 0;
  v[V3 + 1] = (v[V3 + 1]! ^ lo) >>> 0;
  round();
  round();
  v[V0] = (v[V0]! ^ hi) >>> 0;
  v[V0 + 1] = (v[V0 + 1]! ^ lo) >>> 0;
}

/** Little-endian 32-bit word of up to 4 bytes from `offset` (missing bytes are 0). */
function word32(bytes: Uint8Array, offset: number, end: number): number {
  let w = 0;
  for (let i = Math.min(offset + 4, end) - 1; i >= offset; i--) w = (w << 8) | bytes[i]!;
  return w >>> 0;
}

const MASK32 = 0xffffffffn;

/** The 64-bit SipHash-2-4 of `message` under the 128-bit key (k0, k1). */
export function sipHash24(k0: bigint, k1: bigint, message: Uint8Array): bigint {
  const k0hi = Number((k0 >> 32n) & MASK32);
  const k0lo = Number(k0 & MASK32);
  const k1hi = Number((k1 >> 32n) & MASK32);
  const k1lo = Number(k1 & MASK32);
  v[V0] = (k0hi ^ 0x736f6d65) >>> 0;
  v[V0 + 1] = (k0lo ^ 0x70736575) >>> 0;
  v[V1] = (k1hi ^ 0x646f7261) >>> 0;
  v[V1 + 1] = (k1lo ^ 0x6e646f6d) >>> 0;
  v[V2] = (k0hi ^ 0x6c796765) >>> 0;
  v[V2 + 1] = (k0lo ^ 0x6e657261) >>> 0;
  v[V3] = (k1hi ^ 0x74656462) >>> 0;
  v[V3 + 1] = (k1lo ^ 0x79746573) >>> 0;
  const length = message.length;
  const whole = length - (length % 8);
  for (let offset = 0; offset < whole; offset += 8)
    compress(word32(message, offset + 4, length), word32(message, offset, length));
  const lo = word32(message, whole, length);
  const hi = (word32(message, whole + 4, length) | ((length & 0xff) << 24)) >>> 0;
  compress(hi, lo);
  v[V2 + 1] = (v[V2 + 1]! ^ 0xff) >>> 0;
  round();
  round();
  round();
  round();
  const outHi = (v[V0]! ^ v[V1]! ^ v[V2]! ^ v[V3]!) >>> 0;
  const outLo = (v[V0 + 1]! ^ v[V1 + 1]! ^ v[V2 + 1]! ^ v[V3 + 1]!) >>> 0;
  return (BigInt(outHi) << 32n) | BigInt(outLo);
}
