import { lessonAddressSchema } from "@soleus/api/content/inputs";
import { createLearnerCaller } from "@soleus/api";
import { refuseForeignPost, seeOther } from "@soleus/app-runtime/own-site-post";
import { createRequestContext, createServerCaller } from "@soleus/app-runtime/trpc";
import { lessonPath } from "~/components/format";
import { isUnauthorized } from "~/learning/api-errors";
import { signInPath } from "~/learning/paths";
import type { ReaderState } from "~/reading/reader-state";

export const dynamic = "force-dynamic";

interface RouteContext {
  params: Promise<{ course: string; lesson: string }>;
}

const private_ = { "cache-control": "private, no-store" };

/** The reader's own state on one lesson page: their name for the header and their completion. */
export async function GET(request: Request, { params }: RouteContext) {
  const address = lessonAddressSchema.safeParse(await params);
  if (!address.success)
    return Response.json(
      { error: { message: "That is not a lesson address." } },
      { status: 400, headers: private_ },
    );
  // One session lookup: the context that answers "who" also serves the progress query.
  const context = await createRequestContext(request.headers, "web");
  const { session } = context;
  if (!session)
    return Response.json({ person: null, completedAt: null } satisfies ReaderState, {
      headers: private_,
    });
  const progress = await createLearnerCaller(context).progress.mine({
    course: address.data.course,
  });
  const done = progress.completedLessons.find((entry) => entry.lesson === address.data.lesson);
  const state: ReaderState = {
    person: { name: session.user.name ?? session.user.email },
    completedAt: done ? done.completedAt.toISOString() : null,
  };
  return Response.json(state, { headers: private_ });
}

/** "Mark this lesson complete" (a plain form, so it works without JavaScript); back to the lesson. */
export async function POST(request: Request, { params }: RouteContext) {
  const refused = refuseForeignPost(request, "web");
  if (refused) return refused;
  const address = lessonAddressSchema.safeParse(await params);
  if (!address.success) return seeOther("web", "/courses");
  const back = lessonPath(address.data.course, address.data.lesson);
  try {
    await (
      await createServerCaller(request.headers, "web")
    ).progress.markLessonComplete(address.data);
  } catch (error) {
    if (isUnauthorized(error)) return seeOther("web", signInPath(back));
    throw error;
  }
  return seeOther("web", `${back}#lesson-complete`);
}
