import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { forbiddenImports, forbiddenPaths } from "../import-rule.js";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const ALLOWED_WORKSPACE_DEPENDENCIES = ["@soleus/content", "@soleus/quiz-engine", "@soleus/ui"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function importedSpecifiers(source: string): string[] {
  return [...source.matchAll(/\b(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map(
    (match) => match[1] ?? "",
  );
}

/** True when `specifier` is one the eslint rule refuses. */
function isForbidden(specifier: string): boolean {
  return (
    forbiddenPaths.some((rule) => rule.name === specifier) ||
    forbiddenImports.some((rule) =>
      rule.group.some((pattern) => matchesPattern(specifier, pattern)),
    )
  );
}

/** Minimal glob of the eslint patterns used here: "x" exactly, "x/*" any subpath, "*" suffix. */
function matchesPattern(specifier: string, pattern: string): boolean {
  if (pattern.endsWith("/*")) return specifier.startsWith(pattern.slice(0, -1));
  if (pattern.endsWith("*")) return specifier.startsWith(pattern.slice(0, -1));
  return specifier === pattern;
}

describe("learning-ui's dependency rule (decision 0026)", () => {
  it("depends on no workspace package but ui, content and quiz-engine", () => {
    const manifest = JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8")) as {
      dependencies?: Record<string, string>;
    };
    const workspace = Object.keys(manifest.dependencies ?? {}).filter((name) =>
      name.startsWith("@soleus/"),
    );
    expect(workspace.filter((name) => !ALLOWED_WORKSPACE_DEPENDENCIES.includes(name))).toEqual([]);
  });

  it("imports nothing the rule forbids (api, db, auth, runtime, apps, editors, node)", () => {
    const offences = sourceFiles(path.join(packageDir, "src")).flatMap((file) =>
      importedSpecifiers(readFileSync(file, "utf8"))
        .filter(isForbidden)
        .map((specifier) => `${path.basename(file)}: ${specifier}`),
    );
    expect(offences).toEqual([]);
  });

  it("the check itself catches a forbidden import", () => {
    const source = [
      'import { x } from "@soleus/db/client";',
      'import "node:fs";',
      'import { renderLesson } from "@soleus/content";',
      'import { lessonSegments } from "@soleus/content/render/segments";',
      'const editor = await import("@codemirror/view");',
    ].join("\n");
    expect(importedSpecifiers(source).filter(isForbidden)).toEqual([
      "@soleus/db/client",
      "node:fs",
      "@soleus/content",
      "@codemirror/view",
    ]);
  });
});
