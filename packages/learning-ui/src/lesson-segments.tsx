import { lazyPart } from "@soleus/ui/lazy-part";
import type { LessonSegment } from "@soleus/content/render/segments";
import { AfterHydration } from "./after-hydration";

// The timers and counter load after the page is interactive: they are not needed to read it,
// and the lesson page's first-load JavaScript stays within its budget (bench/lesson-bundle).
// Offline before they load, each says so in its place (and loads once back online).
const ExerciseTool = lazyPart(() => import("./exercise-tool").then((module) => module.default), {
  what: "The exercise timer",
});

/**
 * The lesson body from the shared renderer: prose as its sanitised HTML (nothing to hydrate),
 * each exercise section with its text and, once the page's JavaScript runs, a rep counter,
 * hold timer or walk timer (loaded then). The HTML comes only from `renderLesson`, whose sanitiser runs last.
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
            <AfterHydration>
              <ExerciseTool
                name={segment.name}
                sets={segment.sets}
                holdSeconds={segment.holdSeconds ?? undefined}
                walkSeconds={segment.walkSeconds ?? undefined}
                reps={segment.reps ?? undefined}
              />
            </AfterHydration>
          </section>
        ),
      )}
    </>
  );
}
