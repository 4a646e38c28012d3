import { renderInlineToReact } from "@soleus/content/render/inline";

/** A quiz text (prompt, option, feedback) with the lesson renderer's safe inline Markdown. */
export function InlineMarkdown({ text }: { text: string }) {
  return renderInlineToReact(text);
}
