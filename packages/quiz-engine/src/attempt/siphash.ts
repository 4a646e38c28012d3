/**
 * SipHash-2-4 (Aumasson & Bernstein, 2012): a keyed pseudo-random function built for short
 * inputs. Opaque option ids are SipHash outputs under a key derived from the attempt's secret
 * seed, so a learner who sees the ids cannot work back to the authored ids (a plain hash such as
 * cyrb128 could be inverted once the inputs are guessable). Pure: BigInt arithmetic only.
 */
const MASK = (1n << 64n) - 1n;

const rotl = (x: bigint, b: bigint): bigint => ((x << b) | (x >> (64n - b))) & MASK;

function readWord(bytes: Uint8Array, offset: number, length: number): bigint {
  let word = 0n;
  for (let i = length - 1; i >= 0; i--) word = (word << 8n) | BigInt(bytes[offset + i] ?? 0);
  return word;
}

/** The 64-bit SipHash-2-4 of `message` under the 128-bit key (k0, k1). */
export function sipHash24(k0: bigint, k1: bigint, message: Uint8Array): bigint {
  let v0 = k0 ^ 0x736f6d6570736575n;
  let v1 = k1 ^ 0x646f72616e646f6dn;
  let v2 = k0 ^ 0x6c7967656e657261n;
  let v3 = k1 ^ 0x7465646279746573n;
  const round = (): void => {
    v0 = (v0 + v1) & MASK;
    v1 = rotl(v1, 13n) ^ v0;
    v0 = rotl(v0, 32n);
    v2 = (v2 + v3) & MASK;
    v3 = rotl(v3, 16n) ^ v2;
    v0 = (v0 + v3) & MASK;
    v3 = rotl(v3, 21n) ^ v0;
    v2 = (v2 + v1) & MASK;
    v1 = rotl(v1, 17n) ^ v2;
    v2 = rotl(v2, 32n);
  };
  const compress = (m: bigint): void => {
    v3 ^= m;
    round();
    round();
    v0 ^= m;
  };
  const whole = message.length - (message.length % 8);
  for (let offset = 0; offset < whole; offset += 8) compress(readWord(message, offset, 8));
  const tail = readWord(message, whole, message.length - whole);
  compress(((BigInt(message.length) & 0xffn) << 56n) | tail);
  v2 ^= 0xffn;
  round();
  round();
  round();
  round();
  return (v0 ^ v1 ^ v2 ^ v3) & MASK;
}
