import { expect, type Page } from "@playwright/test";
import { urls } from "../../../e2e.urls";
import { loadAnswerKey, type KnownAnswer } from "./quiz-helpers";

// A fixture, not a test of the quiz player (journey.spec.ts answers the final quiz on screen): it
// reaches a finished course quickly through the same HTTP endpoints the site's own pages use.

interface Entry {
  id: string;
  text: string;
}
interface ShownQuestion {
  id: string;
  type: KnownAnswer["type"];
  options?: Entry[];
  items?: Entry[];
  prompts?: Entry[];
  answers?: Entry[];
  blanks?: { id: string; kind: "choice" | "text"; options?: Entry[] }[];
}

const idOf = (entries: Entry[] | undefined, text: string) =>
  entries?.find((entry) => entry.text === text)?.id ?? `missing: ${text}`;

/** The right answer to a shown question, in this attempt's option ids. */
function responseFor(question: ShownQuestion, answer: KnownAnswer): unknown {
  switch (answer.type) {
    case "single_choice":
      return { optionId: idOf(question.options, answer.text) };
    case "multiple_response":
      return { optionIds: answer.texts.map((text) => idOf(question.options, text)) };
    case "true_false":
      return { value: answer.value };
    case "ordering":
      return { order: answer.texts.map((text) => idOf(question.items, text)) };
    case "matching":
      return {
        pairs: Object.fromEntries(
          answer.pairs.map(([prompt, match]) => [
            idOf(question.prompts, prompt),
            idOf(question.answers, match),
          ]),
        ),
      };
    case "numeric":
      return { value: Number(answer.value), ...(answer.unit ? { unit: answer.unit } : {}) };
    case "short_text":
      return { text: answer.text };
    case "fill_blanks":
      return {
        blanks: Object.fromEntries(
          (question.blanks ?? []).map((blank, index) => {
            const known = answer.blanks[index];
            return [
              blank.id,
              blank.kind === "choice"
                ? idOf(blank.options, known?.text ?? "")
                : (known?.text ?? ""),
            ];
          }),
        ),
      };
  }
}

async function trpc(page: Page, path: string, input: unknown): Promise<unknown> {
  const response = await page.request.post(`/api/trpc/${path}`, {
    headers: { origin: urls.web },
    data: { json: input },
  });
  expect(response.ok(), `${path}: ${await response.text()}`).toBe(true);
  return ((await response.json()) as { result: { data: { json: unknown } } }).result.data.json;
}

/** Passes a quiz as the signed-in learner of `page`, answering every question right. */
export async function passQuiz(page: Page, course: string, quiz: string) {
  const view = (await trpc(page, "attempts.start", { course, quiz })) as {
    attemptId: string;
    quiz: { questions: ShownQuestion[] };
  };
  const key = await loadAnswerKey();
  for (const question of view.quiz.questions) {
    const entry = key.get(`${quiz}/${question.id}`);
    if (!entry) throw new Error(`no answer for ${quiz}/${question.id}`);
    await trpc(page, "attempts.saveResponse", {
      attemptId: view.attemptId,
      questionId: question.id,
      response: responseFor(question, entry.answer),
    });
  }
  return (await trpc(page, "attempts.submit", { attemptId: view.attemptId })) as {
    result: { passed: boolean } | null;
  };
}

/** "Mark this lesson complete", the plain form each lesson ends with. */
export async function markLessonComplete(page: Page, course: string, lesson: string) {
  const response = await page.request.post(`/api/reading/${course}/${lesson}`, {
    headers: { origin: urls.web },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(303);
}
