import type { Root } from "hast";
import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import type { ReactElement } from "react";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import { renderLesson, type RenderOptions } from "./pipeline";

/** Turn an already sanitised lesson tree (from `renderLesson`) into React elements; no innerHTML involved. */
export function lessonTreeToReact(tree: Root): ReactElement {
  // hast-util-to-jsx-runtime types its result as the global JSX.Element, which React 19's types
  // no longer declare: say what it is.
  return toJsxRuntime(tree, {
    Fragment,
    jsx,
    jsxs,
    passKeys: true,
    passNode: false,
  }) as ReactElement;
}

/** Render a lesson body straight to React, e.g. for the admin preview. */
export function renderLessonToReact(markdown: string, options: RenderOptions): ReactElement {
  return lessonTreeToReact(renderLesson(markdown, options).tree);
}
