import type { Root } from "hast";
import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import type { ReactElement } from "react";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import { renderLesson, type RenderOptions } from "./pipeline";

/** Turn an already sanitised lesson tree (from `renderLesson`) into React elements; no innerHTML involved. */
export function lessonTreeToReact(tree: Root): ReactElement {
  return toJsxRuntime(tree, { Fragment, jsx, jsxs, passKeys: true, passNode: false });
}

/** Render a lesson body straight to React, e.g. for the admin preview. */
export function renderLessonToReact(markdown: string, options: RenderOptions): ReactElement {
  return lessonTreeToReact(renderLesson(markdown, options).tree);
}
