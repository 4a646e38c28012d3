import { defaultSchema, type Options as Schema } from "rehype-sanitize";
import { calloutKinds } from "../model/blocks";

/** Anchors are github-slugger output: letters, marks, digits, "_" and "-". */
const anchor = /^[\p{L}\p{M}\p{N}_-]+$/u;
const headingId: [string, RegExp] = ["id", anchor];
const defaults = defaultSchema.attributes ?? {};

/**
 * GitHub's schema, extended only as far as the named blocks need (figure, callout and keypoints
 * classes, exercise data attributes, heading and exercise ids) and tightened elsewhere: ids only
 * where the renderer makes them, no `name`, links only http(s)/mailto/relative.
 */
export const lessonSanitizeSchema: Schema = {
  ...defaultSchema,
  tagNames: [
    ...(defaultSchema.tagNames ?? []).filter((tag) => tag !== "details" && tag !== "summary"),
    "figure",
    "figcaption",
  ],
  attributes: {
    ...defaults,
    "*": (defaults["*"] ?? []).filter((attribute) => attribute !== "id" && attribute !== "name"),
    a: [
      ...(defaults.a ?? []),
      ["rel", "noopener", "noreferrer"],
      ["id", /^user-content-fnref-[\w-]+$/],
    ],
    li: [...(defaults.li ?? []), ["id", /^user-content-fn-[\w-]+$/]],
    h1: [headingId],
    h2: [...(defaults.h2 ?? []), headingId],
    h3: [headingId],
    h4: [headingId],
    h5: [headingId],
    h6: [headingId],
    div: [
      ["className", "callout", "keypoints", ...calloutKinds.map((kind) => `callout-${kind}`)],
      ["dataCallout", ...calloutKinds],
      ["role", "note"],
    ],
    p: [["className", "callout-title", "block-label"]],
    dl: [...(defaults.dl ?? []), ["className", "exercise-facts", "exercise-variations"]],
    section: [
      ...(defaults.section ?? []).filter((definition) => definition[0] !== "className"),
      ["className", "footnotes", "exercise"],
      ["id", anchor],
      ["dataExerciseId", anchor],
      ["dataReps", /^\d+(-\d+)?$/],
      ["dataHoldSeconds", /^\d+$/],
      ["dataWalkSeconds", /^\d+$/],
      ["dataSets", /^\d+$/],
    ],
    img: [...(defaults.img ?? []), ["loading", "lazy"]],
  },
  // Ids and aria references are produced only by the renderer (slugs, exercise ids, prefixed
  // footnotes), never copied from authors, so they keep their values and footnote links still work.
  clobber: ["name"],
  protocols: {
    href: ["http", "https", "mailto"],
    src: ["http", "https"],
    cite: ["http", "https"],
    longDesc: ["http", "https"],
  },
  strip: ["script", "style"],
};
