import { createSeededRandom, type QuestionInput, type SeededRandom } from "@soleus/quiz-engine";

const common = (i: number) => ({
  id: `q${i}`,
  prompt: `Question ${i}`,
  objectives: [`objective-${i % 4}`],
  section: { lesson: "lesson", anchor: `section-${i % 5}` },
  explanation: "Explanation.",
});
const entries = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, k) => ({ id: `${prefix}${k}`, text: `${prefix} ${k}` }));

/** A 20-question quiz mixing every type (6 single, 4 multiple, 2 each of true/false, ordering, matching, numeric, 1 short text, 1 fill-blanks). */
export function mixedQuestions(): QuestionInput[] {
  const kinds = [
    "single",
    "single",
    "multi",
    "tf",
    "single",
    "order",
    "match",
    "num",
    "multi",
    "single",
    "text",
    "fill",
    "single",
    "multi",
    "tf",
    "order",
    "match",
    "num",
    "multi",
    "single",
  ];
  return kinds.map((kind, i): QuestionInput => {
    switch (kind) {
      case "single":
        return {
          ...common(i),
          type: "single_choice",
          options: entries("o", 4).map((o, k) => ({ ...o, correct: k === i % 4, feedback: "fb" })),
        };
      case "multi":
        return {
          ...common(i),
          type: "multiple_response",
          scoring: i % 2 ? "right_minus_wrong" : "fractions",
          options: entries("o", 5).map((o, k) => ({ ...o, correct: k < 2 })),
        };
      case "tf":
        return { ...common(i), type: "true_false", answer: i % 2 === 0 };
      case "order":
        return { ...common(i), type: "ordering", items: entries("i", 5) };
      case "match":
        return {
          ...common(i),
          type: "matching",
          prompts: entries("p", 3),
          answers: entries("a", 4),
          pairs: [0, 1, 2].map((k) => ({ prompt: `p${k}`, answer: `a${k}` })),
        };
      case "num":
        return {
          ...common(i),
          type: "numeric",
          answer: 42,
          tolerance: { kind: "relative", value: 0.05 },
          units: ["kg"],
        };
      case "text":
        return { ...common(i), type: "short_text", accepted: ["soleus", "soleus muscle"] };
      default:
        return {
          ...common(i),
          type: "fill_blanks",
          text: "The {{b0}} is {{b1}}.",
          blanks: [
            { id: "b0", kind: "text", accepted: ["soleus"] },
            {
              id: "b1",
              kind: "choice",
              options: entries("o", 3).map((o, k) => ({ ...o, correct: k === 0 })),
            },
          ],
        };
    }
  });
}

/** A plausible response to a question; `ability` in [0, 1] makes right answers likelier. */
export function responseFor(q: QuestionInput, rnd: SeededRandom, ability: number): unknown {
  const right = rnd.next() < 0.25 + 0.7 * ability;
  switch (q.type) {
    case "single_choice":
      return {
        optionId: right
          ? (q.options.find((o) => o.correct)?.id ?? "o0")
          : `o${rnd.int(q.options.length)}`,
      };
    case "multiple_response":
      return {
        optionIds: right ? ["o0", "o1"] : q.options.filter(() => rnd.next() < 0.4).map((o) => o.id),
      };
    case "true_false":
      return { value: right ? q.answer : rnd.next() < 0.5 };
    case "ordering":
      return { order: right ? q.items.map((i) => i.id) : rnd.shuffle(q.items.map((i) => i.id)) };
    case "matching":
      return {
        pairs: Object.fromEntries(
          q.prompts.map((p, k) => [p.id, right ? `a${k}` : `a${rnd.int(4)}`]),
        ),
      };
    case "numeric":
      return { value: right ? 42 + rnd.next() : rnd.int(100), unit: "kg" };
    case "short_text":
      return { text: right ? " Soleus " : "gastrocnemius" };
    case "fill_blanks":
      return { blanks: { b0: right ? "soleus" : "calf", b1: right ? "o0" : `o${rnd.int(3)}` } };
  }
}

/** Deterministic generator of attempts' responses, one attempt at a time. */
export function attemptGenerator(
  questions: readonly QuestionInput[],
  seed: string,
): () => Record<string, unknown> {
  const rnd = createSeededRandom(seed);
  return () => {
    const ability = rnd.next();
    const responses: Record<string, unknown> = {};
    for (const q of questions)
      if (rnd.next() > 0.03) responses[q.id] = responseFor(q, rnd, ability);
    return responses;
  };
}
