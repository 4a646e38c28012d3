/** One spelling convention across the product: British English, with -ise endings as in the code. */
export const SPELLING_LANGUAGE = "en-GB";

/**
 * American spellings the en-GB dictionary lets through because they are right in another sense
 * ("program" for software, "meter" for a gauge) or as Oxford spellings ("organize"). The course
 * never means the other sense, so each is flagged with its British form as the suggestion.
 */
export const FLAGGED_SPELLINGS: readonly string[] = [
  "aging->ageing",
  "center->centre",
  "centers->centres",
  "meter->metre",
  "meters->metres",
  "program->programme",
  "programs->programmes",
  "organize->organise",
  "organized->organised",
  "realize->realise",
  "recognize->recognise",
  "minimize->minimise",
  "emphasize->emphasise",
  "stabilize->stabilise",
  "prioritize->prioritise",
  "personalize->personalise",
];

/** The British form of each flagged American spelling, by lowercase American form. */
export const BRITISH_FORMS: ReadonlyMap<string, string> = new Map(
  FLAGGED_SPELLINGS.map((entry) => {
    const [american = "", british = ""] = entry.split("->");
    return [american, british];
  }),
);

/** Text that is not words to spell: pronunciation guides and directive names. */
export const IGNORED_PATTERNS: readonly RegExp[] = [
  // Pronunciation guides, written (say "SO-lee-us") in lessons.
  /\bsay "[^"\n]*"/gu,
  // Directive names such as :::keypoints and ::figure.
  /^:{2,}[a-z-]+/gmu,
  // Ids inside exercise blocks (id: heel-raise-hold).
  /^\s*id:\s*\S+$/gmu,
];

/** Words of a course word list: one per line; blank lines and # comments ignored. */
export function parseWordList(text: string): string[] {
  return text
    .split(/\r?\n/u)
    .map((line) => line.replace(/#.*$/u, "").trim())
    .filter((line) => line.length > 0);
}
