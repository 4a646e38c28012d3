"use client";
// The learner site's lesson styles: the preview's controls here, and (copied into its frame)
// the learner's page itself.
import "@soleus/learning-ui/styles.css";
import "~/editor/editor.css";
import Link from "next/link";
import { ConfirmAction } from "~/editor/confirm-action";
import { LessonEditor } from "~/editor/lesson-editor";
import { PresenceList } from "~/editor/presence-list";
import { RevisionHistory } from "~/editor/revision-history";
import { SourceChangedBanner } from "~/courses/source-changed-banner";
import { lessonAsText, useLessonApi, usePresence } from "./lesson-api";

/** Loads the lesson's draft and wires the editor, revisions, publishing and presence to the API. */
export function LessonScreen({ courseId, lessonId }: { courseId: string; lessonId: string }) {
  const api = useLessonApi(courseId, lessonId);
  const others = usePresence({ lessonId });

  if (api.document.status === "pending") return <p role="status">Loading the lesson…</p>;
  if (api.document.status === "error")
    return (
      <>
        <h1>Lesson not available</h1>
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
      <h1>Edit lesson: {doc.draft.title}</h1>
      <p>
        {doc.published
          ? "Published: learners can read it."
          : "Not published: learners cannot see it yet."}
      </p>
      {doc.sourceUpdate ? (
        <SourceChangedBanner
          current={lessonAsText(doc.draft)}
          source={lessonAsText(doc.sourceUpdate)}
          take={api.takeSource}
        />
      ) : null}
      <LessonEditor
        key={doc.loadedVersion}
        lessonId={lessonId}
        server={{ version: doc.version, draft: doc.draft }}
        save={api.save}
        courseSlug={doc.courseSlug}
        objectiveChoices={doc.objectiveChoices}
        quizChoices={doc.quizChoices}
        presence={<PresenceList others={others} />}
        actions={({ allSaved, version, rebase }) => (
          <div className="editor-actions">
            <ConfirmAction
              label="Publish"
              confirmLabel="Yes, publish"
              question="Publish this lesson? Learners will see this version within a few seconds."
              disabled={!allSaved}
              disabledReason={allSaved ? undefined : "Wait until everything is saved."}
              run={() => api.publish(version, rebase)}
            />
            {doc.published ? (
              <ConfirmAction
                label="Unpublish"
                confirmLabel="Yes, unpublish"
                question="Take this lesson off the learner site? Its revisions and draft stay."
                run={api.unpublish}
              />
            ) : null}
          </div>
        )}
      />
      <section aria-labelledby="revisions-heading">
        <h2 id="revisions-heading">Revision history</h2>
        <RevisionHistory
          revisions={doc.revisions}
          loadText={api.revisionText}
          restore={api.restore}
        />
      </section>
    </>
  );
}
