import type { z } from "zod";
import {
  assignPools,
  QUESTION_TYPES,
  questionSchema,
  quizSettingsSchema,
} from "@soleus/quiz-engine/schema";
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from "@soleus/quiz-engine/schemas/safe-text";

/**
 * A quiz draft is work in progress: a new question has no prompt yet, a choice question no key.
 * So a save is checked against the engine's own schema (one source of truth), and its findings
 * split in two:
 * - **incomplete** (an empty or too-short field, a missing key, a rule between fields): saved,
 *   shown in the editor next to the field, and refused at publish (the full check runs there);
 * - **malformed** (a wrong shape or type, an unknown question type or field, text over its
 *   limit, a badly formed id, a duplicate id, a pool drawing more questions than it holds, a
 *   character PostgreSQL cannot store): refused, nothing saved. The editor never sends these;
 *   only a hand-made payload does.
 */

const MALFORMED_CODES = new Set([
  "invalid_type",
  "too_big",
  "unrecognized_keys",
  "invalid_union",
  "invalid_value",
  "invalid_key",
  "invalid_element",
  "not_multiple_of",
]);

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** True when an engine finding means the payload is not a quiz draft at all (see above). */
export function isMalformed(issue: z.core.$ZodIssue, input: unknown): boolean {
  if (MALFORMED_CODES.has(issue.code)) return true;
  // A badly formed id or anchor is malformed; an empty one is just not filled in yet.
  if (issue.code === "invalid_format") return valueAt(input, issue.path) !== "";
  if (issue.code === "custom") return issue.message.startsWith("duplicate ");
  return false;
}

/** Every string in a value (keys included), to refuse the characters PostgreSQL cannot store. */
function unstorablePath(value: unknown, path: PropertyKey[] = []): PropertyKey[] | null {
  if (typeof value === "string") return isStorableText(value) ? null : path;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = unstorablePath(item, [...path, index]);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (!isStorableText(key)) return path;
      const found = unstorablePath(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/** Adds the malformed findings of `schema` on `value` (at `path`) to `ctx`. */
function refuseMalformed(
  ctx: z.RefinementCtx,
  schema: z.ZodType,
  value: unknown,
  path: PropertyKey[],
): unknown {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues)
    if (isMalformed(issue, value))
      ctx.addIssue({
        code: "custom",
        message: issue.message,
        path: [...path, ...issue.path],
      });
  return null;
}

/** Settings and questions of a quiz draft: the engine's shapes, not necessarily complete. */
export function checkQuizDraft(
  draft: { settings: unknown; questions: unknown[] },
  ctx: z.RefinementCtx,
): void {
  const bad = unstorablePath(draft);
  if (bad) {
    ctx.addIssue({ code: "custom", message: UNSTORABLE_TEXT_MESSAGE, path: bad });
    return;
  }
  const settings = refuseMalformed(ctx, quizSettingsSchema, draft.settings, ["settings"]);
  draft.questions.forEach((question, index) => {
    const type = (question as { type?: unknown } | null)?.type;
    if (!(QUESTION_TYPES as readonly unknown[]).includes(type)) {
      ctx.addIssue({
        code: "custom",
        path: ["questions", index, "type"],
        message: `unknown question type ${type === undefined ? "(none)" : JSON.stringify(type)}: use one of ${QUESTION_TYPES.join(", ")}`,
      });
      return;
    }
    refuseMalformed(ctx, questionSchema, question, ["questions", index]);
  });
  const shaped = draft.questions.map((question) => {
    const q = (question ?? {}) as Record<string, unknown>;
    return {
      id: typeof q.id === "string" ? q.id : "",
      objectives: Array.isArray(q.objectives) ? (q.objectives as string[]) : [],
      tags: Array.isArray(q.tags) ? (q.tags as string[]) : [],
    };
  });
  const seen = new Set<string>();
  shaped.forEach((question, index) => {
    if (question.id !== "" && seen.has(question.id))
      ctx.addIssue({
        code: "custom",
        path: ["questions", index, "id"],
        message: `two questions have the id "${question.id}": each question needs its own id`,
      });
    seen.add(question.id);
  });
  const pools = (
    settings as { pools?: { by: "objective" | "tag"; key: string; draw: number }[] } | null
  )?.pools;
  if (!pools) return;
  const { members } = assignPools(pools, shaped);
  pools.forEach((pool, index) => {
    const available = members[index]?.length ?? 0;
    if (available < pool.draw)
      ctx.addIssue({
        code: "custom",
        path: ["settings", "pools", index, "draw"],
        message: `the pool for ${pool.by} "${pool.key}" draws ${String(pool.draw)} question(s) but only ${String(available)} belong to it`,
      });
  });
}
