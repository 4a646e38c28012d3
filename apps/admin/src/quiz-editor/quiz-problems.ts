import type { z } from "zod";
import { checkQuizItems } from "@soleus/content/check/quiz-items";
import { FINAL_QUIZ, LESSON_CHECK_QUESTIONS } from "@soleus/content/check/quiz-shape";
import { ACKNOWLEDGEABLE_CHECKS } from "@soleus/quiz-engine/item-checks";
import {
  assignPools,
  QUESTION_TYPES,
  questionSchema,
  quizSettingsSchema,
  type Question,
  type Quiz,
} from "@soleus/quiz-engine/schema";
import type { QuizDraft } from "./quiz-draft";

/** One thing to fix (error: blocks publishing) or to consider (warning: may be kept with a reason). */
export interface Problem {
  severity: "error" | "warning";
  message: string;
  advice?: string;
  /** The item check that found it (warnings of these can be kept with a reason). */
  check?: string;
  /** The reason written for keeping this warning, when it is kept. */
  kept?: string;
  questionId?: string | null;
}

export interface QuizProblems {
  /** Problems by the dotted path of the field they concern ("questions.2.options.1.text"). */
  at: (path: string) => Problem[];
  /** Every problem under a path ("questions.2" → the whole question's). */
  under: (path: string) => (Problem & { path: string })[];
  all: (Problem & { path: string })[];
  errors: number;
  warnings: number;
}

export interface CourseContext {
  slug: string;
  kind: string;
  objectiveIds: readonly string[];
  anchorsByLesson: ReadonlyMap<string, readonly string[]>;
}

const ZOD_DEFAULT = /^(Too small|Too big|Invalid|Expected|Unrecognized)/u;

function sentence(text: string): string {
  const trimmed = text.trim();
  const first = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/u.test(first) ? first : `${first}.`;
}

/** An engine (zod) finding in plain words for the field it sits next to. */
export function plainMessage(issue: z.core.$ZodIssue): string {
  if (!ZOD_DEFAULT.test(issue.message)) return sentence(issue.message);
  switch (issue.code) {
    case "too_small":
      if (issue.origin === "string") return "Fill this in.";
      if (issue.origin === "array") return `Add at least ${String(issue.minimum)}.`;
      return `Must be ${issue.inclusive ? "at least" : "more than"} ${String(issue.minimum)}.`;
    case "too_big":
      if (issue.origin === "string") return `Keep it to ${String(issue.maximum)} characters.`;
      if (issue.origin === "array") return `Keep it to ${String(issue.maximum)} at most.`;
      return `Must be at most ${String(issue.maximum)}.`;
    case "invalid_type":
      return issue.expected === "number" ? "Enter a number." : "Fill this in.";
    case "invalid_format":
      return "Use lower-case letters, digits and hyphens only.";
    case "invalid_value":
      return "Choose one of the listed values.";
    default:
      return sentence(issue.message);
  }
}

const key = (path: readonly PropertyKey[]) => path.map(String).join(".");

/**
 * Everything the editor shows next to the fields while the coach types: the engine's schema on
 * the settings and on each question, the quiz-wide rules (ids, pools), and, on the questions
 * that pass the schema, every item check of `content:check` (engine item checks, coverage,
 * sections, feedback, readability) with kept warnings marked. Publishing runs the same checks
 * on the server and refuses while any error is left.
 */
