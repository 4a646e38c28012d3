import "@soleus/learning-ui/learning.css";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import type { AttemptResult } from "@soleus/api/learning-types";
import { Breadcrumbs } from "~/components/breadcrumbs";
import { coursePath } from "~/components/format";
import { AttemptResultView } from "@soleus/learning-ui/results/attempt-result";
import { SignInNeeded } from "~/components/sign-in-needed";
import { startQuizAction } from "~/learning/actions";
import { learnerApi, orNull, signedInPerson } from "~/learning/learner-api";
import { attemptPath, resultPath, sectionPath } from "~/learning/paths";
import { quizName } from "~/learning/quiz-name";
import { sectionTitles } from "~/learning/section-titles";
import { loadCourseOutline } from "../../../_reading/published-content";

export const dynamic = "force-dynamic";

interface ResultPageProps {
  params: Promise<{ attempt: string }>;
}

export async function generateMetadata({ params }: ResultPageProps): Promise<Metadata> {
  const attemptId = z.uuid().safeParse((await params).attempt);
  if (!attemptId.success || !(await signedInPerson())) return { title: "Your result" };
  const view = await orNull((await learnerApi()).attempts.get({ attemptId: attemptId.data }));
  if (!view) return { title: "Your result" };
  const course = await loadCourseOutline(view.course);
  return { title: `Your result — ${quizName(course, view.quizSlug, view.quiz.title)}` };
}

/** A submitted attempt's result: score, mastery per objective, every question with feedback and where to review. */
export default async function ResultPage({ params }: ResultPageProps) {
  const attemptId = z.uuid().safeParse((await params).attempt);
  if (!attemptId.success) notFound();
  if (!(await signedInPerson()))
    return (
      <SignInNeeded title="Your result" what="see this result" next={resultPath(attemptId.data)} />
    );
  const api = await learnerApi();
  const view = await orNull(api.attempts.get({ attemptId: attemptId.data }));
  if (!view) notFound();
  if (view.status !== "submitted" || !view.result) redirect(attemptPath(view.attemptId));
  const result: AttemptResult = view.result;
  const [course, history, headings] = await Promise.all([
    loadCourseOutline(view.course),
    api.attempts.history({ course: view.course, quiz: view.quizSlug }),
    sectionTitles(view.course, [
      ...result.reviewSections,
      ...result.questions.map((question) => question.section),
    ]),
  ]);
  const allowed = view.quiz.attemptsAllowed;
  const open = history.find((attempt) => attempt.status === "open");
  const canRetake = open !== undefined || allowed === null || history.length < allowed;
  const lessonTitle = (slug: string) =>
    course?.lessons.find((lesson) => lesson.slug === slug)?.title ?? slug;
  const sectionTitle = (section: { lesson: string; anchor: string }) => ({
    lesson: lessonTitle(section.lesson),
    heading: headings.get(`${section.lesson}#${section.anchor}`) ?? lessonTitle(section.lesson),
  });

  return (
    <>
      <Breadcrumbs
        trail={[
          { href: "/courses", label: "Courses" },
          { href: coursePath(view.course), label: course?.title ?? "Course" },
        ]}
        current="Your result"
      />
      <h1>Your result — {quizName(course, view.quizSlug, view.quiz.title)}</h1>
      <AttemptResultView
        result={result}
        attemptNumber={view.attemptNumber}
        passPercent={view.quiz.passPercent}
        corrected={view.correctedAt !== null}
        objectiveTitles={Object.fromEntries(
          (course?.objectives ?? []).map((objective) => [objective.id, objective.title]),
        )}
        lessonTitle={lessonTitle}
        sectionTitle={sectionTitle}
        sectionHref={(section) => sectionPath(view.course, section)}
        questions={view.quiz.questions}
        responses={view.responses}
        correctAnswers={view.correctAnswers}
        showCorrectAnswers={view.showCorrectAnswers}
        next={
          <>
            {canRetake ? (
              <form action={startQuizAction}>
                <input type="hidden" name="course" value={view.course} />
                <input type="hidden" name="quiz" value={view.quizSlug} />
                <button type="submit" className="button">
                  {open ? `Continue attempt ${open.attemptNumber}` : "Take the quiz again"}
                </button>
              </form>
            ) : (
              <p>You have used all {allowed} attempts this quiz allows.</p>
            )}
            <a className="button button--secondary" href="/progress">
              See my progress
            </a>
          </>
        }
      />
    </>
  );
}
