import type { PublicQuestion } from "../schemas/public";
import { LIMITS } from "../schemas/limits";
import type { FillBlanksQuestion } from "../schemas/question/fill-blanks";
import { matchTyped, spellingNote } from "../text/spelling";
import type { QuestionTypeModule } from "./question-type";
import { entriesInLayout, parseResponseShape, requireKnown } from "./shared";

type PublicBlank = Extract<PublicQuestion, { type: "fill_blanks" }>["blanks"][number];

/** What belongs in the other blanks (accepted answers, option texts): never forgiven as a slip. */
export function rivalsOf(question: FillBlanksQuestion, blankId: string): string[] {
  return question.blanks
    .filter((b) => b.id !== blankId)
    .flatMap((b) => (b.kind === "text" ? b.accepted : b.options.map((o) => o.text)));
}

/** Fill in the blanks: each blank (choice or typed) earns an equal share. */
export const fillBlanks: QuestionTypeModule<"fill_blanks"> = {
  validateResponse(question, response, path) {
    const parsed = parseResponseShape("fill_blanks", response, path);
    const blanks = new Map(question.blanks.map((b) => [b.id, b]));
    for (const [blankId, value] of Object.entries(parsed.blanks)) {
      requireKnown(blankId, [...blanks.keys()], "blank", [...path, "blanks", blankId]);
      const blank = blanks.get(blankId);
      if (blank?.kind === "choice")
        requireKnown(
          value,
          blank.options.map((o) => o.id),
          "option",
          [...path, "blanks", blankId],
        );
    }
    return parsed;
  },
  score(question, response) {
    let right = 0;
    const feedback: string[] = [];
    question.blanks.forEach((blank, index) => {
      if (!Object.hasOwn(response.blanks, blank.id)) return;
      const value = response.blanks[blank.id] ?? "";
      if (blank.kind === "choice") {
        if (blank.options.some((o) => o.correct && o.id === value)) right++;
        return;
      }
      const match = matchTyped(value, blank.accepted, {
        forgiveSpelling: question.forgiveSpelling,
        rivals: rivalsOf(question, blank.id),
      });
      if (!match) return;
      right++;
      if (match.kind === "close")
        feedback.push(`Blank ${index + 1}: ${spellingNote(value, match.accepted)}`);
    });
    return { fraction: right / question.blanks.length, feedback, misconceptions: [] };
  },
  layout(question, order, shuffleOptions) {
    const layout: Record<string, string[]> = {};
    for (const [list, ids] of Object.entries(fillBlanks.idLists(question)))
      layout[list] = order(list, ids, shuffleOptions);
    return layout;
  },
  // Blank ids stay as authored (they name places in the text, not answers); choice values are renamed.
  idLists: (question) =>
    Object.fromEntries(
      question.blanks.flatMap((blank) =>
        blank.kind === "choice" ? [[`blank:${blank.id}`, blank.options.map((o) => o.id)]] : [],
      ),
    ),
  renameIds(question, response, rename) {
    const choice = new Set(question.blanks.filter((b) => b.kind === "choice").map((b) => b.id));
    return {
      blanks: Object.fromEntries(
        Object.entries(response.blanks).map(([blankId, value]) => [
          blankId,
          choice.has(blankId) ? rename(`blank:${blankId}`, value) : value,
        ]),
      ),
    };
  },
  toPublic: (question, layout, idOf) => ({
    id: question.id,
    type: "fill_blanks",
    prompt: question.prompt,
    points: question.points,
    text: question.text,
    blanks: question.blanks.map((blank): PublicBlank =>
      blank.kind === "choice"
        ? {
            id: blank.id,
            kind: "choice",
            options: entriesInLayout(blank.options, layout, `blank:${blank.id}`, idOf),
          }
        : { id: blank.id, kind: "text", maxLength: LIMITS.responseTextLength },
    ),
  }),
  // A random choice per choice blank; typed blanks cannot be guessed.
  randomGuessScore: (question) =>
    question.blanks.reduce((sum, b) => sum + (b.kind === "choice" ? 1 / b.options.length : 0), 0) /
    question.blanks.length,
};
