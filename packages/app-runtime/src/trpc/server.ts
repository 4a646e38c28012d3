import "server-only";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import {
  adminRouter,
  API_LIMITS,
  createAdminCaller,
  createApiContext,
  createLearnerCaller,
  learnerRouter,
  type AdminCaller,
  type ApiContext,
  type LearnerCaller,
} from "@soleus/api";
import { clientAddress } from "@soleus/auth/client-address";
import type { AppName } from "@soleus/auth/cookies";
import { readRequestSession } from "@soleus/auth/request-session";
import { appSite, authSettings } from "@soleus/auth/settings";
import { getServerRuntime } from "../runtime/runtime";
import { readLimitedBody } from "@soleus/auth/read-limited-body";
import { isSameOrigin } from "../http/same-origin";

/** The context of one request to one app: its database pool and the request's own session. */
export async function createRequestContext(headers: Headers, app: AppName): Promise<ApiContext> {
  const runtime = getServerRuntime(app);
  const db = runtime.database.db;
  const session = await readRequestSession(db, headers, { app, secure: appSite(app).secure });
  return createApiContext({
    db,
    session,
    app,
    ip: clientAddress(headers, authSettings().SOLEUS_TRUSTED_PROXY_HOPS),
    now: runtime.clock,
  });
}

/** For Server Components: `const api = await createServerCaller(await headers(), "web")` (each app gets its own router). */
export async function createServerCaller(headers: Headers, app: "web"): Promise<LearnerCaller>;
export async function createServerCaller(headers: Headers, app: "admin"): Promise<AdminCaller>;
export async function createServerCaller(
  headers: Headers,
  app: AppName,
): Promise<LearnerCaller | AdminCaller> {
  const context = await createRequestContext(headers, app);
  return app === "web" ? createLearnerCaller(context) : createAdminCaller(context);
}

function refuse(status: number, message: string): Response {
  return Response.json(
    { error: { message } },
    { status, headers: { "cache-control": "no-store" } },
  );
}

/**
 * The route handler behind /api/trpc in both apps, each with its own router (the learner site
 * serves no admin procedure). Mutations only over POST (tRPC refuses a GET mutation), every
 * POST from the app's own origin, and bounded URL, body and batch sizes.
 */
export async function handleTrpcRequest(request: Request, app: AppName): Promise<Response> {
  if (request.method !== "GET" && request.method !== "POST")
    return refuse(405, "Only GET and POST are allowed.");
  if (request.url.length > API_LIMITS.maxUrlLength)
    return refuse(414, "This request is too large.");
  let forwarded = request;
  if (request.method === "POST") {
    if (!isSameOrigin(request.headers, appSite(app).origin))
      return refuse(403, "This request came from another site and was refused.");
    const body = await readLimitedBody(request, API_LIMITS.maxBodyBytes);
    if (body === null) return refuse(413, "This request is too large.");
    forwarded = new Request(request.url, { method: "POST", headers: request.headers, body });
  }
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: forwarded,
    router: app === "web" ? learnerRouter : adminRouter,
    maxBatchSize: API_LIMITS.maxBatchSize,
    createContext: () => createRequestContext(request.headers, app),
    responseMeta: () => ({ headers: new Headers({ "cache-control": "no-store" }) }),
    onError: ({ error, path }) => {
      if (error.code === "INTERNAL_SERVER_ERROR")
        console.error(`[api] ${path ?? "request"} failed:`, error.cause ?? error);
      // The client only gets a generic "could not be read"; what the parser said stays here.
      else if (error.code === "PARSE_ERROR" || error.cause instanceof Error)
        console.warn(
          `[api] ${path ?? "request"} refused unreadable input:`,
          error.cause?.message ?? error.message,
        );
    },
  });
}
