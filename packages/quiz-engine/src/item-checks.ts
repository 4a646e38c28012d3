/**
 * Item-writing checks: pure functions over one quiz that find patterns which let learners score
 * without understanding. Importable as `@soleus/quiz-engine/item-checks`; the course checker and
 * the quiz editor both call `checkItems`.
 */
import type { Quiz } from "./schemas/quiz";
import { checkAbsoluteWords } from "./item-checks/absolute-words";
import { checkCatchAllOptions } from "./item-checks/catch-all-option";
import { checkDuplicateOptions } from "./item-checks/duplicate-options";
import type { ItemFinding } from "./item-checks/finding";
import { checkGiveaways } from "./item-checks/giveaways";
import { checkKeyPosition } from "./item-checks/key-position";
import { checkLengthCue } from "./item-checks/length-cue";
import { checkNegativeStems } from "./item-checks/negative-stem";
import { checkShortDistractors } from "./item-checks/short-distractors";
import { checkTwoItemOrdering } from "./item-checks/two-item-ordering";

export {
  ACKNOWLEDGEABLE_CHECKS,
  questionFinding,
  type AcknowledgeableCheck,
  type ItemCheckCode,
  type ItemFinding,
  type Severity,
} from "./item-checks/finding";
export { checkAbsoluteWords, absoluteWordsIn, ABSOLUTE_WORDS } from "./item-checks/absolute-words";
export { checkCatchAllOptions, isCatchAllOption } from "./item-checks/catch-all-option";
export {
  checkDuplicateOptions,
  optionSimilarity,
  NEAR_DUPLICATE_SIMILARITY,
} from "./item-checks/duplicate-options";
export { checkGiveaways, answerClues } from "./item-checks/giveaways";
export { checkKeyPosition } from "./item-checks/key-position";
export {
  checkLengthCue,
  hasLengthCue,
  LENGTH_CUE_MIN_EXTRA,
  LENGTH_CUE_RATIO,
} from "./item-checks/length-cue";
export { checkNegativeStems, unemphasisedNegatives } from "./item-checks/negative-stem";
export {
  checkShortDistractors,
  SHORT_DISTRACTOR_MIN_WORDS,
  SHORT_DISTRACTOR_SHARE,
} from "./item-checks/short-distractors";
export { checkTwoItemOrdering } from "./item-checks/two-item-ordering";
export { PATTERN_SHARE } from "./item-checks/option-lists";

const CHECKS: readonly ((quiz: Quiz) => ItemFinding[])[] = [
  checkKeyPosition,
  checkLengthCue,
  checkCatchAllOptions,
  checkNegativeStems,
  checkAbsoluteWords,
  checkGiveaways,
  checkDuplicateOptions,
  checkShortDistractors,
  checkTwoItemOrdering,
];

/** Run every item-writing check on a validated quiz; findings in question order, errors first within a question. */
export function checkItems(quiz: Quiz): ItemFinding[] {
  const order = new Map(quiz.questions.map((q, i) => [q.id, i]));
  const rank = (f: ItemFinding): number =>
    f.questionId === null ? -1 : (order.get(f.questionId) ?? -1);
  return CHECKS.flatMap((check) => check(quiz)).sort(
    (a, b) =>
      rank(a) - rank(b) || (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1),
  );
}
