import { RangeSetBuilder } from "@codemirror/state";
import {
  Decoration,
  ViewPlugin,
  type DecorationSet,
  type EditorView,
  type ViewUpdate,
} from "@codemirror/view";
import { knownDirectives } from "./block-templates";

const name = Decoration.mark({ class: "cm-directive-name" });
const unknown = Decoration.mark({ class: "cm-directive-unknown" });
const attributes = Decoration.mark({ class: "cm-directive-attributes" });
const fence = Decoration.mark({ class: "cm-directive-fence" });
const blockLine = Decoration.line({ class: "cm-directive-line" });

const opening = /^(:{2,3})([A-Za-z][\w-]*)(\{.*\})?/;
const closing = /^:{3,}\s*$/;
const exerciseFence = /^```exercise\s*$/;

function decorate(view: EditorView): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>();
  for (const { from, to } of view.visibleRanges) {
    for (let pos = from; pos <= to;) {
      const line = view.state.doc.lineAt(pos);
      const match = opening.exec(line.text);
      if (match) {
        const [, colons = "", directive = "", attrs] = match;
        const nameEnd = line.from + colons.length + directive.length;
        builder.add(line.from, line.from, blockLine);
        builder.add(line.from, nameEnd, knownDirectives.has(directive) ? name : unknown);
        if (attrs) builder.add(nameEnd, nameEnd + attrs.length, attributes);
      } else if (closing.test(line.text) || exerciseFence.test(line.text)) {
        builder.add(line.from, line.from, blockLine);
        builder.add(line.from, line.to, fence);
      }
      pos = line.to + 1;
    }
  }
  return builder.finish();
}

/** Marks block directives (`:::callout{…}`, `::figure{…}`, ```` ```exercise ````) in the editor. */
export const directiveHighlight = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = decorate(view);
    }
    update(update: ViewUpdate) {
      if (update.docChanged || update.viewportChanged) this.decorations = decorate(update.view);
    }
  },
  { decorations: (plugin) => plugin.decorations },
);
