"use client";
import "~/editor/editor.css";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmAction } from "~/editor/confirm-action";
import { RevisionHistory } from "~/editor/revision-history";
import {
  CourseDetailsForm,
  CourseDetailsStatusLine,
  type CourseDetailsStatus,
} from "~/courses/course-details-form";
import { CourseWordsEditor } from "~/courses/course-words";
import { LessonOrder } from "~/courses/lesson-order";
import { SourceChangedBanner } from "~/courses/source-changed-banner";
import { courseAsText, useCourseApi } from "./course-api";
import { Accommodations } from "~/courses/accommodations";
import { CoachAssignment } from "./coach-assignment";
import { CourseQuizzes } from "~/courses/course-quizzes";

/** One course: details, lesson order, new lessons, publishing, coaches, archive, history. */
export function CourseScreen({ courseId, isAdmin }: { courseId: string; isAdmin: boolean }) {
  const api = useCourseApi(courseId);
  const router = useRouter();
  const [lessonTitle, setLessonTitle] = useState("");
  const [lessonError, setLessonError] = useState<string | null>(null);
  const [detailsStatus, setDetailsStatus] = useState<CourseDetailsStatus | null>(null);

  if (api.course.status === "pending") return <p role="status">Loading the course…</p>;
  if (api.course.status === "error")
    return (
      <>
        <h1>Course not available</h1>
        <p role="alert">{api.course.message}</p>
        <p>
          <Link href="/courses">Back to your courses</Link>
        </p>
      </>
    );
  const course = api.course.data;

  return (
    <>
      <nav aria-label="Breadcrumb">
        <Link href="/courses">Courses</Link>
      </nav>
      <h1>Edit course: {course.draft.title}</h1>
      <p>
        {course.archived
          ? "Archived: hidden from learners."
          : course.published
            ? "Published: learners can see it."
            : "Not published yet."}
      </p>
      {course.sourceUpdate ? (
        <SourceChangedBanner
          current={courseAsText(course.draft)}
          source={courseAsText(course.sourceUpdate)}
          take={api.takeSource}
        />
      ) : null}

      <section aria-labelledby="lessons-heading">
        <h2 id="lessons-heading">Lessons</h2>
        <LessonOrder
          courseId={courseId}
          lessons={course.lessons}
          onReorder={(lessonIds) => {
            void api.reorder(lessonIds);
          }}
        />
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (lessonTitle.trim() === "") {
              setLessonError("Give the lesson a title.");
              return;
            }
            setLessonError(null);
            void api.addLesson(lessonTitle.trim()).then((result) => {
              if (result.ok) router.push(`/courses/${courseId}/lessons/${result.id}`);
              else setLessonError(result.message);
            });
          }}
        >
          <div className="form-field">
            <label className="form-field__label" htmlFor="new-lesson-title">
              New lesson title
            </label>
            {lessonError ? (
              <p className="form-field__error" id="new-lesson-title-error">
                {lessonError}
              </p>
            ) : null}
            <input
              id="new-lesson-title"
              className="form-field__input"
              value={lessonTitle}
              aria-invalid={lessonError ? true : undefined}
              aria-describedby={lessonError ? "new-lesson-title-error" : undefined}
              onChange={(event) => {
                setLessonTitle(event.target.value);
              }}
            />
          </div>
          <button type="submit" className="button">
            Add the lesson
          </button>
        </form>
      </section>

      <CourseQuizzes courseId={courseId} />

      <section aria-labelledby="details-heading">
        <h2 id="details-heading">Course details</h2>
        <CourseDetailsForm
          key={course.version}
          initial={course.draft}
          submitLabel="Save course details"
          onSubmit={api.saveDetails}
          onStatus={setDetailsStatus}
        />
        <CourseDetailsStatusLine status={detailsStatus} />
      </section>

      <section aria-labelledby="course-words-heading">
        <h2 id="course-words-heading">Course words for the spelling check</h2>
        <CourseWordsEditor courseId={courseId} />
      </section>

      <section aria-labelledby="publish-heading">
        <h2 id="publish-heading">Publishing</h2>
        <div className="editor-actions">
          <ConfirmAction
            label="Publish the course"
            confirmLabel="Yes, publish the course"
            question="Publish the course details and lesson order? Learners see them within a few seconds."
            run={api.publish}
          />
          {course.published ? (
            <ConfirmAction
              label="Unpublish the course"
              confirmLabel="Yes, unpublish the course"
              question="Take the whole course off the learner site? Nothing is deleted."
              run={api.unpublish}
            />
          ) : null}
          {course.archived ? null : (
            <ConfirmAction
              label="Archive the course"
              confirmLabel="Yes, archive it"
              question={`Archive "${course.draft.title}"? It is hidden from learners and from the course list; nothing is deleted, and learners' results stay.`}
              run={api.archive}
            />
          )}
        </div>
      </section>

      {isAdmin ? (
        <section aria-labelledby="coaches-heading">
          <h2 id="coaches-heading">Coaches</h2>
          <CoachAssignment courseId={courseId} />
        </section>
      ) : null}

      <section aria-labelledby="accommodations-heading">
        <h2 id="accommodations-heading">Extra time for learners</h2>
        <Accommodations courseId={courseId} />
      </section>

      <section aria-labelledby="course-revisions-heading">
        <h2 id="course-revisions-heading">Revision history</h2>
        <RevisionHistory
          revisions={course.revisions}
          loadText={api.revisionText}
          restore={api.restore}
        />
      </section>
    </>
  );
}
