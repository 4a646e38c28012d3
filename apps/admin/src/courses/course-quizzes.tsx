"use client";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { messageOf } from "~/authoring/api-errors";
import { useTRPC, useTRPCClient } from "~/trpc/react";

const slugOf = (title: string) =>
  title
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/gu, "-")
    .replace(/^-+|-+$/gu, "")
    .slice(0, 60);

/** The course's quizzes, each linking to its editor, and a form to start a new one. */
export function CourseQuizzes({ courseId }: { courseId: string }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const router = useRouter();
  const course = useQuery({
    ...trpc.authoring.courses.get.queryOptions({ courseId }),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    retry: false,
  });
  const [title, setTitle] = useState("");
  const [kind, setKind] = useState<"lesson_check" | "final">("lesson_check");
  const [error, setError] = useState<string | null>(null);
  const quizzes = course.data?.quizzes ?? [];
  return (
    <section aria-labelledby="quizzes-heading">
      <h2 id="quizzes-heading">Quizzes</h2>
      {quizzes.length === 0 ? (
        <p>No quizzes yet.</p>
      ) : (
        <ul>
          {quizzes.map((quiz) => (
            <li key={quiz.id}>
              <Link href={`/courses/${courseId}/quizzes/${quiz.id}`}>Edit quiz “{quiz.slug}”</Link>{" "}
              ({quiz.kind === "final" ? "final quiz" : "lesson check"},{" "}
              {quiz.published ? "published" : "not published"})
            </li>
          ))}
        </ul>
      )}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const slug = slugOf(title);
          if (title.trim() === "" || slug === "") {
            setError("Give the quiz a title with some letters or digits.");
            return;
          }
          setError(null);
          client.authoring.quizzes.create
            .mutate({ courseId, slug, title: title.trim(), kind })
            .then(
              async (created) => {
                await queryClient.invalidateQueries({
                  queryKey: trpc.authoring.courses.get.queryKey({ courseId }),
                });
                router.push(`/courses/${courseId}/quizzes/${created.quizId}`);
              },
              (failure: unknown) => {
                setError(messageOf(failure));
              },
            );
        }}
      >
        <div className="form-field">
          <label className="form-field__label" htmlFor="new-quiz-title">
            New quiz title
          </label>
          {error ? (
            <p className="form-field__error" id="new-quiz-title-error">
              {error}
            </p>
          ) : null}
          <input
            id="new-quiz-title"
            className="form-field__input"
            value={title}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "new-quiz-title-error" : undefined}
            onChange={(event) => {
              setTitle(event.target.value);
            }}
          />
        </div>
        <div className="form-field">
          <label className="form-field__label" htmlFor="new-quiz-kind">
            Kind of quiz
          </label>
          <select
            id="new-quiz-kind"
            className="form-field__input"
            value={kind}
            onChange={(event) => {
              setKind(event.target.value as "lesson_check" | "final");
            }}
          >
            <option value="lesson_check">A lesson check (link it from a lesson)</option>
            <option value="final">The course&apos;s final quiz</option>
          </select>
        </div>
        <button type="submit" className="button">
          Add the quiz
        </button>
      </form>
    </section>
  );
}
