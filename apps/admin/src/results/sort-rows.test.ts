import { describe, expect, it } from "vitest";
import { compareCells, type CellValue } from "./sort-rows";

const sortCells = (cells: CellValue[], direction: "ascending" | "descending") =>
  [...cells].sort((a, b) => compareCells(a, b, direction));

describe("table sorting", () => {
  it("sorts numbers by value, both ways, with missing values last either way", () => {
    expect(sortCells([12, null, -3, 40, Number.NaN], "ascending")).toEqual([
      -3,
      12,
      40,
      null,
      Number.NaN,
    ]);
    expect(sortCells([12, null, -3, 40], "descending")).toEqual([40, 12, -3, null]);
  });

  it("sorts text by its natural order (Q2 before Q10)", () => {
    expect(sortCells(["Q10", "q2", "Q1"], "ascending")).toEqual(["Q1", "q2", "Q10"]);
  });
});
