"use client";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { markdown, markdownLanguage } from "@codemirror/lang-markdown";
import { HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { lintGutter, setDiagnostics } from "@codemirror/lint";
import { EditorState, Prec } from "@codemirror/state";
import {
  EditorView,
  drawSelection,
  highlightActiveLine,
  keymap,
  lineNumbers,
  placeholder,
} from "@codemirror/view";
import { tags } from "@lezer/highlight";
import { useEffect, useImperativeHandle, useRef, useState, type Ref } from "react";
import { blockTemplates } from "./block-templates";
import { directiveHighlight } from "./directive-highlight";
import {
  insertBlock,
  insertBlockAtCursor,
  insertLink,
  toggleBulletList,
  toggleHeading,
  toggleNumberedList,
  wrapWith,
  type EditorCommand,
} from "./editor-commands";
import { EditorToolbar, type ToolbarAction } from "./editor-toolbar";
import { ImageDialog } from "./image-dialog";

/** A problem in the body, as offsets into the text (from the content package's validation). */
export interface BodyDiagnostic {
  from: number;
  to: number;
  message: string;
  severity: "error" | "warning";
}

export interface MarkdownEditorHandle {
  /** Moves the cursor to an offset and focuses the editor (used by the error list). */
  focusAt: (offset: number) => void;
}

const markdownStyle = HighlightStyle.define([
  { tag: tags.heading, fontWeight: "700", color: "var(--color-accent)" },
  { tag: tags.emphasis, fontStyle: "italic" },
  { tag: tags.strong, fontWeight: "700" },
  { tag: tags.link, textDecoration: "underline" },
  { tag: tags.url, color: "var(--color-accent)" },
  { tag: [tags.processingInstruction, tags.meta], color: "var(--color-muted)" },
  { tag: tags.monospace, fontFamily: "ui-monospace, monospace" },
]);

const theme = EditorView.theme({
  "&": {
    fontSize: "1rem",
    color: "var(--color-text)",
    backgroundColor: "var(--color-bg)",
    border: "2px solid var(--color-border)",
    borderRadius: "0.5rem",
  },
  "&.cm-focused": { outline: "3px solid var(--color-focus)", outlineOffset: "2px" },
  ".cm-content": { fontFamily: "ui-monospace, monospace", lineHeight: "1.6", minHeight: "20rem" },
  ".cm-gutters": {
    backgroundColor: "var(--color-surface)",
    color: "var(--color-muted)",
    borderRight: "1px solid var(--color-border)",
  },
  ".cm-activeLine": { backgroundColor: "color-mix(in srgb, var(--color-accent) 8%, transparent)" },
  ".cm-directive-line": { backgroundColor: "var(--color-surface)" },
  ".cm-directive-name": { color: "var(--color-accent)", fontWeight: "700" },
  ".cm-directive-unknown": { color: "var(--color-text)", textDecoration: "underline wavy" },
  ".cm-directive-attributes": { color: "var(--color-text)", fontStyle: "italic" },
  ".cm-directive-fence": { color: "var(--color-accent)", fontWeight: "700" },
  ".cm-placeholder": { color: "var(--color-muted)" },
});

export function MarkdownEditor({
  value,
  courseSlug,
  onChange,
  diagnostics,
  labelledBy,
  describedBy,
  handleRef,
}: {
  value: string;
  /** The lesson's course: uploaded images are addressed per course. */
  courseSlug: string;
  onChange: (text: string) => void;
  /** Problems to underline; offsets past the end are clamped (they may lag the text). */
  diagnostics: BodyDiagnostic[];
  labelledBy: string;
  describedBy?: string;
  handleRef?: Ref<MarkdownEditorHandle>;
}) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const onChangeRef = useRef(onChange);
  const [imageDialogOpen, setImageDialogOpen] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  useEffect(() => {
    onChangeRef.current = onChange;
  });

  const blocks = blockTemplates.map((block) => ({
    label: block.label,
    shortcut: block.shortcut,
    run: insertBlock(block.text),
  }));
  const actions: ToolbarAction[] = [
    { label: "Heading", shortcut: "Mod-Alt-2", run: toggleHeading(2) },
    { label: "Subheading", shortcut: "Mod-Alt-3", run: toggleHeading(3) },
    { label: "Bold", shortcut: "Mod-b", run: wrapWith("**") },
    { label: "Italic", shortcut: "Mod-i", run: wrapWith("*") },
    { label: "Bulleted list", shortcut: "Mod-Shift-8", run: toggleBulletList },
    { label: "Numbered list", shortcut: "Mod-Shift-7", run: toggleNumberedList },
    { label: "Link", shortcut: "Mod-k", run: insertLink },
    {
      label: "Upload image",
      shortcut: "Mod-Alt-i",
      opensDialog: true,
      run: () => {
        setImageDialogOpen(true);
        return true;
      },
    },
    ...blocks,
  ];
  const actionsRef = useRef(actions);

  useEffect(() => {
    if (!host.current) return;
    const shortcuts = actionsRef.current.map((action) => ({
      key: action.shortcut,
      run: action.run,
      preventDefault: true,
    }));
    const created = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: value,
        extensions: [
          lineNumbers(),
          history(),
          drawSelection(),
          highlightActiveLine(),
          EditorView.lineWrapping,
          markdown({ base: markdownLanguage }),
          syntaxHighlighting(markdownStyle),
          directiveHighlight,
          lintGutter(),
          Prec.high(keymap.of(shortcuts)),
          // Tab is left alone so keyboard users can leave the editor (no indentWithTab).
          keymap.of([...defaultKeymap, ...historyKeymap]),
          placeholder("Write the lesson in Markdown…"),
          theme,
          EditorView.contentAttributes.of({
            "aria-labelledby": labelledBy,
            ...(describedBy ? { "aria-describedby": describedBy } : {}),
            "aria-multiline": "true",
            role: "textbox",
            spellcheck: "true",
            lang: "en-GB",
          }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) onChangeRef.current(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = created;
    return () => {
      created.destroy();
      view.current = null;
    };
    // The view is created once; later `value` changes arrive through the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [labelledBy, describedBy]);

  // Text set from outside (a merge, a restore) replaces the document.
  useEffect(() => {
    const current = view.current;
    if (!current) return;
    const text = current.state.doc.toString();
    if (text !== value) current.dispatch({ changes: { from: 0, to: text.length, insert: value } });
  }, [value]);

  useEffect(() => {
    const current = view.current;
    if (!current) return;
    const length = current.state.doc.length;
    current.dispatch(
      setDiagnostics(
        current.state,
        diagnostics.map((d) => ({
          from: Math.min(d.from, length),
          to: Math.min(Math.max(d.to, d.from), length),
          message: d.message,
          severity: d.severity,
        })),
      ),
    );
  }, [diagnostics]);

  useImperativeHandle(handleRef, () => ({
    focusAt: (offset: number) => {
      const current = view.current;
      if (!current) return;
      const anchor = Math.min(offset, current.state.doc.length);
      current.dispatch({ selection: { anchor }, scrollIntoView: true });
      current.focus();
    },
  }));

  const runOnView = (command: EditorCommand) => {
    if (view.current) command(view.current);
  };

  return (
    <div className="markdown-editor">
      <EditorToolbar label="Formatting and blocks" actions={actions} onRun={runOnView} />
      <div ref={host} className="markdown-editor__host" />
      <ImageDialog
        open={imageDialogOpen}
        courseSlug={courseSlug}
        onInsert={(figure, alt) => {
          if (view.current) insertBlockAtCursor(figure)(view.current);
          setAnnouncement(`Image "${alt}" inserted into the lesson text.`);
        }}
        onClose={(inserted) => {
          setImageDialogOpen(false);
          // After an upload, back to the text with the cursor after the new figure.
          if (inserted) view.current?.focus();
        }}
      />
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
