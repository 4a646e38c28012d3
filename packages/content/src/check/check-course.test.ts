import { readFile, writeFile, mkdtemp, rm, unlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { checkCourseDir } from "./check-dir";
import { loadSeeds } from "./seed-copy";
import {
  makeQuestion,
  validFixture,
  writeFixture,
  type FixtureCourse,
} from "./fixtures/build-fixture";

type Found = { file: string; line: number; message: string };

async function check(
  mutate: (fixture: FixtureCourse) => void,
  afterWrite?: (dir: string) => Promise<void>,
) {
  const fixture = validFixture();
  mutate(fixture);
  const dir = await writeFixture(fixture);
  await afterWrite?.(dir);
  const result = await checkCourseDir(dir);
  const issues: Found[] = result.issues.map((issue) => ({
    ...issue,
    file: relative(dir, issue.file),
  }));
  return { dir, issues };
}

/** 1-based line of the nth line containing `needle` in a written fixture file. */
async function lineOf(dir: string, file: string, needle: string, nth = 0): Promise<number> {
  const lines = (await readFile(join(dir, file), "utf8")).split("\n");
  const hits = lines.flatMap((line, index) => (line.includes(needle) ? [index + 1] : []));
  const hit = hits[nth];
  if (hit === undefined) throw new Error(`"${needle}" not found in ${file}`);
  return hit;
}

function quiz(fixture: FixtureCourse, name: string) {
  const found = fixture.quizzes[name];
  if (!found) throw new Error(`no quiz ${name}`);
  return found;
}

function question(fixture: FixtureCourse, name: string, index: number): Record<string, unknown> {
  const found = quiz(fixture, name).questions[index];
  if (!found) throw new Error(`no question ${index}`);
  return found;
}

function lesson(fixture: FixtureCourse, index: number) {
  const found = fixture.lessons[index];
  if (!found) throw new Error(`no lesson ${index}`);
  return found;
}

describe("checkCourse on fixture courses", () => {
  it("passes the valid fixture with a summary", async () => {
    const fixture = validFixture();
    const result = await checkCourseDir(await writeFixture(fixture));
    expect(result.issues).toEqual([]);
    expect(result.summary?.lessons.map((l) => l.slug)).toEqual(["meet-the-muscle", "the-pump"]);
    expect(result.summary?.finalQuizQuestions).toBe(20);
  });

  it("maps course.yaml schema errors to the offending line", async () => {
    const { dir, issues } = await check((f) => {
      f.course.minutes = "ten";
    });
    expect(issues).toEqual([
      {
        file: "course.yaml",
        line: await lineOf(dir, "course.yaml", "minutes:"),
        message: expect.stringContaining("minutes"),
      },
    ]);
  });

  it("maps a question's schema error to the question's field", async () => {
    const { dir, issues } = await check((f) => {
      question(f, "final", 4).passMark = 3;
    });
    expect(issues).toEqual([
      {
        file: "quizzes/final.yaml",
        line: await lineOf(dir, "quizzes/final.yaml", "passMark:"),
        message: expect.stringMatching(/questions\.4.*passMark/),
      },
    ]);
  });

  it("reports lesson front matter errors and YAML syntax errors with lines", async () => {
    const { issues } = await check(
      (f) => {
        delete lesson(f, 0).frontMatter.summary;
      },
      async (d) =>
        writeFile(join(d, "quizzes", "the-pump.yaml"), "id: the-pump-check\ntitle: [unclosed\n"),
    );
    expect(issues).toContainEqual({
      file: "lessons/01-meet-the-muscle.md",
      line: 2,
      message: expect.stringContaining("summary"),
    });
    expect(
      issues.some(
        (i) => i.file === "quizzes/the-pump.yaml" && i.message.startsWith("YAML:") && i.line >= 2,
      ),
    ).toBe(true);
  });

  it("reports unknown objectives in lessons and in questions", async () => {
    const { dir, issues } = await check((f) => {
      lesson(f, 1).frontMatter.objectives = ["pump", "balance"];
      question(f, "meet-the-muscle", 1).objectives = ["anatomy", "strength"];
    });
    expect(issues).toEqual([
      {
        file: "lessons/02-the-pump.md",
        line: await lineOf(dir, "lessons/02-the-pump.md", "- balance"),
        message: 'unknown objective "balance" (not in course.yaml)',
      },
      {
        file: "quizzes/meet-the-muscle.yaml",
        line: await lineOf(dir, "quizzes/meet-the-muscle.yaml", "- strength"),
        message: 'question "meet-the-muscle-q2": unknown objective "strength" (not in course.yaml)',
        check: "unknown-objective",
        advice: expect.stringContaining("course.yaml"),
      },
    ]);
  });

  it("reports section links to a missing anchor or lesson", async () => {
    const { dir, issues } = await check((f) => {
      question(f, "the-pump", 0).section = { lesson: "the-pump", anchor: "nowhere" };
      question(f, "the-pump", 1).section = { lesson: "no-such-lesson", anchor: "how-it-pumps" };
    });
    expect(issues).toEqual([
      {
        file: "quizzes/the-pump.yaml",
        line: await lineOf(dir, "quizzes/the-pump.yaml", "anchor: nowhere"),
        message: expect.stringContaining('has no section "#nowhere"'),
        check: "section",
        advice: expect.stringContaining("heading"),
      },
      {
        file: "quizzes/the-pump.yaml",
        line: await lineOf(dir, "quizzes/the-pump.yaml", "lesson: no-such-lesson"),
        message: expect.stringContaining('"no-such-lesson", which is not in the course'),
        check: "section",
        advice: expect.stringContaining("lesson"),
      },
    ]);
  });

  it("accepts a section link to an exercise id", async () => {
    const { issues } = await check((f) => {
      question(f, "the-pump", 0).section = { lesson: "the-pump", anchor: "heel-lift-two" };
    });
    expect(issues).toEqual([]);
  });

  it("reports an objective with fewer than 3 questions, and one no lesson teaches", async () => {
    const { dir, issues } = await check((f) => {
      f.course.objectives.push({ id: "balance", title: "Balance", description: "Stand steady." });
      lesson(f, 1).frontMatter.objectives = ["pump", "balance"];
      f.course.objectives.push({ id: "extra", title: "Extra", description: "Untaught." });
      for (const q of quiz(f, "final").questions.slice(0, 3)) q.objectives = ["anatomy", "extra"];
    });
    expect(issues).toEqual([
      {
        file: "course.yaml",
        line: await lineOf(dir, "course.yaml", "id: balance"),
        message:
          'objective "balance" is assessed by 0 question(s); it needs at least 3 across the course',
      },
      {
        file: "course.yaml",
        line: await lineOf(dir, "course.yaml", "id: extra"),
        message: 'objective "extra" is not taught by any lesson',
      },
    ]);
  });

  // The engine's schema requires a non-empty explanation; content:check reports it at the question.
  it("reports a question without an explanation", async () => {
    const { dir, issues } = await check((f) => {
      delete question(f, "final", 2).explanation;
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.file).toBe("quizzes/final.yaml");
    expect(issues[0]?.message).toMatch(/questions\.2\.explanation/);
    expect(issues[0]?.line).toBe(await lineOf(dir, "quizzes/final.yaml", "id: final-q3"));
  });

  it("reports wrong options without feedback or misconception", async () => {
    const { dir, issues } = await check((f) => {
      const single = question(f, "final", 0) as { options: Record<string, unknown>[] };
      delete single.options[1]?.feedback;
      const trueFalse = question(f, "final", 2);
      delete trueFalse.misconception;
    });
    expect(issues).toEqual([
      {
        file: "quizzes/final.yaml",
        line: await lineOf(dir, "quizzes/final.yaml", "- id: b", 0),
        message: 'question "final-q1": wrong option "b" needs feedback naming the mistaken idea',
        check: "wrong-answer-feedback",
        advice: expect.stringContaining("misconception"),
      },
      {
        file: "quizzes/final.yaml",
        line: await lineOf(dir, "quizzes/final.yaml", "feedbackFalse:", 0),
        message:
          'question "final-q3": wrong answer "false" needs misconception naming the mistaken idea',
        check: "wrong-answer-feedback",
        advice: expect.stringContaining("misconception"),
      },
    ]);
  });

  it("reports images without alt text at their line in the lesson file", async () => {
    const { dir, issues } = await check((f) => {
      lesson(f, 0).body +=
        '\n::figure{src="images/calf.svg" caption="A calf"}\n\n![](images/leg.png)\n';
    });
    const file = "lessons/01-meet-the-muscle.md";
    expect(issues).toEqual([
      {
        file,
        line: await lineOf(dir, file, "::figure"),
        message: "image needs alt text that describes it",
      },
      {
        file,
        line: await lineOf(dir, file, "![](images/leg.png)"),
        message: "image needs alt text that describes it",
      },
    ]);
  });

  it("reports a lesson above the reading-grade limit", async () => {
    const { dir, issues } = await check((f) => {
      lesson(f, 0).body +=
        "\nPhysiological considerations regarding intramuscular venous accumulation necessitate comprehensive understanding of musculoskeletal biomechanics, particularly concerning gastrocnemius and soleus interrelationships during prolonged immobilisation, which substantially influences cardiovascular haemodynamics and subsequent thromboembolic complications.\n";
    });
    const firstBodyLine = (await lineOf(dir, "lessons/01-meet-the-muscle.md", "---", 1)) + 1;
    expect(issues).toEqual([
      {
        file: "lessons/01-meet-the-muscle.md",
        line: firstBodyLine,
        message: expect.stringMatching(/^reading grade \d+\.\d is above the limit 8\.0/),
      },
    ]);
  });

  it("reports lessons outside 3-7 minutes", async () => {
    const { issues } = await check((f) => {
      lesson(f, 0).frontMatter.minutes = 2;
      lesson(f, 1).frontMatter.minutes = 9;
    });
    expect(issues.map((i) => [i.file, i.message])).toEqual([
      ["lessons/01-meet-the-muscle.md", "lesson is 2 minutes; keep lessons between 3 and 7"],
      ["lessons/02-the-pump.md", "lesson is 9 minutes; keep lessons between 3 and 7"],
    ]);
  });

  it("reports lesson checks with fewer than 3 or more than 5 questions", async () => {
    const { issues } = await check((f) => {
      quiz(f, "meet-the-muscle").questions.pop();
      const pump = quiz(f, "the-pump");
      for (let i = 4; i <= 6; i += 1)
        pump.questions.push(
          makeQuestion("short_text", `the-pump-q${i}`, "pump", {
            lesson: "the-pump",
            anchor: "how-it-pumps",
          }),
        );
    });
    expect(issues.map((i) => [i.file, i.message])).toEqual([
      ["quizzes/meet-the-muscle.yaml", "a lesson check has 3-5 questions; this one has 2"],
      // Two questions on one objective are also too few for its mastery score.
      [
        "quizzes/meet-the-muscle.yaml",
        'objective "anatomy" is assessed by 2 question(s) in this quiz; it needs at least 3 for its mastery score to mean something',
      ],
      ["quizzes/the-pump.yaml", "a lesson check has 3-5 questions; this one has 6"],
    ]);
  });

  it("reports a final quiz with fewer than 20 questions or 6 types", async () => {
    const { issues } = await check((f) => {
      const final = quiz(f, "final");
      final.questions = final.questions.filter(
        (q) => q.type !== "fill_blanks" && q.type !== "short_text" && q.type !== "numeric",
      );
    });
    expect(issues.map((i) => i.message)).toEqual([
      "the final quiz needs at least 20 questions; it has 14",
      "the final quiz needs at least 6 question types; it has 5 (single_choice, multiple_response, true_false, ordering, matching)",
    ]);
  });

  it("reports duplicated objective ids, lesson slugs, quiz ids, question ids and exercise anchors", async () => {
    const { issues } = await check((f) => {
      f.course.objectives.push({ id: "pump", title: "Again", description: "Twice." });
      quiz(f, "the-pump").id = "meet-the-muscle-check";
      question(f, "final", 1).id = "final-q1";
      lesson(f, 1).body = `## Heel lift two\n\n${lesson(f, 1).body}`;
    });
    expect(issues.map((i) => [i.file, i.message])).toEqual([
      ["course.yaml", 'duplicate objective id "pump"'],
      [
        "lessons/02-the-pump.md",
        'exercise id "heel-lift-two" is already used as an anchor in this lesson',
      ],
      ["quizzes/final.yaml", 'questions.1.id: duplicate question id "final-q1"'],
      [
        "quizzes/the-pump.yaml",
        'duplicate quiz id "meet-the-muscle-check" (another quiz file uses it)',
      ],
    ]);
  });

  it("reports a lesson listed twice", async () => {
    const { issues } = await check((f) => {
      f.course.lessons.push("the-pump");
    });
    expect(issues.map((i) => i.message)).toContain('lesson "the-pump" is listed twice');
  });

  it("reports renderer problems at their line: unknown blocks, bad exercise YAML, unsafe links", async () => {
    const { dir, issues } = await check((f) => {
      lesson(f, 1).body =
        lesson(f, 1).body.replace("sets: 2", "sets: many") +
        "\n::video{src=x}\n\n[click](javascript:alert(1))\n";
    });
    const file = "lessons/02-the-pump.md";
    expect(issues).toEqual([
      {
        file,
        line: await lineOf(dir, file, "sets: many"),
        message: expect.stringContaining("exercise: sets:"),
      },
      {
        file,
        line: await lineOf(dir, file, "::video"),
        message: expect.stringContaining('unknown block "::video"'),
      },
      {
        file,
        line: await lineOf(dir, file, "[click]"),
        message: expect.stringContaining('link to "javascript:alert(1)" removed'),
      },
    ]);
  });

  it("reports missing, unlisted and unused files", async () => {
    const { issues } = await check(
      () => undefined,
      async (dir) => {
        await unlink(join(dir, "lessons", "02-the-pump.md"));
        await writeFile(join(dir, "lessons", "03-extra.md"), "---\nslug: extra\n---\n");
        await writeFile(join(dir, "quizzes", "spare.yaml"), "id: spare\n");
      },
    );
    expect(issues.map((i) => [i.file, i.message])).toEqual([
      ["course.yaml", 'lesson "the-pump" has no file lessons/NN-the-pump.md'],
      ["lessons/03-extra.md", 'lesson "extra" is not listed in course.yaml'],
    ]);
  });

  it("reports a quiz file no lesson uses", async () => {
    const { issues } = await check(
      () => undefined,
      async (dir) => writeFile(join(dir, "quizzes", "spare.yaml"), "id: spare\n"),
    );
    expect(issues.map((i) => [i.file, i.message])).toEqual([
      [
        "quizzes/spare.yaml",
        'quiz file "spare.yaml" is not used by any lesson or as the final quiz',
      ],
    ]);
  });

  it("reports a course folder that does not exist", async () => {
    const result = await checkCourseDir(join(tmpdir(), "soleus-no-such-course"));
    expect(result.issues.map((i) => i.message)).toEqual(["course folder not found"]);
  });

  it("reports sentences copied from the seed documents, and only those", async () => {
    const seedDir = await mkdtemp(join(tmpdir(), "soleus-seeds-"));
    await writeFile(
      join(seedDir, "one.txt"),
      "Intro.\nThe soleus is a deep calf muscle that sits underneath the larger one. Short line.\n",
    );
    const loaded = await loadSeeds(seedDir);
    if (!("seeds" in loaded)) throw new Error(loaded.issue.message);
    const fixture = validFixture();
    lesson(fixture, 0).body +=
      "\nBy the way, the Soleus is a “deep” calf muscle that sits underneath the larger one!\n";
    question(fixture, "final", 5).prompt =
      "The soleus is a deep calf muscle that sits underneath the larger one?";
    const dir = await writeFixture(fixture);
    const { checkCourse } = await import("./check-course");
    const { loadCourseFromFiles } = await import("../load/load-course-from-files");
    const result = checkCourse(await loadCourseFromFiles(dir), { seeds: loaded.seeds });
    expect(
      result.issues.map((i) => [relative(dir, i.file), i.line, i.message.slice(0, 40)]),
    ).toEqual([
      [
        "lessons/01-meet-the-muscle.md",
        await lineOf(dir, "lessons/01-meet-the-muscle.md", "By the way"),
        "sentence copied from the seed documents:",
      ],
      [
        "quizzes/final.yaml",
        await lineOf(dir, "quizzes/final.yaml", "prompt: The soleus"),
        "sentence copied from the seed documents:",
      ],
    ]);
    await rm(seedDir, { recursive: true });
  });
});
