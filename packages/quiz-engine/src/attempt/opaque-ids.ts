import type { Question } from "../schemas/question";
import { moduleFor } from "../types/registry";
import { cyrb128 } from "./seeded-random";
import { sipHash24 } from "./siphash";

/** Length of an opaque id: 8 base36 characters (about 41 bits), unique within its question. */
const TOKEN_LENGTH = 8;
const TOKEN_SPACE = 36n ** BigInt(TOKEN_LENGTH);
const encoder = new TextEncoder();

/** Authored ids <-> the ids one attempt shows the learner, for one question. */
export interface OptionIdMap {
  /** The learner-facing id of an authored entry of `list` ("options", "items", "blank:<id>", ...). */
  toOpaque(list: string, authoredId: string): string;
  /** The authored id behind a learner-facing id, or undefined when the id is not this attempt's. */
  toAuthored(list: string, opaqueId: string): string | undefined;
}

function keyOf(seed: string): [bigint, bigint] {
  const [a, b, c, d] = cyrb128(`soleus:option-ids:${seed}`);
  return [(BigInt(a) << 32n) | BigInt(b), (BigInt(c) << 32n) | BigInt(d)];
}

/**
 * The per-attempt opaque ids of every list of `question`: a keyed hash (SipHash-2-4, key from the
 * attempt's secret seed) of question id, list and authored id, as 8 base36 characters. They say
 * nothing about authored order, authored names or correctness; without the seed they cannot be
 * mapped back. A collision within the question (about 1 in 10^10 per pair) is resolved by
 * re-hashing with a counter, so ids stay unique and deterministic.
 */
export function opaqueIdMap(question: Question, seed: string): OptionIdMap {
  const [k0, k1] = keyOf(seed);
  const forward = new Map<string, string>();
  const backward = new Map<string, string>();
  const used = new Set<string>();
  for (const [list, ids] of Object.entries(moduleFor(question.type).idLists(question))) {
    for (const id of ids) {
      let token = "";
      for (let counter = 0; token === "" || used.has(token); counter++) {
        const message = encoder.encode(`${question.id}\u0000${list}\u0000${id}\u0000${counter}`);
        token = (sipHash24(k0, k1, message) % TOKEN_SPACE).toString(36).padStart(TOKEN_LENGTH, "0");
      }
      used.add(token);
      forward.set(`${list}\u0000${id}`, token);
      backward.set(`${list}\u0000${token}`, id);
    }
  }
  return {
    toOpaque(list, authoredId) {
      const token = forward.get(`${list}\u0000${authoredId}`);
      if (token === undefined)
        throw new Error(`no ${list} entry "${authoredId}" in ${question.id}`);
      return token;
    },
    toAuthored: (list, opaqueId) => backward.get(`${list}\u0000${opaqueId}`),
  };
}
