import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import pg from "pg";
import * as schema from "./schema";

export type Database = NodePgDatabase<typeof schema>;
/** An open transaction on the database (what `db.transaction` hands its callback). */
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

export interface DatabaseHandle {
  db: Database;
  pool: pg.Pool;
  close(): Promise<void>;
}

export interface ConnectOptions {
  maxConnections?: number;
  /** PostgreSQL ends a statement that runs longer than this. */
  statementTimeoutMs?: number;
  /** PostgreSQL ends a session idle inside a transaction longer than this (its locks go with it). */
  idleInTransactionMs?: number;
}

/**
 * Opens a pooled connection. The same driver (node-postgres) serves the embedded
 * database (over its socket) and PostgreSQL, so nothing else changes between them.
 *
 * Every wait is bounded, so one stuck client never hangs the app: connecting (5 s), a
 * statement (server side, plus a client-side deadline a little later for a server that does
 * not answer at all), and a transaction left idle. PGlite ignores the server-side settings;
 * the embedded wire server enforces its own bounds instead (see WireServer).
 */
export function connectDatabase(url: string, options: ConnectOptions = {}): DatabaseHandle {
  const statementTimeoutMs = options.statementTimeoutMs ?? 15_000;
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    statement_timeout: statementTimeoutMs,
    idle_in_transaction_session_timeout: options.idleInTransactionMs ?? 10_000,
    query_timeout: statementTimeoutMs + 5_000,
  });
  // An idle client that errors (server restart) must not crash the process.
  pool.on("error", () => undefined);
  const db = drizzle(pool, { schema, casing: "snake_case" });
  return { db, pool, close: () => pool.end() };
}
