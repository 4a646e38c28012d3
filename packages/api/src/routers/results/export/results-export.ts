import "server-only";
import { TRPCError } from "@trpc/server";
import { stringify } from "csv-stringify/sync";
import { sql } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { z } from "zod";
import { roleAllows } from "@soleus/auth/roles";
import type { ApiContext } from "../../../trpc/context";
import { SIGN_IN_REQUIRED, NOT_ALLOWED } from "../../../trpc/procedures";
import { resolveScope, resultsFilterSchema, type ResultsScope } from "../filter";
import { copyCsvStream, inlineParameters, type CopyClient } from "./copy-stream";

export { inlineParameters };
import { EXPORT_COLUMNS, EXPORT_ROWS, exportQuery, type ExportRows } from "./export-columns";

/** The export's query string: format, which rows, and the shared results filter. */
export const exportParamsSchema = resultsFilterSchema.extend({
  format: z.enum(["csv", "json"]).default("csv"),
  rows: z.enum(EXPORT_ROWS).default("responses"),
});
export type ExportParams = z.input<typeof exportParamsSchema>;

/** Rows per FETCH from the cursor: memory stays at about one batch, whatever the total. */
const BATCH_ROWS = 2000;

interface PoolClient {
  query(text: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  release(error?: Error | boolean): void;
}
interface Pool {
  connect(): Promise<PoolClient>;
}

export interface PreparedExport {
  filename: string;
  contentType: string;
  body: ReadableStream<Uint8Array>;
}

export interface ExportOptions {
  batchRows?: number;
  /**
   * Observes each FETCH (rows) or each COPY chunk (bytes): tests check the first bytes leave
   * before the last batch is read.
   */
  onBatch?: (size: number) => void;
  /**
   * How CSV rows are read: PostgreSQL's own COPY (the default on PostgreSQL: several times the
   * throughput of rows through node-postgres and csv-stringify) or the cursor (the embedded
   * database, whose wire server has no COPY; JSON always).
   */
  method?: "copy" | "cursor";
}

const embeddedPools = new WeakMap<object, boolean>();

/** The embedded database (PGlite) answers version() with its own name; asked once per pool. */
async function isEmbedded(pool: Pool): Promise<boolean> {
  const known = embeddedPools.get(pool);
  if (known !== undefined) return known;
  const client = await pool.connect();
  try {
    const row = await client.query(`select version() like '%PGlite%' as embedded`);
    const embedded = row.rows[0]?.embedded === true;
    embeddedPools.set(pool, embedded);
    return embedded;
  } finally {
    client.release();
  }
}

const slugPart = (text: string) => text.replace(/[^a-z0-9-]+/gi, "-").slice(0, 60);

async function filenameOf(ctx: ApiContext, scope: ResultsScope, rows: ExportRows, format: string) {
  const names = await ctx.db.execute<{
    course: string | null;
    quiz: string | null;
    revision: number | null;
  }>(sql`
    select
      (select c.slug from courses c where c.id = ${scope.courseIds.length === 1 ? scope.courseIds[0] : null}::uuid) as course,
      (select q.slug from quizzes q where q.id = ${scope.quizId}::uuid) as quiz,
      (select r.revision from quiz_revisions r where r.id = ${scope.quizRevisionId}::uuid) as revision`);
  const n = names.rows[0];
  const parts = [
    "results",
    rows,
    n?.course ?? "all-courses",
    n?.quiz ?? null,
    n?.revision ? `revision-${String(n.revision)}` : null,
    scope.filter.from ? `from-${scope.filter.from}` : null,
    scope.filter.to ? `to-${scope.filter.to}` : null,
    `${scope.selection}-attempts`,
  ].filter((p): p is string => p !== null);
  return `${parts.map(slugPart).join("_")}.${format}`;
}

/** The export's SQL and parameters after the same checks (the benchmark COPYs this statement). */
export async function exportStatement(
  ctx: ApiContext,
  params: unknown,
): Promise<{ sql: string; params: unknown[] }> {
  const user = ctx.session?.user;
  if (!user || !roleAllows(user.role, ["coach", "admin"]))
    throw new TRPCError({ code: "FORBIDDEN", message: NOT_ALLOWED });
  const { format: _format, rows, ...filter } = exportParamsSchema.parse(params);
  const scope = await resolveScope(ctx.db, user, filter);
  return new PgDialect().sqlToQuery(exportQuery(scope, rows, "csv"));
}

/**
 * Checks the caller as the results procedures do (coach for own and assigned courses, admin
 * for all, nobody else), then streams the filtered attempts or responses: CSV from
 * PostgreSQL's COPY, JSON (and CSV on the embedded database) from a cursor. The header goes
 * out at once, then one chunk per read, so memory stays flat and the download starts before
 * the query has finished (docs/decisions/0046). Throws TRPCError (UNAUTHORIZED,
 * FORBIDDEN, NOT_FOUND, BAD_REQUEST) before anything is streamed.
 */
export async function prepareResultsExport(
  ctx: ApiContext,
  params: unknown,
  options: ExportOptions = {},
): Promise<PreparedExport> {
  const user = ctx.session?.user;
  if (!user) throw new TRPCError({ code: "UNAUTHORIZED", message: SIGN_IN_REQUIRED });
  if (!roleAllows(user.role, ["coach", "admin"]))
    throw new TRPCError({ code: "FORBIDDEN", message: NOT_ALLOWED });
  const parsed = exportParamsSchema.safeParse(params);
  if (!parsed.success)
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: parsed.error.issues[0]?.message ?? "That export request is not valid.",
    });
  const { format, rows, ...filter } = parsed.data;
  const scope = await resolveScope(ctx.db, user, filter);
  const filename = await filenameOf(ctx, scope, rows, format);
  const query = new PgDialect().sqlToQuery(exportQuery(scope, rows, format));
  const columns = EXPORT_COLUMNS[rows];
  const batchRows = options.batchRows ?? BATCH_ROWS;
  const pool = (ctx.db as unknown as { $client: Pool }).$client;
  const encoder = new TextEncoder();
  const contentType =
    format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8";
  const method =
    options.method ?? (format === "csv" && !(await isEmbedded(pool)) ? "copy" : "cursor");
  if (method === "copy") {
    if (format !== "csv") throw new Error("COPY exports CSV only");
    const copyClient = (await pool.connect()) as unknown as CopyClient;
    const statement = inlineParameters(query.sql, query.params, (v) => copyClient.escapeLiteral(v));
    const header = encoder.encode(stringify([columns]));
    return {
      filename,
      contentType,
      body: copyCsvStream(copyClient, statement, header, options.onBatch),
    };
  }
  let client: PoolClient | null = null;
  let first = true;
  let finished = false;

  const close = async (error?: Error) => {
    if (!client || finished) return;
    finished = true;
    const c = client;
    client = null;
    try {
      await c.query(error ? "rollback" : "commit");
      c.release();
    } catch (e) {
      c.release(e instanceof Error ? e : true);
    }
  };

  const body = new ReadableStream<Uint8Array>(
    {
      async start(controller) {
        client = await pool.connect();
        await client.query("begin read only");
        await client.query(
          `declare results_export no scroll cursor for ${query.sql}`,
          query.params,
        );
        // Headers and the first line leave at once, before the first row is read.
        controller.enqueue(encoder.encode(format === "csv" ? stringify([columns]) : "[\n"));
      },
      async pull(controller) {
        try {
          if (!client) return;
          const batch = await client.query(`fetch ${String(batchRows)} from results_export`);
          options.onBatch?.(batch.rows.length);
          if (batch.rows.length > 0) {
            let text: string;
            if (format === "csv") {
              text = stringify(batch.rows, { columns: columns as string[] });
            } else {
              text = batch.rows.map((row) => JSON.stringify(row)).join(",\n");
              text = first ? text : `,\n${text}`;
            }
            first = false;
            controller.enqueue(encoder.encode(text));
          }
          if (batch.rows.length < batchRows) {
            if (format === "json") controller.enqueue(encoder.encode("\n]\n"));
            await close();
            controller.close();
          }
        } catch (error) {
          await close(error instanceof Error ? error : new Error(String(error)));
          controller.error(error);
        }
      },
      async cancel() {
        await close(new Error("download cancelled"));
      },
    },
    { highWaterMark: 1 },
  );

  return { filename, contentType, body };
}
