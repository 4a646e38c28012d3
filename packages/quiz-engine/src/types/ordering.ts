import { fail } from "../errors";
import type { QuestionTypeModule } from "./question-type";
import { entriesInLayout, parseResponseShape, requireDistinct, requireKnown } from "./shared";

/** Ordering: exact (all or nothing) or the share of item pairs placed in the right relative order. */
export const ordering: QuestionTypeModule<"ordering"> = {
  validateResponse(question, response, path) {
    const parsed = parseResponseShape("ordering", response, path);
    const known = question.items.map((i) => i.id);
    parsed.order.forEach((id, i) => requireKnown(id, known, "item", [...path, "order", i]));
    requireDistinct(parsed.order, "item", [...path, "order"]);
    if (parsed.order.length !== known.length) {
      fail(
        "invalid_response",
        [...path, "order"],
        `must list all ${known.length} items, got ${parsed.order.length}`,
      );
    }
    return parsed;
  },
  score(question, response) {
    const n = question.items.length;
    const position = new Map(response.order.map((id, i) => [id, i]));
    const ranks = question.items.map((item) => position.get(item.id) ?? -1);
    let concordant = 0;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) if ((ranks[i] ?? 0) < (ranks[j] ?? 0)) concordant++;
    }
    const pairs = (n * (n - 1)) / 2;
    const fraction =
      question.scoring === "exact" ? (concordant === pairs ? 1 : 0) : concordant / pairs;
    return { fraction, feedback: [], misconceptions: [] };
  },
  // The authored order IS the key, so items are always shuffled, uniformly over all orders and
  // independently of the key: the shown order may be the key (1 in n!), which tells the learner
  // nothing. (Shuffling "away from the key" gave 2-item questions away: swap and you are right.)
  layout: (question, order) => ({
    items: order(
      "items",
      question.items.map((i) => i.id),
      true,
    ),
  }),
  idLists: (question) => ({ items: question.items.map((i) => i.id) }),
  renameIds: (_question, response, rename) => ({
    order: response.order.map((id) => rename("items", id)),
  }),
  toPublic: (question, layout, idOf) => ({
    id: question.id,
    type: "ordering",
    prompt: question.prompt,
    points: question.points,
    items: entriesInLayout(question.items, layout, "items", idOf),
  }),
  // A random permutation puts each pair in order with probability 1/2; exactly right with 1/n!.
  randomGuessScore(question) {
    if (question.scoring === "pairs") return 0.5;
    let permutations = 1;
    for (let k = 2; k <= question.items.length; k++) permutations *= k;
    return 1 / permutations;
  },
};
