import type { Question } from "../schemas/question";
import type { Quiz } from "../schemas/quiz";
import { questionFinding, type ItemFinding } from "./finding";
import { optionListsOf } from "./option-lists";
import { containsPhrase, contentWords, plainText, wordsOf } from "./text";

/** What would answer a question if a learner read it elsewhere in the quiz. */
interface AnswerClue {
  /** The text to look for, as the learner would read it. */
  text: string;
  /** A phrase clue matches as whole words; a word-set clue when all its words appear. */
  kind: "phrase" | "words";
}

const NUMBER_WORDS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
];

function numericClues(answer: number): AnswerClue[] {
  const clues: AnswerClue[] = [{ text: String(answer), kind: "phrase" }];
  // "one", "two" are too common in prose to point at an answer; from three on they do.
  const word = Number.isInteger(answer) && answer >= 3 ? NUMBER_WORDS[answer] : undefined;
  if (word !== undefined) clues.push({ text: word, kind: "phrase" });
  return clues;
}

/** Words of a correct option that no wrong option and not the question's own prompt use. */
function distinctiveWords(question: Question, key: string, wrong: readonly string[]): string[] {
  const elsewhere = new Set([question.prompt, ...wrong].flatMap(contentWords));
  return [...new Set(contentWords(key))].filter((word) => !elsewhere.has(word));
}

/**
 * A chosen (not typed) answer is given away only by what tells it apart from the other options:
 * its distinctive words, at least two of them (one is usually a topic word the quiz shares).
 */
function keyWordClues(
  question: Question,
  options: readonly { text: string; correct: boolean }[],
): AnswerClue[] {
  const wrong = options.filter((o) => !o.correct).map((o) => o.text);
  return options
    .filter((o) => o.correct)
    .flatMap((o): AnswerClue[] => {
      const words = distinctiveWords(question, o.text, wrong);
      return words.length >= 2 ? [{ text: words.join(" "), kind: "words" }] : [];
    });
}

/** The clues that would give away each question's answer (empty for true/false, matching, ordering). */
export function answerClues(question: Question): AnswerClue[] {
  switch (question.type) {
    case "numeric":
      return numericClues(question.answer);
    case "short_text":
      return question.accepted.map((text) => ({ text, kind: "phrase" }));
    case "fill_blanks":
      return question.blanks.flatMap((blank): AnswerClue[] =>
        blank.kind === "text"
          ? blank.accepted.map((text) => ({ text, kind: "phrase" }))
          : keyWordClues(question, blank.options),
      );
    case "single_choice":
    case "multiple_response":
      return keyWordClues(question, question.options);
    default:
      return [];
  }
}

/** The texts of a question a learner reads before answering, with their fields. */
function visibleTexts(question: Question): { field: (string | number)[]; text: string }[] {
  const texts: { field: (string | number)[]; text: string }[] = [
    { field: ["prompt"], text: question.prompt },
  ];
  if (question.type === "fill_blanks") texts.push({ field: ["text"], text: question.text });
  if (question.type === "matching") {
    question.prompts.forEach((p, k) => texts.push({ field: ["prompts", k, "text"], text: p.text }));
  }
  for (const list of optionListsOf(question)) {
    list.entries.forEach((e, k) => texts.push({ field: [...list.path, k, "text"], text: e.text }));
  }
  return texts;
}

function clueFound(clue: AnswerClue, text: string): boolean {
  if (clue.kind === "phrase")
    return wordsOf(clue.text).length > 0 && containsPhrase(text, clue.text);
  const words = new Set(wordsOf(text));
  return clue.text.split(" ").every((word) => words.has(word));
}

/** A one-word answer that more than this many other questions use is the quiz's vocabulary. */
export const VOCABULARY_QUESTIONS = 2;

/** The one meaningful word of a clue ("the heart" -> "heart"), or null for longer clues. */
function singleWord(clue: AnswerClue): AnswerClue | null {
  if (clue.kind === "words") return null;
  const core = contentWords(clue.text);
  if (core.length === 1 && core[0] !== undefined) return { text: core[0], kind: "phrase" };
  return wordsOf(clue.text).length === 1 ? clue : null;
}

/**
 * Giveaways between questions (warning): a question's prompt or options contain the answer of
 * another question in the same quiz: its numeric answer, an accepted short answer, or the
 * distinctive words of its correct option.
 */
export function checkGiveaways(quiz: Quiz): ItemFinding[] {
  const findings: ItemFinding[] = [];
  const texts = quiz.questions.map((q) => visibleTexts(q).map((t) => t.text));
  quiz.questions.forEach((answered, own) => {
    let clues = answerClues(answered);
    // A one-word answer that many questions use ("heart" in a course on the calf pump) is the
    // quiz's vocabulary: seeing it elsewhere does not point at this answer.
    const words = clues.flatMap((clue) => singleWord(clue) ?? []);
    const users = texts.filter(
      (list, k) => k !== own && list.some((text) => words.some((w) => clueFound(w, text))),
    ).length;
    if (users > VOCABULARY_QUESTIONS) clues = clues.filter((clue) => singleWord(clue) === null);
    if (clues.length === 0) return;
    quiz.questions.forEach((other, index) => {
      if (other === answered) return;
      const hit = visibleTexts(other).find(({ text }) => clues.some((c) => clueFound(c, text)));
      if (!hit) return;
      const clue = clues.find((c) => clueFound(c, hit.text));
      findings.push(
        questionFinding(
          "warning",
          "giveaway",
          other,
          index,
          hit.field,
          clue?.kind === "words"
            ? `"${plainText(hit.text)}" uses the words ${clue.text
                .split(" ")
                .map((w) => `"${w}"`)
                .join(", ")} that pick out the answer to question "${answered.id}".`
            : `"${plainText(hit.text)}" contains "${clue?.text ?? ""}", the answer to question "${answered.id}".`,
          `Reword one of the two questions so that neither shows the other's answer.`,
        ),
      );
    });
  });
  return findings;
}
