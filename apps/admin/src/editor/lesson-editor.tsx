"use client";
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { diagnoseLessonMarkdown } from "@soleus/content/check/diagnose-lesson";
import { LessonPreview } from "@soleus/learning-ui/lesson-preview";
import { ConflictView } from "./conflict-view";
import { lessonFieldErrors, type LessonDraft } from "./lesson-draft";
import { LessonFields } from "./lesson-fields";
import { MarkdownEditor, type BodyDiagnostic, type MarkdownEditorHandle } from "./markdown-editor";
import { SaveStatus } from "./save-status";
import { useAutosave, type SaveDocument } from "./use-autosave";
import { useSaveShortcutAndConflictFocus } from "./use-editor-keys";

/** How long after the preview updates the full lesson check runs. */
const DIAGNOSE_DELAY_MS = 300;

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < Math.min(offset, text.length); i += 1) if (text[i] === "\n") line += 1;
  return line;
}

/**
 * The lesson editor: fields, the Markdown editor with its toolbar and problem list, the live
 * preview, autosave with its status, and the conflict view when someone else saved first.
 */
export function LessonEditor({
  lessonId,
  server,
  save,
  courseSlug,
  objectiveChoices,
  quizChoices = [],
  presence,
  actions,
}: {
  lessonId: string;
  server: { version: number; draft: LessonDraft };
  save: SaveDocument<LessonDraft>;
  courseSlug: string;
  objectiveChoices: { id: string; text: string }[];
  /** The course's lesson-check quizzes (slug and title) for the "Check quiz" field. */
  quizChoices?: { slug: string; title: string }[];
  presence?: ReactNode;
  /** Publish and the other draft actions; told whether everything is saved. */
  actions?: (saved: {
    allSaved: boolean;
    version: number;
    /** After a publish: the draft's new version (its content is unchanged). */
    rebase: (version: number) => void;
  }) => ReactNode;
}) {
  const { state, dispatch } = useAutosave(`lesson:${lessonId}`, server, save);
  const editor = useRef<MarkdownEditorHandle>(null);
  const draft = state.draft;
  // The problems come from the content package's full lesson check (reading grade included),
  // run a moment after the preview has caught up, so typing and the preview never wait for it.
  const [checked, setChecked] = useState<{ problems: BodyDiagnostic[]; markdown: string }>({
    problems: [],
    markdown: "",
  });
  const diagnoseTimer = useRef<number | undefined>(undefined);
  const onRendered = useCallback(
    (_rendered: unknown, markdown: string) => {
      window.clearTimeout(diagnoseTimer.current);
      diagnoseTimer.current = window.setTimeout(() => {
        setChecked({ problems: diagnoseLessonMarkdown(markdown, { courseSlug }), markdown });
      }, DIAGNOSE_DELAY_MS);
    },
    [courseSlug],
  );
  useEffect(() => () => window.clearTimeout(diagnoseTimer.current), []);
  const problems = checked.problems;
  const errors = lessonFieldErrors(draft);
  const edit = (next: LessonDraft) => {
    dispatch({ type: "edit", draft: next });
  };

  const conflictHeading = useSaveShortcutAndConflictFocus(state.status, dispatch);

  return (
    <div className="lesson-editor">
      <div className="lesson-editor__bar">
        <SaveStatus state={state} />
        <button
          type="button"
          className="button button--secondary"
          aria-keyshortcuts="Control+S"
          disabled={state.status === "conflict"}
          onClick={() => {
            dispatch({ type: "flush" });
          }}
        >
          Save now
        </button>
        {presence}
      </div>
      {actions?.({
        allSaved: state.status === "saved",
        version: state.baseVersion,
        rebase: (version) => {
          dispatch({ type: "rebase", version });
        },
      })}

      {state.status === "conflict" && state.conflict ? (
        <div ref={conflictHeading}>
          <ConflictView
            base={state.base}
            mine={state.draft}
            theirs={state.conflict.theirs}
            theirAuthor={state.conflict.by}
            onSaveMerge={(merged) => {
              dispatch({ type: "resolve", merged });
            }}
          />
        </div>
      ) : (
        <div className="lesson-editor__columns">
          <div className="lesson-editor__write">
            <LessonFields
              draft={draft}
              errors={errors}
              objectiveChoices={objectiveChoices}
              quizChoices={quizChoices}
              onChange={edit}
            />
            <p className="form-field__label" id="lesson-body-label">
              Lesson text
            </p>
            <p className="form-field__hint" id="lesson-body-hint">
              Markdown. The toolbar adds headings, lists, links and blocks; each button names its
              keyboard shortcut. Press Tab to leave the text.
            </p>
            <MarkdownEditor
              value={draft.bodyMarkdown}
              courseSlug={courseSlug}
              onChange={(body) => {
                edit({ ...state.draft, bodyMarkdown: body });
              }}
              diagnostics={problems}
              labelledBy="lesson-body-label"
              describedBy="lesson-body-hint lesson-problems-summary"
              handleRef={editor}
            />
            <section className="lesson-problems" aria-labelledby="lesson-problems-heading">
              <h2 id="lesson-problems-heading">Problems in the text</h2>
              <p id="lesson-problems-summary">
                {problems.length === 0
                  ? "No problems found."
                  : `${String(problems.length)} ${problems.length === 1 ? "problem" : "problems"} to fix before publishing.`}
              </p>
              {problems.length > 0 ? (
                <ul>
                  {problems.map((problem, index) => (
                    <li key={`${String(problem.from)}-${String(index)}`}>
                      <button
                        type="button"
                        className="button button--secondary lesson-problems__go"
                        onClick={() => editor.current?.focusAt(problem.from)}
                      >
                        Line {lineOf(checked.markdown, problem.from)}: {problem.message}
                      </button>
                    </li>
                  ))}
                </ul>
              ) : null}
            </section>
          </div>
          <section className="lesson-editor__preview" aria-labelledby="lesson-preview-heading">
            <h2 id="lesson-preview-heading">Preview</h2>
            <LessonPreview
              title={draft.title}
              summary={draft.summary}
              markdown={draft.bodyMarkdown}
              courseSlug={courseSlug}
              onRendered={onRendered}
            />
          </section>
        </div>
      )}
    </div>
  );
}
