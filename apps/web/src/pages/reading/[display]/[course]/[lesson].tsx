import type { GetStaticPaths, GetStaticProps } from "next";
import { PUBLISHED_CONTENT_TTL_MS } from "@soleus/app-runtime/published-content-cache";
import { parseDisplayVariant } from "~/components/display-settings";
import { lessonPath } from "~/components/format";
import { LessonReader } from "~/components/lesson-reader";
import { StaticSiteShell } from "~/components/static-site-shell";
import { loadStaticLesson, type StaticLesson } from "~/reading/static-lesson";
import { useReaderState } from "~/reading/use-reader-state";

/*
 * A lesson page, prerendered on first request and kept (per display variant) until it is
 * PUBLISHED_CONTENT_TTL_MS old, then rebuilt in the background (ISR). Readers reach it at
 * /courses/<course>/<lesson>: next.config.ts rewrites that address here, choosing the variant
 * from the reader's display cookies. What is personal (who is signed in, completion) is
 * fetched by the page after load. A lesson that is not published gets the site's 404 page
 * (Next.js renders the App Router's not-found for it). See docs/decisions/0012.
 */

type Params = { display: string; course: string; lesson: string };

const REVALIDATE_SECONDS = Math.max(1, Math.round(PUBLISHED_CONTENT_TTL_MS / 1000));

export const getStaticPaths: GetStaticPaths<Params> = () => ({ paths: [], fallback: "blocking" });

export const getStaticProps: GetStaticProps<StaticLesson, Params> = async ({ params }) => {
  const display = parseDisplayVariant(params?.display ?? "");
  const lesson =
    display && params ? await loadStaticLesson(display, params.course, params.lesson) : null;
  if (!lesson) return { notFound: true, revalidate: REVALIDATE_SECONDS };
  return { props: lesson, revalidate: REVALIDATE_SECONDS };
};

export default function LessonPage(lesson: StaticLesson) {
  const reader = useReaderState(lesson.course.slug, lesson.lesson.slug);
  return (
    <StaticSiteShell
      title={`${lesson.lesson.title} (${lesson.course.title})`}
      description={lesson.lesson.summary}
      canonicalPath={lessonPath(lesson.course.slug, lesson.lesson.slug)}
      display={lesson.display}
      reader={reader}
    >
      <LessonReader lesson={lesson} reader={reader} />
    </StaticSiteShell>
  );
}
