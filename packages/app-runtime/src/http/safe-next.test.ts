import { describe, expect, it } from "vitest";
import { safeNext } from "./safe-next";

describe("safeNext", () => {
  it.each([
    ["/courses/the-second-heart", "/courses/the-second-heart"],
    ["/courses/x?tab=2#part", "/courses/x?tab=2#part"],
    ["/", "/"],
  ])("keeps the local path %s", (value, expected) => {
    expect(safeNext(value)).toBe(expected);
  });

  it.each([
    ["//evil.example"],
    ["/\\evil.example"],
    ["/\t/evil.example"],
    ["/\n/evil.example"],
    ["/\r//evil.example"],
    ["https://evil.example/"],
    ["javascript:alert(1)"],
    ["evil.example"],
    [""],
    [`/${"a".repeat(600)}`],
  ])("refuses %j and uses the fallback", (value) => {
    expect(safeNext(value, "/home")).toBe("/home");
  });

  it("refuses anything that is not a string", () => {
    expect(safeNext(null)).toBe("/");
    expect(safeNext(undefined, "/x")).toBe("/x");
  });
});
