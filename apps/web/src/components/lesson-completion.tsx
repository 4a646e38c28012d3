import { markLessonCompleteAction } from "~/learning/actions";
import { learnerApi, signedInPerson } from "~/learning/learner-api";

const dateText = (date: Date) => date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/**
 * "Mark complete" at the end of a lesson for signed-in learners: a plain form posting to a
 * server action, so it works without JavaScript. Shows the date once the lesson is done.
 */
export async function LessonCompletion({ course, lesson }: { course: string; lesson: string }) {
  if (!(await signedInPerson())) return null;
  const progress = await (await learnerApi()).progress.mine({ course });
  const done = progress.completedLessons.find((entry) => entry.lesson === lesson);
  return (
    <section id="lesson-complete" className="lesson-complete quiz-mention" aria-labelledby="lesson-complete-title" tabIndex={-1}>
      <h2 id="lesson-complete-title">{done ? "Lesson complete" : "Finished reading?"}</h2>
      {done ? (
        <p role="status">
          <span aria-hidden="true">✓ </span>You marked this lesson complete on {dateText(done.completedAt)}.
        </p>
      ) : (
        <form action={markLessonCompleteAction}>
          <input type="hidden" name="course" value={course} />
          <input type="hidden" name="lesson" value={lesson} />
          <p>Mark it complete to keep track on your progress page.</p>
          <button type="submit" className="button">
            Mark this lesson complete
          </button>
        </form>
      )}
    </section>
  );
}
