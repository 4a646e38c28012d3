import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scoreQuestion, type Question } from "@soleus/quiz-engine";
import { builtInCoursesDir } from "./built-in";
import { loadCourseFromFiles } from "./load/load-course-from-files";

/** Every question of the built-in course, check quizzes and final quiz. */
async function builtInQuestions(): Promise<Question[]> {
  const { course } = await loadCourseFromFiles(join(builtInCoursesDir, "the-second-heart"));
  if (!course) throw new Error("the built-in course did not load");
  return [
    ...course.lessons.flatMap((lesson) => lesson.check.questions),
    ...course.finalQuiz.questions,
  ];
}

describe("forgiving typed answers in the built-in course", () => {
  it("never takes one blank's answer for another's", async () => {
    const fills = (await builtInQuestions()).filter(
      (q): q is Extract<Question, { type: "fill_blanks" }> => q.type === "fill_blanks",
    );
    expect(fills.length).toBeGreaterThan(0);
    for (const question of fills) {
      for (const blank of question.blanks) {
        if (blank.kind !== "text") continue;
        const own = new Set(blank.accepted.map((a) => a.toLowerCase()));
        const others = question.blanks
          .filter((b) => b.id !== blank.id)
          .flatMap((b) => (b.kind === "text" ? b.accepted : b.options.map((o) => o.text)))
          .filter((text) => !own.has(text.toLowerCase()));
        for (const text of others) {
          const score = scoreQuestion(question, { blanks: { [blank.id]: text } });
          expect(score.fraction, `${question.id}: "${text}" in blank ${blank.id}`).toBe(0);
        }
      }
    }
  });

  it('accepts the slips learners made ("achiles tendon") and says the spelling', async () => {
    const questions = await builtInQuestions();
    const tendon = questions.find((q) => q.id === "calcaneal-tendon-name");
    if (!tendon) throw new Error("missing the tendon question");
    expect(scoreQuestion(tendon, { text: "achiles tendon" })).toMatchObject({
      status: "correct",
      feedback: ["Accepted — the spelling is Achilles."],
    });
  });
});
