import type * as CSpellLib from "cspell-lib";
import type { CSpellSettings } from "cspell-lib";
import type { Issue } from "../issues";
import {
  BRITISH_FORMS,
  FLAGGED_SPELLINGS,
  IGNORED_PATTERNS,
  SPELLING_LANGUAGE,
} from "./spelling-settings";
import type { SpellingText } from "./spelling-texts";

type CSpell = typeof CSpellLib;

// cspell takes seconds to import and to load its defaults: do both once per process, and only
// when spelling is checked (so `content:check --help` stays quick).
let cspell: Promise<CSpell> | undefined;
let defaults: Promise<CSpellSettings> | undefined;

/**
 * Settings for course prose. Lesson bodies are checked as plain text too: cspell's Markdown mode
 * adds the HTML and CSS dictionaries, which accept "color" and "center".
 */
async function settingsFor(lib: CSpell, words: readonly string[]): Promise<CSpellSettings> {
  defaults ??= lib.getDefaultSettings();
  const merged = lib.mergeSettings(await defaults, {
    language: SPELLING_LANGUAGE,
    words: [...words],
    flagWords: [...FLAGGED_SPELLINGS],
    ignoreRegExpList: [...IGNORED_PATTERNS],
  });
  return lib.finalizeSettings(lib.constructSettingsForText(merged, "", "plaintext"));
}

function lineWithin(text: string, offset: number): number {
  let line = 0;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === "\n") line++;
  return line;
}

/**
 * Spell-check course texts in British English plus the course's own word list; each unknown or
 * flagged word is an error at its line, with up to three suggestions.
 */
export async function checkSpelling(
  texts: readonly SpellingText[],
  words: readonly string[],
): Promise<Issue[]> {
  cspell ??= import("cspell-lib");
  const lib = await cspell;
  const settings = await settingsFor(lib, words);
  const issues: Issue[] = [];
  // One plain-text document per text, with the settings above and no config-file search.
  const spellCheck = async (text: string, generateSuggestions: boolean) => {
    const document = { uri: "file:///course-text.txt", text, languageId: "plaintext" };
    const options = { generateSuggestions, numSuggestions: 3, noConfigSearch: true };
    return (await lib.spellCheckDocument(document, options, settings)).issues;
  };
  const suggestions = new Map<string, Promise<string[]>>();
  // Suggestions come from checking the lone word (cspell's suggestionsForWord loads every
  // dictionary and takes tens of seconds), once per distinct word.
  const suggest = (word: string): Promise<string[]> => {
    let found = suggestions.get(word);
    if (!found) {
      found = spellCheck(word, true).then((result) => (result[0]?.suggestions ?? []).slice(0, 3));
      suggestions.set(word, found);
    }
    return found;
  };
  for (const { file, line, text } of texts) {
    for (const found of await spellCheck(text, false)) {
      const british =
        found.isFlagged === true ? BRITISH_FORMS.get(found.text.toLowerCase()) : undefined;
      if (british !== undefined) {
        issues.push({
          file,
          line: line + lineWithin(text, found.offset),
          check: "spelling",
          message: `"${found.text}" is the American spelling; the product writes British English: "${british}"`,
          advice: `Write "${british}".`,
        });
        continue;
      }
      const options = await suggest(found.text);
      const hint =
        options.length > 0 ? ` (did you mean ${options.map((o) => `"${o}"`).join(", ")}?)` : "";
      issues.push({
        file,
        line: line + lineWithin(text, found.offset),
        check: "spelling",
        message: `"${found.text}" is not in the British English dictionary or the course word list${hint}`,
        advice:
          "Fix the spelling, or add the word to the course's spelling-words.txt if it is a correct term.",
      });
    }
  }
  return issues;
}
