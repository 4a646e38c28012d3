/**
 * SipHash-2-4 (Aumasson & Bernstein, 2012): a keyed pseudo-random function built for short
 * inputs. Opaque option ids are SipHash outputs under a key derived from the attempt's secret
 * seed, so a learner who sees the ids cannot work back to the authored ids (a plain hash such as
 * cyrb128 could be inverted once the inputs are guessable). Pure. Each 64-bit word is two 32-bit
 * halves in plain numbers: BigInt arithmetic allocated on every operation and made hashing most
 * of the cost of generating a million attempts (siphash.test.ts checks both agree).
 */

/** Little-endian 32-bit word of up to 4 bytes from `offset` (missing bytes are 0). */
function word32(bytes: Uint8Array, offset: number, end: number): number {
  let w = 0;
  for (let i = Math.min(offset + 4, end) - 1; i >= offset; i--) w = (w << 8) | (bytes[i] ?? 0);
  return w >>> 0;
}

const MASK32 = 0xffffffffn;

/** The 64-bit SipHash-2-4 of `message` under the 128-bit key (k0, k1). */
export function sipHash24(k0: bigint, k1: bigint, message: Uint8Array): bigint {
  const k0hi = Number((k0 >> 32n) & MASK32);
  const k0lo = Number(k0 & MASK32);
  const k1hi = Number((k1 >> 32n) & MASK32);
  const k1lo = Number(k1 & MASK32);
  // v0..v3 as high (h) and low (l) 32-bit halves.
  let v0h = (k0hi ^ 0x736f6d65) >>> 0;
  let v0l = (k0lo ^ 0x70736575) >>> 0;
  let v1h = (k1hi ^ 0x646f7261) >>> 0;
  let v1l = (k1lo ^ 0x6e646f6d) >>> 0;
  let v2h = (k0hi ^ 0x6c796765) >>> 0;
  let v2l = (k0lo ^ 0x6e657261) >>> 0;
  let v3h = (k1hi ^ 0x74656462) >>> 0;
  let v3l = (k1lo ^ 0x79746573) >>> 0;
  let lo = 0;
  let hi = 0;
  const round = (): void => {
    // v0 += v1; v1 = rotl(v1, 13) ^ v0; v0 = rotl(v0, 32)
    lo = (v0l + v1l) >>> 0;
    v0h = (v0h + v1h + (lo < v0l ? 1 : 0)) >>> 0;
    v0l = lo;
    hi = ((v1h << 13) | (v1l >>> 19)) >>> 0;
    lo = ((v1l << 13) | (v1h >>> 19)) >>> 0;
    v1h = (hi ^ v0h) >>> 0;
    v1l = (lo ^ v0l) >>> 0;
    [v0h, v0l] = [v0l, v0h];
    // v2 += v3; v3 = rotl(v3, 16) ^ v2
    lo = (v2l + v3l) >>> 0;
    v2h = (v2h + v3h + (lo < v2l ? 1 : 0)) >>> 0;
    v2l = lo;
    hi = ((v3h << 16) | (v3l >>> 16)) >>> 0;
    lo = ((v3l << 16) | (v3h >>> 16)) >>> 0;
    v3h = (hi ^ v2h) >>> 0;
    v3l = (lo ^ v2l) >>> 0;
    // v0 += v3; v3 = rotl(v3, 21) ^ v0
    lo = (v0l + v3l) >>> 0;
    v0h = (v0h + v3h + (lo < v0l ? 1 : 0)) >>> 0;
    v0l = lo;
    hi = ((v3h << 21) | (v3l >>> 11)) >>> 0;
    lo = ((v3l << 21) | (v3h >>> 11)) >>> 0;
    v3h = (hi ^ v0h) >>> 0;
    v3l = (lo ^ v0l) >>> 0;
    // v2 += v1; v1 = rotl(v1, 17) ^ v2; v2 = rotl(v2, 32)
    lo = (v2l + v1l) >>> 0;
    v2h = (v2h + v1h + (lo < v2l ? 1 : 0)) >>> 0;
    v2l = lo;
    hi = ((v1h << 17) | (v1l >>> 15)) >>> 0;
    lo = ((v1l << 17) | (v1h >>> 15)) >>> 0;
    v1h = (hi ^ v2h) >>> 0;
    v1l = (lo ^ v2l) >>> 0;
    [v2h, v2l] = [v2l, v2h];
  };
  const compress = (mh: number, ml: number): void => {
    v3h = (v3h ^ mh) >>> 0;
    v3l = (v3l ^ ml) >>> 0;
    round();
    round();
    v0h = (v0h ^ mh) >>> 0;
    v0l = (v0l ^ ml) >>> 0;
  };
  const length = message.length;
  const whole = length - (length % 8);
  for (let offset = 0; offset < whole; offset += 8)
    compress(word32(message, offset + 4, length), word32(message, offset, length));
  compress(
    (word32(message, whole + 4, length) | ((length & 0xff) << 24)) >>> 0,
    word32(message, whole, length),
  );
  v2l = (v2l ^ 0xff) >>> 0;
  round();
  round();
  round();
  round();
  const outHi = (v0h ^ v1h ^ v2h ^ v3h) >>> 0;
  const outLo = (v0l ^ v1l ^ v2l ^ v3l) >>> 0;
  return (BigInt(outHi) << 32n) | BigInt(outLo);
}
