import "@soleus/learning-ui/learning.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "~/components/breadcrumbs";
import { coursePath } from "~/components/format";
import { SignInNeeded } from "~/components/sign-in-needed";
import { AttemptHistory } from "~/components/results/attempt-history";
import { startQuizAction } from "~/learning/actions";
import { learnerApi, signedInPerson } from "~/learning/learner-api";
import { quizPath } from "~/learning/paths";
import { quizName } from "~/learning/quiz-name";
import { QuizIntro } from "@soleus/learning-ui/quiz/quiz-intro";
import { loadCourseOutline } from "../../../../_reading/published-content";

export const dynamic = "force-dynamic";

interface QuizPageProps {
  params: Promise<{ course: string; quiz: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

async function findQuiz(courseSlug: string, quizSlug: string) {
  const course = await loadCourseOutline(courseSlug);
  if (!course) return null;
  const quizzes = [
    ...(course.finalQuiz ? [{ ...course.finalQuiz, final: true }] : []),
    ...course.lessons.flatMap((lesson) =>
      lesson.checkQuiz ? [{ ...lesson.checkQuiz, final: false }] : [],
    ),
  ];
  const quiz = quizzes.find((candidate) => candidate.slug === quizSlug);
  return quiz ? { course, quiz } : null;
}

export async function generateMetadata({ params }: QuizPageProps): Promise<Metadata> {
  const { course, quiz } = await params;
  const found = await findQuiz(course, quiz);
  return found ? { title: quizName(found.course, found.quiz.slug, found.quiz.title) } : {};
}

const PROBLEMS: Record<string, string> = {
  "no-attempts-left": "You have used all the attempts this quiz allows.",
  "start-failed": "The quiz could not be started just now. Please try again in a moment.",
};

/** A quiz's front door: start or continue the current attempt, and see earlier attempts. */
export default async function QuizPage({ params, searchParams }: QuizPageProps) {
  const { course: courseSlug, quiz: quizSlug } = await params;
  const found = await findQuiz(courseSlug, quizSlug);
  if (!found) notFound();
  const { course, quiz } = found;
  const crumbs = (
    <Breadcrumbs
      trail={[
        { href: "/courses", label: "Courses" },
        { href: coursePath(course.slug), label: course.title },
      ]}
      current={quiz.final ? "Final quiz" : "Quiz"}
    />
  );
  if (!(await signedInPerson())) {
    return (
      <>
        {crumbs}
        <SignInNeeded
          title={quiz.title}
          what="take this quiz"
          next={quizPath(course.slug, quiz.slug)}
        />
      </>
    );
  }
  const api = await learnerApi();
  const [history, facts] = await Promise.all([
    api.attempts.history({ course: course.slug, quiz: quiz.slug }),
    api.attempts.about({ course: course.slug, quiz: quiz.slug }),
  ]);
  const open = history.find((attempt) => attempt.status === "open");
  const problem = (await searchParams).problem;
  return (
    <>
      {crumbs}
      <h1>{quiz.title}</h1>
      {typeof problem === "string" && PROBLEMS[problem] ? (
        <p className="form-alert" role="alert">
          {PROBLEMS[problem]}
        </p>
      ) : null}
      <QuizIntro
        facts={facts}
        open={open !== undefined}
        start={
          <form action={startQuizAction}>
            <input type="hidden" name="course" value={course.slug} />
            <input type="hidden" name="quiz" value={quiz.slug} />
            <button type="submit" className="button">
              {open
                ? `Continue attempt ${open.attemptNumber}`
                : history.length > 0
                  ? "Start a new attempt"
                  : "Start the quiz"}
            </button>
          </form>
        }
      />
      <AttemptHistory attempts={history} />
    </>
  );
}
