import { describe, expect, it } from "vitest";
import { describeFilters, readFilters, toApiFilter, withFilters } from "./filter-params";

describe("results filters in the URL", () => {
  it("reads every filter and writes the same URL back", () => {
    const { filters, problems } = readFilters({
      from: "2026-01-05",
      to: "2026-02-01",
      revision: "0B6C2D8E-1111-4222-8333-444455556666",
      attempts: "highest",
    });
    expect(problems).toEqual([]);
    expect(filters).toEqual({
      from: "2026-01-05",
      to: "2026-02-01",
      revision: "0b6c2d8e-1111-4222-8333-444455556666",
      attempts: "highest",
    });
    expect(withFilters("/results/c/quizzes/q", filters, { page: 2 })).toBe(
      "/results/c/quizzes/q?from=2026-01-05&to=2026-02-01&revision=0b6c2d8e-1111-4222-8333-444455556666&attempts=highest&page=2",
    );
    expect(describeFilters(filters, "revision 2")).toBe(
      "Each learner's highest score, from 2026-01-05 to 2026-02-01, revision 2.",
    );
    expect(toApiFilter(filters, { quizId: "q" })).toEqual({
      quizId: "q",
      from: "2026-01-05",
      to: "2026-02-01",
      quizRevisionId: "0b6c2d8e-1111-4222-8333-444455556666",
      attempts: "highest",
    });
    // A revision only narrows a quiz's views.
    expect(toApiFilter(filters, { courseId: "c" })).not.toHaveProperty("quizRevisionId");
  });

  it("defaults to every attempt at any date and leaves defaults out of the URL", () => {
    const { filters } = readFilters({ from: "", attempts: "all" });
    expect(filters).toEqual({ attempts: "all" });
    expect(withFilters("/results", filters)).toBe("/results");
  });

  it("names each value it cannot read and ignores only that one", () => {
    const { filters, problems } = readFilters({
      from: "2026-02-30",
      to: "2026-03-01",
      revision: "1.5",
      attempts: "best",
    });
    expect(filters).toEqual({ to: "2026-03-01", attempts: "all" });
    expect(problems).toHaveLength(3);
    expect(problems[0]).toContain('"2026-02-30" is not a date');
    expect(problems[1]).toContain('"1.5" is not a quiz revision');
    expect(problems[2]).toContain('"best" is not a choice of attempts');
  });

  it("drops a date range that ends before it starts", () => {
    const { filters, problems } = readFilters({ from: "2026-03-01", to: "2026-02-01" });
    expect(filters).toEqual({ attempts: "all" });
    expect(problems).toEqual(["The start date is after the end date; both dates were ignored."]);
  });
});
