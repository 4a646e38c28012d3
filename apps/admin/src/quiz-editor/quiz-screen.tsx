"use client";
import "~/editor/editor.css";
import "@soleus/learning-ui/styles.css";
import "@soleus/learning-ui/learning.css";
import "./quiz-editor.css";
import Link from "next/link";
import { useState } from "react";
import { usePresence } from "~/authoring/lesson-api";
import { ConfirmAction } from "~/editor/confirm-action";
import { PresenceList } from "~/editor/presence-list";
import { RevisionHistory } from "~/editor/revision-history";
import { useQuizApi } from "./quiz-api";
import { QuizEditor } from "./quiz-editor";

/** Loads the quiz and its course and wires the editor, publishing, presence and revisions. */
export function QuizScreen({ courseId, quizId }: { courseId: string; quizId: string }) {
  const api = useQuizApi(courseId, quizId);
  const others = usePresence({ quizId });
  const [regradeDue, setRegradeDue] = useState(0);

  if (api.document.status === "pending") return <p role="status">Loading the quiz…</p>;
  if (api.document.status === "error")
    return (
      <>
        <h1>Quiz not available</h1>
        <p role="alert">{api.document.message}</p>
        <p>
          <Link href="/courses">Back to your courses</Link>
        </p>
      </>
    );
  const doc = api.document.data;
  return (
    <>
      <nav aria-label="Breadcrumb">
        <Link href="/courses">Courses</Link> ›{" "}
        <Link href={`/courses/${courseId}`}>{doc.courseTitle}</Link>
      </nav>
      <h1>Edit quiz: {doc.draft.title}</h1>
      <p>
        {doc.kind === "final" ? "The course's final quiz. " : "A lesson check. "}
        {doc.published
          ? "Published: learners can take it."
          : "Not published: learners cannot see it yet."}
      </p>
      <QuizEditor
        key={doc.loadedVersion}
        quizId={quizId}
        doc={doc}
        save={api.save}
        presence={<PresenceList others={others} />}
        actions={({ allSaved, errors, version, rebase }) => (
          <div className="editor-actions">
            <ConfirmAction
              label="Publish"
              confirmLabel="Yes, publish"
              question="Publish this quiz? Learners who start it from now on get this version."
              disabled={!allSaved || errors > 0}
              disabledReason={
                errors > 0
                  ? "Fix the problems marked in the editor first."
                  : allSaved
                    ? undefined
                    : "Wait until everything is saved."
              }
              run={() => api.publish(version, rebase, setRegradeDue)}
            />
            {doc.published ? (
              <ConfirmAction
                label="Unpublish"
                confirmLabel="Yes, unpublish"
                question="Take this quiz off the learner site? Its revisions, draft and learners' attempts stay."
                run={api.unpublish}
              />
            ) : null}
            {regradeDue > 0 ? (
              <p className="form-notice">
                {regradeDue} {regradeDue === 1 ? "attempt was" : "attempts were"} taken on an
                earlier version.{" "}
                <Link href={`/courses/${courseId}/quizzes/${quizId}/regrade`}>
                  Review a regrade
                </Link>
              </p>
            ) : null}
          </div>
        )}
      />
      <section aria-labelledby="quiz-revisions-heading">
        <h2 id="quiz-revisions-heading">Revision history</h2>
        <RevisionHistory
          revisions={doc.revisions}
          loadText={api.revisionText}
          restore={api.restore}
        />
      </section>
    </>
  );
}
