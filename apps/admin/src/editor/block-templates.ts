/**
 * The content blocks the lesson renderer supports (packages/content/src/render/blocks), as the
 * Markdown the toolbar inserts. Placeholders are plain words the coach replaces.
 */
export interface BlockTemplate {
  id: "callout" | "keypoints" | "figure" | "exercise" | "seek-care";
  label: string;
  shortcut: string;
  text: string;
}

export const blockTemplates: BlockTemplate[] = [
  {
    id: "callout",
    label: "Callout",
    shortcut: "Mod-Alt-c",
    text: ':::callout{kind="tip" title="Title"}\nWrite the callout here. Kind is info, tip or safety.\n:::',
  },
  {
    id: "keypoints",
    label: "Key points",
    shortcut: "Mod-Alt-k",
    text: ":::keypoints\n- First point\n- Second point\n:::",
  },
  {
    id: "figure",
    label: "Figure",
    shortcut: "Mod-Alt-f",
    text: '::figure{src="images/picture.svg" alt="Describe the picture" caption="Caption"}',
  },
  {
    id: "exercise",
    label: "Exercise",
    shortcut: "Mod-Alt-e",
    text: [
      "```exercise",
      "id: exercise-name",
      "name: Exercise name",
      "start: Starting position.",
      "steps:",
      "  - First step.",
      "  - Second step.",
      "reps: 10",
      "sets: 2",
      "tempo: Two seconds up, two seconds down.",
      "feel: Where the learner should feel it.",
      "safety:",
      "  - Stop if you feel sharp pain.",
      "easier: An easier way to do it.",
      "harder: A harder way to do it.",
      "```",
    ].join("\n"),
  },
  {
    id: "seek-care",
    label: "When to get help",
    shortcut: "Mod-Alt-h",
    text: "::seek-care",
  },
];

/** Block names the directive highlighter knows; anything else is marked as unknown. */
export const knownDirectives = new Set(["callout", "keypoints", "figure", "seek-care"]);
