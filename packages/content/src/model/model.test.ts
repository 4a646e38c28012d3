import { describe, expect, it } from "vitest";
import { exerciseSchema, figureAttributesSchema } from "./blocks";
import { courseFileSchema } from "./course";
import { lessonFrontMatterSchema } from "./lesson";
import { objectiveSchema } from "./objective";

function messages(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}): string[] {
  return (result.error?.issues ?? []).map(
    (issue) => `${issue.path.map(String).join(".")}: ${issue.message}`,
  );
}

const validCourse = {
  slug: "the-second-heart",
  title: "The Second Heart",
  summary: "Why the calf matters.",
  audience: "Adults over 50.",
  minutes: 45,
  objectives: [{ id: "anatomy", title: "Where it is", description: "Find the soleus." }],
  lessons: ["meet-the-soleus"],
  finalQuiz: "final",
};

describe("content model", () => {
  it("accepts a valid course file", () => {
    expect(courseFileSchema.safeParse(validCourse).success).toBe(true);
  });

  it("explains what is wrong with a bad course file", () => {
    const result = courseFileSchema.safeParse({
      ...validCourse,
      slug: "The Second Heart",
      objectives: [],
      lessons: "meet",
      extra: 1,
    });
    expect(messages(result)).toEqual([
      "slug: use lowercase letters, digits and hyphens (e.g. calf-anatomy)",
      "objectives: list at least one learning objective",
      "lessons: Invalid input: expected array, received string",
      ': Unrecognized key: "extra"',
    ]);
  });

  it("requires every objective field", () => {
    expect(messages(objectiveSchema.safeParse({ id: "anatomy", title: " " }))).toEqual([
      "title: objective title is required",
      "description: Invalid input: expected string, received undefined",
    ]);
  });

  it("rejects lesson front matter without objectives or with a non-number minutes", () => {
    const result = lessonFrontMatterSchema.safeParse({
      slug: "meet",
      title: "Meet",
      summary: "S.",
      minutes: "five",
      objectives: [],
      quiz: "meet",
    });
    expect(messages(result)).toEqual([
      "minutes: Invalid input: expected number, received string",
      "objectives: name at least one objective this lesson teaches",
    ]);
  });

  it("requires alt text on figures", () => {
    expect(messages(figureAttributesSchema.safeParse({ src: "images/a.svg", alt: "" }))).toEqual([
      "alt: figure needs alt text describing the image",
    ]);
  });

  it("validates exercise reps as a number or a range", () => {
    const base = {
      id: "x",
      name: "X",
      start: "S",
      steps: ["a"],
      sets: 1,
      tempo: "t",
      feel: "f",
      safety: ["s"],
      easier: "e",
      harder: "h",
    };
    expect(exerciseSchema.safeParse({ ...base, reps: "12-20" }).success).toBe(true);
    expect(exerciseSchema.safeParse({ ...base, reps: 12 }).success).toBe(true);
    expect(messages(exerciseSchema.safeParse({ ...base, reps: "lots" }))).toEqual([
      'reps: reps look like "12" or "12-20"',
    ]);
    expect(messages(exerciseSchema.safeParse({ ...base, hold: 0 }))).toEqual([
      "hold: Too small: expected number to be >0",
    ]);
  });

  it("takes a walk for a time as its own dose, never together with a hold", () => {
    const base = {
      id: "x",
      name: "X",
      start: "S",
      steps: ["a"],
      sets: 1,
      tempo: "t",
      feel: "f",
      safety: ["s"],
      easier: "e",
      harder: "h",
    };
    expect(exerciseSchema.safeParse({ ...base, walk: 45 }).success).toBe(true);
    expect(messages(exerciseSchema.safeParse({ ...base, walk: 45, hold: 45 }))).toEqual([
      "reps: give exactly one of reps, hold (seconds held still) or walk (seconds of walking)",
    ]);
    expect(messages(exerciseSchema.safeParse({ ...base, walk: 601 }))).toEqual([
      "walk: Too big: expected number to be <=600",
    ]);
  });
});
