import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "./front-matter";
import { parseYamlWithLines } from "./yaml-with-lines";

const source = `id: quiz
title: Check
questions:
  - id: one
    options:
      - id: a
        text: A
      - id: b
        text: B
  - id: two
`;

describe("parseYamlWithLines", () => {
  it("finds the line of keys and list items", () => {
    const yaml = parseYamlWithLines(source);
    expect(yaml.lineOf(["title"])).toBe(2);
    expect(yaml.lineOf(["questions", 0])).toBe(4);
    expect(yaml.lineOf(["questions", 0, "options", 1, "text"])).toBe(9);
    expect(yaml.lineOf(["questions", 1, "id"])).toBe(10);
  });

  it("falls back to the nearest existing parent for a missing key", () => {
    const yaml = parseYamlWithLines(source);
    expect(yaml.lineOf(["questions", 1, "explanation"])).toBe(10);
    expect(yaml.lineOf(["questions", 7, "id"])).toBe(3);
  });

  it("offsets lines for text that starts later in a file", () => {
    expect(parseYamlWithLines("a: 1\nb: 2\n", 5).lineOf(["b"])).toBe(6);
  });

  it("reports syntax errors with their line and no value", () => {
    const yaml = parseYamlWithLines("a: 1\nb: [unclosed\n");
    expect(yaml.value).toBeUndefined();
    expect(yaml.errors[0]?.message).toMatch(/^YAML: /);
    expect(yaml.errors[0]?.line).toBeGreaterThanOrEqual(2);
  });

  it("rejects duplicate keys", () => {
    expect(parseYamlWithLines("a: 1\na: 2\n").errors).toHaveLength(1);
  });
});

describe("splitFrontMatter", () => {
  it("splits front matter and body and says where the body starts", () => {
    const split = splitFrontMatter("---\r\nslug: a\r\ntitle: A\r\n---\r\n\r\n## Body\r\n");
    if ("error" in split) throw new Error(split.error);
    expect(split.frontMatter.value).toEqual({ slug: "a", title: "A" });
    expect(split.frontMatter.lineOf(["title"])).toBe(3);
    expect(split.body).toBe("\n## Body\n");
    expect(split.bodyLineOffset).toBe(4);
  });

  it("explains a missing or unclosed front matter", () => {
    expect(splitFrontMatter("## Body")).toEqual({
      error: "a lesson starts with YAML front matter between two --- lines",
    });
    expect(splitFrontMatter("---\nslug: a\n")).toEqual({
      error: "front matter is not closed with a --- line",
    });
  });
});
