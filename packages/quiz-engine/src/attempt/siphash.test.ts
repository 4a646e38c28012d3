import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sipHash24 } from "./siphash";

// The straightforward BigInt transcription of the paper (the engine's first implementation),
// kept as the reference the 32-bit implementation must agree with.
const MASK = (1n << 64n) - 1n;

const rotl = (x: bigint, b: bigint): bigint => ((x << b) | (x >> (64n - b))) & MASK;

function readWord(bytes: Uint8Array, offset: number, length: number): bigint {
  let word = 0n;
  for (let i = length - 1; i >= 0; i--) word = (word << 8n) | BigInt(bytes[offset + i] ?? 0);
  return word;
}

function referenceSipHash24(k0: bigint, k1: bigint, message: Uint8Array): bigint {
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

const key = [0x0706050403020100n, 0x0f0e0d0c0b0a0908n] as const;
const bytes = (n: number) => Uint8Array.from({ length: n }, (_, i) => i);

describe("sipHash24", () => {
  it("gives the paper's test vectors (key 00..0f, messages 00..n-1)", () => {
    expect(sipHash24(key[0], key[1], bytes(0))).toBe(0x726fdb47dd0e0e31n);
    expect(sipHash24(key[0], key[1], bytes(1))).toBe(0x74f839c593dc67fdn);
    expect(sipHash24(key[0], key[1], bytes(8))).toBe(0x93f5f5799a932462n);
    expect(sipHash24(key[0], key[1], bytes(15))).toBe(0xa129ca6149be45e5n);
    expect(sipHash24(key[0], key[1], bytes(63))).toBe(0x958a324ceb064572n);
  });

  it("agrees with the BigInt reference for any key and message", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }),
        fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }),
        fc.uint8Array({ maxLength: 80 }),
        (k0, k1, message) => {
          expect(sipHash24(k0, k1, message)).toBe(referenceSipHash24(k0, k1, message));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
