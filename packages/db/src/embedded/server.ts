import { PGlite } from "@electric-sql/pglite";
import { acquireOwnerLock, type OwnerLock } from "./owner-lock";
import { WireServer } from "./wire-server";

export interface EmbeddedDatabase {
  /** A postgres:// URL any Postgres client (and both apps) can use. */
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  /** Where PGlite keeps its files; omit for an in-memory database (tests). */
  dataDir?: string;
  /** 0 picks a free port. */
  port: number;
  /** A lock the caller already holds on `dataDir`; otherwise one is taken here. */
  ownerLock?: OwnerLock;
}

/**
 * Runs PGlite inside this process and serves it over the Postgres wire protocol on
 * 127.0.0.1. This process becomes the single owner of the data directory; clients take
 * turns by whole transactions (see WireServer).
 */
export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  let lock = options.ownerLock;
  if (options.dataDir && !lock) lock = acquireOwnerLock(options.dataDir);
  let pglite: PGlite | undefined;
  try {
    pglite = await PGlite.create(options.dataDir ? { dataDir: options.dataDir } : {});
    const server = new WireServer(pglite);
    const port = await server.listen(options.port, "127.0.0.1");
    const db = pglite;
    let stopped: Promise<void> | undefined;
    return {
      url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
      port,
      stop: () =>
        (stopped ??= (async () => {
          await server.close();
          await db.close();
          lock?.release();
        })()),
    };
  } catch (error) {
    await pglite?.close().catch(() => undefined);
    lock?.release();
    throw error;
  }
}
