import { describe, expect, it } from "vitest";
import { classifyHref, resolveMediaSrc } from "./url-policy";

describe("classifyHref", () => {
  it.each([
    ["#where-it-sits", "anchor"],
    ["../lesson-2", "relative"],
    ["lesson-2#x", "relative"],
    ["/courses/a?b=c:d", "relative"],
    ["mailto:coach@example.org", "mailto"],
    ["https://example.org", "external"],
    ["HTTP://example.org", "external"],
    ["javascript:alert(1)", "blocked"],
    [" JavaScript:alert(1)", "blocked"],
    ["java\tscript:alert(1)", "blocked"],
    ["\u0001javascript:alert(1)", "blocked"],
    ["data:text/html,x", "blocked"],
    ["vbscript:x", "blocked"],
    ["tel:123", "blocked"],
    ["//evil.example", "blocked"],
    ["/\\evil.example", "blocked"],
    ["https:evil.example", "blocked"],
  ])("%j is %s", (href, kind) => {
    expect(classifyHref(href).kind).toBe(kind);
  });

  it("lowercases the scheme of external links so the sanitiser keeps them", () => {
    expect(classifyHref("HTTPS://Example.org/A")).toEqual({
      kind: "external",
      href: "https://Example.org/A",
    });
  });
});

describe("resolveMediaSrc", () => {
  const media = { courseSlug: "the-second-heart", mediaBaseUrl: "/media" };
  it("maps course images under the media base URL", () => {
    expect(resolveMediaSrc("images/calf.svg", media)).toBe(
      "/media/the-second-heart/images/calf.svg",
    );
    expect(
      resolveMediaSrc("/images/a/b.png", { ...media, mediaBaseUrl: "https://cdn.example/" }),
    ).toBe("https://cdn.example/the-second-heart/images/a/b.png");
  });

  it.each([
    "images/../x.png",
    "images/./x.png",
    "images/",
    "other/x.png",
    "x.png",
    "data:image/png;base64,AA",
    "javascript:x",
    "//cdn.example/x.png",
  ])("refuses %j", (src) => {
    expect(resolveMediaSrc(src, media)).toBeUndefined();
  });
});
