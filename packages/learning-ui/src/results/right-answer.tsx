import type { CorrectAnswer } from "@soleus/quiz-engine";
import type { PublicQuestion } from "@soleus/quiz-engine/schema";

type Entry = { id: string; text: string };
const record = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === "object" ? (value as Record<string, unknown>) : {};
const textOf = (entries: readonly Entry[], id: unknown) =>
  entries.find((entry) => entry.id === id)?.text ?? "";

/** One part of a question in the review: what the learner gave, and whether (and what) was right. */
interface Part {
  key: string;
  label?: string;
  given: string;
  right: boolean;
  /** The right answer for this part, shown where it was wrong. */
  correct?: string;
}

/** Each part of the learner's answer beside the right one, so every wrong part is marked in place. */
function partsOf(question: PublicQuestion, response: unknown, key: CorrectAnswer): Part[] {
  const value = record(response);
  if (question.type === "single_choice" && key.type === "single_choice")
    return question.options.flatMap((o): Part[] => {
      const chosen = value.optionId === o.id;
      const isRight = key.optionId === o.id;
      if (!chosen && !isRight) return [];
      return [
        {
          key: o.id,
          given: o.text,
          right: isRight,
          label: chosen ? "You chose" : "The right answer",
        },
      ];
    });
  if (question.type === "multiple_response" && key.type === "multiple_response") {
    const chosen = new Set(Array.isArray(value.optionIds) ? (value.optionIds as unknown[]) : []);
    const right = new Set(key.optionIds);
    return question.options.map((o) => ({
      key: o.id,
      given: o.text,
      right: chosen.has(o.id) === right.has(o.id),
      label: right.has(o.id)
        ? chosen.has(o.id)
          ? "Right to choose"
          : "Should have been chosen"
        : chosen.has(o.id)
          ? "Should not have been chosen"
          : "Right to leave out",
    }));
  }
  if (question.type === "true_false" && key.type === "true_false") {
    const given =
      typeof value.value === "boolean" ? (value.value ? "True" : "False") : "(no answer)";
    const correct = key.value ? "True" : "False";
    return [{ key: "tf", given, right: given === correct, correct }];
  }
  if (question.type === "ordering" && key.type === "ordering") {
    const order = Array.isArray(value.order) ? (value.order as unknown[]) : [];
    return key.order.map((id, i) => ({
      key: id,
      label: `Position ${i + 1}`,
      given: textOf(question.items, order[i]) || "(empty)",
      right: order[i] === id,
      correct: textOf(question.items, id),
    }));
  }
  if (question.type === "matching" && key.type === "matching") {
    const pairs = record(value.pairs);
    return question.prompts.map((p) => ({
      key: p.id,
      label: p.text,
      given: textOf(question.answers, pairs[p.id]) || "(no match)",
      right: pairs[p.id] === key.pairs[p.id],
      correct: textOf(question.answers, key.pairs[p.id]),
    }));
  }
  if (question.type === "fill_blanks" && key.type === "fill_blanks") {
    const blanks = record(value.blanks);
    return question.blanks.map((b, i) => {
      const answer = key.blanks[b.id];
      const given = blanks[b.id];
      const givenText =
        typeof given !== "string" || given === ""
          ? "(empty)"
          : b.kind === "choice"
            ? textOf(b.options, given)
            : given;
      const correct =
        answer && "optionId" in answer
          ? b.kind === "choice"
            ? textOf(b.options, answer.optionId)
            : ""
          : (answer?.text ?? "");
      const right = answer
        ? "optionId" in answer
          ? given === answer.optionId
          : answer.right
        : false;
      return { key: b.id, label: `Blank ${i + 1}`, given: givenText, right, correct };
    });
  }
  return [];
}

/**
 * The right answer, shown after submitting when the quiz's review option allows it: each part of
 * the learner's answer marked right or wrong where it stands, with the right one beside a wrong
 * part. Typed answers (numbers, short text, typed blanks) show the expected answer.
 */
export function RightAnswer({
  question,
  response,
  answer,
  fullyRight,
}: {
  question: PublicQuestion;
  response: unknown;
  answer: CorrectAnswer;
  fullyRight: boolean;
}) {
  if (answer.type === "numeric" || answer.type === "short_text")
    return fullyRight ? null : (
      <p className="right-answer">
        <strong>The right answer:</strong> {answer.text}
      </p>
    );
  const parts = partsOf(question, response, answer);
  return (
    <div className="right-answer">
      <strong>{fullyRight ? "Each part:" : "Where it went wrong:"}</strong>
      <ul className="right-answer__parts">
        {parts.map(({ right, ...part }) => {
          return (
            <li key={part.key} className={right ? "part part--right" : "part part--wrong"}>
              <span aria-hidden="true">{right ? "✓ " : "✗ "}</span>
              <span className="visually-hidden">{right ? "Right: " : "Wrong: "}</span>
              {part.label ? `${part.label}: ` : ""}
              {part.given}
              {!right && part.correct ? (
                <>
                  {" "}
                  — <strong>right: {part.correct}</strong>
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
