import { checkHealth } from "@soleus/app-runtime/health";
import { getServerRuntime } from "@soleus/app-runtime/runtime";

export const dynamic = "force-dynamic";

/** App and database status, for load balancers and operators. 503 when the database is down. */
export async function GET() {
  const runtime = getServerRuntime("admin");
  const report = await checkHealth(runtime.database.db, runtime);
  return Response.json(report, {
    status: report.status === "ok" ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
}
