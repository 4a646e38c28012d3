import "@soleus/learning-ui/learning.css";
import type { LearnerRouterOutputs } from "@soleus/api";
import { LocalTime } from "~/time-zone/local-time";

type CourseCompletion = LearnerRouterOutputs["progress"]["completion"];

/** The "you finished the course" moment, with the way to the printable certificate. */
export function CourseComplete({
  completion,
  headingLevel,
}: {
  completion: CourseCompletion;
  headingLevel: 2 | 3;
}) {
  if (!completion.complete || !completion.completedAt) return null;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section className="course-complete" aria-labelledby={`course-complete-${completion.course}`}>
      <Heading id={`course-complete-${completion.course}`} className="course-complete__title">
        <span aria-hidden="true">★ </span>Course complete
      </Heading>
      <p>
        You finished {completion.courseTitle} on{" "}
        <LocalTime date={completion.completedAt} style="day" />: every lesson
        {completion.hasFinalQuiz ? " and the final quiz" : ""}. Well done.
      </p>
      <p>
        <a
          className="button"
          href={`/progress/certificate/${encodeURIComponent(completion.course)}`}
        >
          Your certificate of completion
        </a>
      </p>
    </section>
  );
}
