"use client";
import { useDeferredValue, useMemo, useState, type ReactNode } from "react";
import { SaveStatus } from "~/editor/save-status";
import { useAutosave, type SaveDocument } from "~/editor/use-autosave";
import { QuestionList } from "./question-list";
import { QuizConflict } from "./quiz-conflict";
import type { QuizDocument } from "./quiz-api";
import type { QuizDraft } from "./quiz-draft";
import { QuizPreview } from "@soleus/learning-ui/quiz-preview";
import { quizProblems } from "./quiz-problems";
import { SettingsFields } from "./settings-fields";
import { useSaveShortcutAndConflictFocus } from "~/editor/use-editor-keys";

/**
 * The quiz editor: settings and questions as forms (no YAML), every field checked as the coach
 * types (the engine's schema and item checks, the course checks), autosave through the draft
 * mechanism with its status, the conflict view, and the preview as a learner.
 */
export function QuizEditor({
  quizId,
  doc,
  save,
  presence,
  actions,
}: {
  quizId: string;
  doc: QuizDocument;
  save: SaveDocument<QuizDraft>;
  presence?: ReactNode;
  actions: (state: {
    allSaved: boolean;
    errors: number;
    version: number;
    rebase: (version: number) => void;
  }) => ReactNode;
}) {
  const { state, dispatch } = useAutosave(
    `quiz:${quizId}`,
    { version: doc.version, draft: doc.draft },
    save,
  );
  const draft = state.draft;
  const checked = useDeferredValue(draft);
  const problems = useMemo(
    () =>
      quizProblems(checked, {
        slug: doc.slug,
        kind: doc.kind,
        objectiveIds: doc.objectives.map((o) => o.id),
        anchorsByLesson: doc.anchorsByLesson,
      }),
    [checked, doc.slug, doc.kind, doc.objectives, doc.anchorsByLesson],
  );
  const [previewing, setPreviewing] = useState(false);
  const edit = (next: QuizDraft) => {
    dispatch({ type: "edit", draft: next });
  };

  const conflictRef = useSaveShortcutAndConflictFocus(state.status, dispatch);

  const poolKeys = {
    objective: [
      ...new Set(
        draft.questions.flatMap((q) =>
          Array.isArray(q.objectives) ? (q.objectives as string[]) : [],
        ),
      ),
    ],
    tag: [
      ...new Set(
        draft.questions.flatMap((q) => (Array.isArray(q.tags) ? (q.tags as string[]) : [])),
      ),
    ],
  };
  const lessonTitles = new Map(doc.lessons.map((l) => [l.slug, l.title]));
  const objectiveTitles = Object.fromEntries(doc.objectives.map((o) => [o.id, o.title]));
  // The learner site's name for the quiz in a sentence (apps/web quiz-name.ts).
  const quizName =
    doc.kind === "final"
      ? `${doc.courseTitle} final quiz`
      : doc.linkedLesson
        ? `${lessonTitles.get(doc.linkedLesson) ?? doc.linkedLesson} check`
        : draft.title;
  const quizWide = problems.all.filter((p) => !p.path.startsWith("questions."));

  return (
    <div className="quiz-editor">
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
      <section aria-labelledby="quiz-checks-heading" className="quiz-checks">
        <h2 id="quiz-checks-heading">Checks</h2>
        <p id="quiz-checks-summary">
          {problems.errors === 0 && problems.warnings === 0
            ? "No problems found: the quiz can be published."
            : `${String(problems.errors)} ${problems.errors === 1 ? "problem" : "problems"} to fix before publishing, ${String(problems.warnings)} ${problems.warnings === 1 ? "warning" : "warnings"} (a warning can be kept with a reason). Each is shown next to its field.`}
        </p>
        {quizWide.length > 0 ? (
          <ul>
            {quizWide.map((p, index) => (
              <li key={`${p.path}-${String(index)}`}>
                {p.severity === "error" ? "Fix" : "Warning"} ({p.path}): {p.message}{" "}
                {p.advice ?? ""}
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      {actions({
        allSaved: state.status === "saved",
        errors: problems.errors,
        version: state.baseVersion,
        rebase: (version) => {
          dispatch({ type: "rebase", version });
        },
      })}
      {state.status === "conflict" && state.conflict ? (
        <div ref={conflictRef}>
          <QuizConflict
            mine={state.draft}
            theirs={state.conflict.theirs}
            theirAuthor={state.conflict.by}
            onSaveMerge={(merged) => {
              dispatch({ type: "resolve", merged });
            }}
          />
        </div>
      ) : (
        <>
          <datalist id="course-misconceptions">
            {doc.misconceptions.map((m) => (
              <option key={m} value={m} />
            ))}
          </datalist>
          <datalist id="course-tags">
            {doc.tags.map((t) => (
              <option key={t} value={t} />
            ))}
          </datalist>
          <section aria-labelledby="quiz-settings-heading">
            <h2 id="quiz-settings-heading">Quiz settings</h2>
            <SettingsFields
              draft={draft}
              onChange={edit}
              problemsAt={problems.at}
              poolKeys={poolKeys}
            />
          </section>
          <section aria-labelledby="quiz-questions-heading">
            <h2 id="quiz-questions-heading">Questions</h2>
            <QuestionList
              questions={draft.questions}
              onChange={(questions) => {
                edit({ ...draft, questions });
              }}
              problems={problems}
              defaultLesson={doc.linkedLesson}
              context={{
                objectives: doc.objectives,
                lessons: doc.lessons,
                misconceptionList: "course-misconceptions",
                tagList: "course-tags",
              }}
            />
          </section>
          <section aria-labelledby="quiz-preview-heading">
            <h2 id="quiz-preview-heading">Preview</h2>
            <button
              type="button"
              className="button button--secondary"
              aria-expanded={previewing}
              onClick={() => {
                setPreviewing(!previewing);
              }}
            >
              {previewing ? "Close the preview" : "Preview as a learner"}
            </button>
            {previewing ? (
              <QuizPreview
                quizInput={{ id: doc.slug, ...draft }}
                name={quizName}
                objectiveTitles={objectiveTitles}
                lessonTitle={(slug) => lessonTitles.get(slug) ?? slug}
                sectionTitle={(section) => ({
                  lesson: lessonTitles.get(section.lesson) ?? section.lesson,
                  heading:
                    doc.lessons
                      .find((l) => l.slug === section.lesson)
                      ?.headings.find((h) => h.anchor === section.anchor)?.text ?? section.anchor,
                })}
                sectionHref={(section) => `#preview-section-${section.lesson}-${section.anchor}`}
              />
            ) : null}
          </section>
        </>
      )}
    </div>
  );
}
