import "@soleus/learning-ui/learning.css";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { Breadcrumbs } from "~/components/breadcrumbs";
import { coursePath } from "~/components/format";
import { QuizPlayer } from "~/components/quiz/quiz-player";
import { SignInNeeded } from "~/components/sign-in-needed";
import { learnerApi, orNull, signedInPerson } from "~/learning/learner-api";
import { attemptPath, resultPath } from "~/learning/paths";
import { quizName } from "~/learning/quiz-name";
import { loadCourseOutline } from "../../_reading/published-content";

export const dynamic = "force-dynamic";

interface AttemptPageProps {
  params: Promise<{ attempt: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: AttemptPageProps): Promise<Metadata> {
  const attemptId = z.uuid().safeParse((await params).attempt);
  if (!attemptId.success || !(await signedInPerson())) return { title: "Quiz" };
  const view = await orNull((await learnerApi()).attempts.get({ attemptId: attemptId.data }));
  if (!view) return { title: "Quiz" };
  return { title: quizName(await loadCourseOutline(view.course), view.quizSlug, view.quiz.title) };
}

/** Takes an open attempt. Only its owner gets past here (anyone else: 404); submitted ones go to their result. */
export default async function AttemptPage({ params, searchParams }: AttemptPageProps) {
  const attemptId = z.uuid().safeParse((await params).attempt);
  if (!attemptId.success) notFound();
  if (!(await signedInPerson()))
    return (
      <SignInNeeded
        title="Quiz"
        what="carry on with this quiz"
        next={attemptPath(attemptId.data)}
      />
    );
  const view = await orNull((await learnerApi()).attempts.get({ attemptId: attemptId.data }));
  if (!view) notFound();
  if (view.status === "submitted") redirect(resultPath(view.attemptId));
  const q = Number((await searchParams).q);
  const course = await loadCourseOutline(view.course);
  return (
    <>
      <Breadcrumbs
        trail={[
          { href: "/courses", label: "Courses" },
          { href: coursePath(view.course), label: course?.title ?? "Course" },
        ]}
        current={`Attempt ${view.attemptNumber}`}
      />
      <h1>{view.quiz.title}</h1>
      <noscript>
        <p className="form-alert">
          The quiz needs JavaScript to save your answers. Please turn it on, or use another browser.
        </p>
      </noscript>
      {/* attempts/layout.tsx provides the API client this player saves answers through. */}
      <QuizPlayer
        attemptId={view.attemptId}
        quiz={view.quiz}
        responses={view.responses}
        solved={Object.entries(view.checks).flatMap(([id, check]) => (check.solved ? [id] : []))}
        startAt={Number.isInteger(q) && q > 0 ? q - 1 : view.resumeAt}
        serverNow={Date.now()}
      />
    </>
  );
}
