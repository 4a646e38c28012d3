import { courseAddressSchema } from "@soleus/api/content/inputs";
import { createLearnerCaller } from "@soleus/api";
import { createRequestContext } from "@soleus/app-runtime/trpc";
import { coursePath } from "~/components/format";
import type { CourseLink } from "~/components/course-in-path";

export const dynamic = "force-dynamic";

interface RouteContext {
  params: Promise<{ course: string }>;
}

const notFound = () =>
  Response.json(
    { error: { message: "There is no such course." } },
    { status: 404, headers: { "cache-control": "public, max-age=5" } },
  );

/**
 * A published course's address and title, for the 404 page of a missing lesson address (which
 * Next.js renders without the proxy's path header, so the page asks from the browser).
 */
export async function GET(request: Request, { params }: RouteContext) {
  const address = courseAddressSchema.safeParse(await params);
  if (!address.success) return notFound();
  try {
    const outline = await createLearnerCaller(
      await createRequestContext(request.headers, "web"),
    ).courses.get(address.data);
    const link: CourseLink = { href: coursePath(address.data.course), title: outline.title };
    return Response.json(link, { headers: { "cache-control": "public, max-age=5" } });
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === "NOT_FOUND") return notFound();
    throw error;
  }
}