export function quizProblems(draft: QuizDraft, course: CourseContext): QuizProblems {
  const found: (Problem & { path: string })[] = [];
  const add = (path: readonly PropertyKey[], problem: Problem) => {
    found.push({ ...problem, path: key(path) });
  };
  if (draft.title.trim() === "")
    add(["title"], { severity: "error", message: "Give the quiz a title." });
  if (!Number.isInteger(draft.passPercent) || draft.passPercent < 0 || draft.passPercent > 100)
    add(["passPercent"], {
      severity: "error",
      message: "The pass mark is a whole number from 0 to 100.",
    });

  const settings = quizSettingsSchema.safeParse(draft.settings);
  if (!settings.success)
    for (const issue of settings.error.issues)
      add(["settings", ...issue.path], { severity: "error", message: plainMessage(issue) });

  const valid: Question[] = [];
  draft.questions.forEach((question, index) => {
    if (!(QUESTION_TYPES as readonly string[]).includes(question.type)) {
      add(["questions", index, "type"], { severity: "error", message: "Unknown question type." });
      return;
    }
    const parsed = questionSchema.safeParse(question);
    if (parsed.success) valid.push(parsed.data);
    else
      for (const issue of parsed.error.issues)
        add(["questions", index, ...issue.path], {
          severity: "error",
          message: plainMessage(issue),
          questionId: question.id,
        });
  });
  // The shape rules of content:check (check-questions.ts): a lesson check's size, the final quiz's breadth.
  const count = draft.questions.length;
  if (course.kind === "final") {
    const types = new Set(draft.questions.map((q) => q.type)).size;
    if (count < FINAL_QUIZ.minQuestions || types < FINAL_QUIZ.minTypes)
      add(["questions"], {
        severity: "error",
        message: `The final quiz needs at least ${String(FINAL_QUIZ.minQuestions)} questions of ${String(FINAL_QUIZ.minTypes)} types; it has ${String(count)} of ${String(types)}.`,
      });
  } else if (count < LESSON_CHECK_QUESTIONS.min || count > LESSON_CHECK_QUESTIONS.max)
    add(["questions"], {
      severity: "error",
      message: `A lesson check has ${String(LESSON_CHECK_QUESTIONS.min)} to ${String(LESSON_CHECK_QUESTIONS.max)} questions; this one has ${String(count)}.`,
    });

  const seen = new Set<string>();
  draft.questions.forEach((question, index) => {
    if (seen.has(question.id))
      add(["questions", index, "id"], {
        severity: "error",
        message: `Another question already has the id "${question.id}". Give each its own.`,
      });
    seen.add(question.id);
  });
  if (settings.success) {
    const { members } = assignPools(settings.data.pools, valid);
    settings.data.pools.forEach((pool, index) => {
      const available = members[index]?.length ?? 0;
      if (available < pool.draw)
        add(["settings", "pools", index, "draw"], {
          severity: "error",
          message: `This pool draws ${String(pool.draw)} but only ${String(available)} finished question(s) have ${pool.by === "tag" ? "the tag" : "the objective"} "${pool.key}".`,
          advice: "Lower the draw, or add questions to the pool.",
        });
    });
  }

  if (settings.success && valid.length > 0) {
    const quiz: Quiz = {
      id: course.slug,
      title: draft.title.trim() || "Quiz",
      passPercent: draft.passPercent,
      settings: settings.data,
      questions: valid,
    };
    const indexOf = new Map(draft.questions.map((q, i) => [q.id, i]));
    const findings = checkQuizItems(quiz, {
      objectiveIds: new Set(course.objectiveIds),
      anchorsByLesson: course.anchorsByLesson,
    });
    for (const finding of findings) {
      // Findings name the checked quiz's question positions; map them back to the draft's.
      const [root, position, ...rest] = finding.path;
      const path =
        root === "questions" && typeof position === "number"
          ? ["questions", indexOf.get(valid[position]?.id ?? "") ?? position, ...rest]
          : finding.path;
      add(path, {
        severity: finding.acknowledged ? "warning" : finding.severity,
        message: sentence(finding.message),
        advice: finding.advice,
        check: finding.check,
        questionId: finding.questionId,
        ...(finding.acknowledged ? { kept: finding.acknowledged } : {}),
      });
    }
  }

  const errors = found.filter((p) => p.severity === "error").length;
  return {
    at: (path) => found.filter((p) => p.path === path),
    under: (path) => found.filter((p) => p.path === path || p.path.startsWith(`${path}.`)),
    all: found,
    errors,
    warnings: found.length - errors,
  };
}

/** True when a warning of `check` may be kept with a reason. */
export function isKeepable(check: string | undefined): boolean {
  return (ACKNOWLEDGEABLE_CHECKS as readonly (string | undefined)[]).includes(check);
}
