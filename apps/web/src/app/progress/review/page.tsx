import "@soleus/learning-ui/learning.css";
import type { Metadata } from "next";
import { PracticeSession } from "~/components/progress/practice-session";
import { SignInNeeded } from "~/components/sign-in-needed";
import { learnerApi, signedInPerson } from "~/learning/learner-api";
import { TRPCReactProvider } from "~/trpc/react";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Practise missed questions" };

/** Practice of the questions due for review: scored on the server, never counted in a grade. */
export default async function ReviewPage() {
  if (!(await signedInPerson()))
    return (
      <SignInNeeded title="Practise missed questions" what="practise" next="/progress/review" />
    );
  const queue = await (await learnerApi()).review.queue();
  return (
    <>
      <h1>Practise missed questions</h1>
      <p className="lead">
        Questions you missed come back after a while. Practice does not change your quiz scores.
      </p>
      {queue.due.length === 0 ? (
        <p className="empty-state">
          Nothing is due for practice right now. <a href="/progress">Back to my progress</a>
        </p>
      ) : (
        <TRPCReactProvider>
          <PracticeSession
            items={queue.due.map((item) => ({
              course: item.course,
              quiz: item.quiz,
              quizTitle: item.quizTitle,
              question: item.question,
            }))}
          />
        </TRPCReactProvider>
      )}
    </>
  );
}
