import type { LessonSegment } from "@soleus/content/render/segments";
import { ExerciseTool } from "./exercise-tool";

/**
 * The lesson body from the shared renderer: prose as its sanitised HTML (nothing to hydrate),
 * each exercise section with its text and, once the page's JavaScript runs, a rep counter,
 * hold timer or walk timer. The HTML comes only from `renderLesson`, whose sanitiser runs last.
 */
export function LessonSegments({ segments }: { segments: LessonSegment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.kind === "html" ? (
          <div
            key={index}
            className="lesson-prose"
            dangerouslySetInnerHTML={{ __html: segment.html }}
          />
        ) : (
          <section
            key={index}
            id={segment.anchor}
            className="exercise"
            data-exercise-id={segment.exerciseId}
            data-sets={segment.sets}
            data-reps={segment.reps ?? undefined}
            data-hold-seconds={segment.holdSeconds ?? undefined}
            data-walk-seconds={segment.walkSeconds ?? undefined}
          >
            <div className="lesson-prose" dangerouslySetInnerHTML={{ __html: segment.innerHtml }} />
            <ExerciseTool
              name={segment.name}
              sets={segment.sets}
              holdSeconds={segment.holdSeconds ?? undefined}
              walkSeconds={segment.walkSeconds ?? undefined}
              reps={segment.reps ?? undefined}
            />
          </section>
        ),
      )}
    </>
  );
}
