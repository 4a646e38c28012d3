import type { Question } from "@soleus/quiz-engine/schema";

// Ids reach the learner in the public view, so they must not say which answer is right.
const REVEALING_WORDS = new Set([
  "true",
  "false",
  "correct",
  "incorrect",
  "right",
  "wrong",
  "answer",
  "key",
  "yes",
  "no",
]);

/** Every id of a question that a learner's browser receives, with its YAML path. */
function publicIds(question: Question): { id: string; path: PropertyKey[] }[] {
  const ids: { id: string; path: PropertyKey[] }[] = [{ id: question.id, path: ["id"] }];
  const add = (list: readonly { id: string }[], key: string) =>
    list.forEach((entry, index) => ids.push({ id: entry.id, path: [key, index, "id"] }));
  switch (question.type) {
    case "single_choice":
    case "multiple_response":
      add(question.options, "options");
      break;
    case "ordering":
      add(question.items, "items");
      break;
    case "matching":
      add(question.prompts, "prompts");
      add(question.answers, "answers");
      break;
    case "fill_blanks":
      add(question.blanks, "blanks");
      question.blanks.forEach((blank, b) => {
        if (blank.kind === "choice")
          blank.options.forEach((option, o) =>
            ids.push({ id: option.id, path: ["blanks", b, "options", o, "id"] }),
          );
      });
      break;
    default:
      break;
  }
  return ids;
}

/** Ids that give the answer away ("ankle-strategy-true", "b-correct"), with their YAML paths. */
export function revealingIds(question: Question): { id: string; path: PropertyKey[] }[] {
  return publicIds(question).filter(({ id }) =>
    id
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .some((word) => REVEALING_WORDS.has(word)),
  );
}
