import { ZxcvbnFactory, type ZxcvbnResult } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary as commonDictionary } from "@zxcvbn-ts/language-common";
import { dictionary as englishDictionary, translations } from "@zxcvbn-ts/language-en";

// Built once per process: loading the dictionaries (common passwords from breaches, English
// words, names, Wikipedia) takes a moment and a few megabytes, so this runs on the server only.
let estimator: ZxcvbnFactory | undefined;

function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    translations,
    graphs: adjacencyGraphs,
    dictionary: { ...commonDictionary, ...englishDictionary },
  });
  return estimator;
}

/** zxcvbn's estimate for a password, knowing the person's own name and email (never a good password). */
export function estimatePassword(password: string, userInputs: string[]): ZxcvbnResult {
  return zxcvbn().check(password, userInputs);
}
