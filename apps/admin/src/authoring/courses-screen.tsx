"use client";
import "~/editor/editor.css";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useCoursesApi } from "./course-api";

/** The courses this person may edit, and a form to start a new one. */
export function CoursesScreen() {
  const api = useCoursesApi();
  const router = useRouter();
  const [title, setTitle] = useState("");
  const [error, setError] = useState<string | null>(null);

  return (
    <>
      <h1>Courses</h1>
      {api.courses.status === "pending" ? <p role="status">Loading courses…</p> : null}
      {api.courses.status === "error" ? <p role="alert">{api.courses.message}</p> : null}
      {api.courses.status === "success" ? (
        api.courses.data.length === 0 ? (
          <p>No courses yet. Start one below, or ask an admin to assign you to a course.</p>
        ) : (
          <ul className="course-list">
            {api.courses.data.map((course) => (
              <li key={course.id}>
                <Link href={`/courses/${course.id}`}>{course.title}</Link>{" "}
                <span>
                  · {course.published ? "Published" : "Not published"}
                  {course.archived ? " · Archived" : ""} · {course.lessonCount}{" "}
                  {course.lessonCount === 1 ? "lesson" : "lessons"}
                </span>
              </li>
            ))}
          </ul>
        )
      ) : null}
      <h2>Start a new course</h2>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (title.trim() === "") {
            setError("Give the course a title.");
            return;
          }
          setError(null);
          void api.create(title.trim()).then((result) => {
            if (result.ok) router.push(`/courses/${result.id}`);
            else setError(result.message);
          });
        }}
      >
        <div className="form-field">
          <label className="form-field__label" htmlFor="new-course-title">
            Course title
          </label>
          {error ? (
            <p className="form-field__error" id="new-course-title-error">
              {error}
            </p>
          ) : null}
          <input
            id="new-course-title"
            className="form-field__input"
            value={title}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "new-course-title-error" : undefined}
            onChange={(event) => {
              setTitle(event.target.value);
            }}
          />
        </div>
        <button type="submit" className="button">
          Create the course
        </button>
      </form>
    </>
  );
}
