import { TRPCError } from "@trpc/server";
import { prepareResultsExport } from "@soleus/api/results-export";
import { createRequestContext } from "@soleus/app-runtime/trpc";

export const dynamic = "force-dynamic";

const STATUS: Partial<Record<TRPCError["code"], number>> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
};

/**
 * GET /api/results/export?format=csv|json&rows=attempts|responses&<results filter>: the same
 * session check and access rule as the results procedures, then the rows streamed from a
 * PostgreSQL cursor (packages/api/src/routers/results/export). The download starts at once.
 */
export async function GET(request: Request): Promise<Response> {
  const context = await createRequestContext(request.headers, "admin");
  const params = Object.fromEntries(new URL(request.url).searchParams);
  try {
    const prepared = await prepareResultsExport(context, params);
    return new Response(prepared.body, {
      headers: {
        "content-type": prepared.contentType,
        "content-disposition": `attachment; filename="${prepared.filename}"`,
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof TRPCError && STATUS[error.code])
      return Response.json(
        { error: { message: error.message } },
        { status: STATUS[error.code], headers: { "cache-control": "no-store" } },
      );
    throw error;
  }
}
