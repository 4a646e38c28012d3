/**
 * Where a cold item analysis spends its time: `DATABASE_URL=postgres://… pnpm --filter @soleus/bench
 * exec tsx --conditions=react-server results-cold-breakdown.ts` (RUNS, default 3). Each run empties
 * result_cache, calls results.itemAnalysis for the final quiz as an admin, and lists every
 * statement the call sent with its round-trip time (as the app sees it: sent → result parsed),
 * the rest being Node's own work; plus the Node process's CPU time for the call.
 */
import pg from "pg";
import { createAdminCaller, createApiContext } from "@soleus/api";
import { createSession, readSession } from "@soleus/auth/session";
import { createTestUser } from "@soleus/auth/testing/fixtures";
import { connectDatabase } from "@soleus/db/client";

type Timed = { ms: number; text: string };
const statements: Timed[] = [];
type QueryFn = (...args: unknown[]) => unknown;
const query = (pg.Client.prototype as unknown as { query: QueryFn }).query;
// Time every statement from the driver's side: callback and promise forms (pool.query uses callbacks).
(pg.Client.prototype as unknown as { query: QueryFn }).query = function (
  this: unknown,
  ...args: unknown[]
) {
  const started = process.hrtime.bigint();
  const first = args[0] as string | { text?: string } | undefined;
  const text = (typeof first === "string" ? first : (first?.text ?? "")).replace(/\s+/g, " ");
  const done = () =>
    statements.push({ ms: Number(process.hrtime.bigint() - started) / 1e6, text: text.trim() });
  const callback = args.findIndex((a) => typeof a === "function");
  if (callback >= 0) {
    const original = args[callback] as (...x: unknown[]) => unknown;
    args[callback] = (...x: unknown[]) => {
      done();
      return original(...x);
    };
    return query.apply(this, args);
  }
  const result = query.apply(this, args);
  if (result instanceof Promise) result.then(done, () => undefined);
  return result;
};

const url = process.env.DATABASE_URL;
if (!url) throw new Error("set DATABASE_URL to the generated database");
const handle = connectDatabase(url, { maxConnections: 10, statementTimeoutMs: 600_000 });
const { db, pool } = handle;
const admin = await createTestUser(db, "admin", {
  email: `breakdown-${String(Date.now())}@example.org`,
});
const { token } = await createSession(db, admin.id, "admin");
const api = createAdminCaller(
  createApiContext({ db, session: await readSession(db, token, "admin"), app: "admin" }),
);
const quiz = await pool.query<{ id: string }>(
  `select id from quizzes where slug = 'the-second-heart-final'`,
);
const quizId = quiz.rows[0]?.id ?? "";
for (let run = 0; run < Number(process.env.RUNS ?? 3); run++) {
  await pool.query("delete from result_cache");
  statements.length = 0;
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  await api.results.itemAnalysis({ quizId });
  const total = Number(process.hrtime.bigint() - started) / 1e6;
  const used = process.cpuUsage(cpu);
  const inStatements = statements.reduce((s, t) => s + t.ms, 0);
  console.log(
    `run ${String(run + 1)}: ${total.toFixed(0)} ms; statements ${inStatements.toFixed(0)} ms; ` +
      `Node CPU ${((used.user + used.system) / 1000).toFixed(0)} ms; load ${(await import("node:os")).loadavg()[0]?.toFixed(1) ?? "?"}`,
  );
  for (const s of statements)
    console.log(`  ${s.ms.toFixed(1).padStart(8)} ms  ${s.text.slice(0, 110)}`);
}
await handle.close();
