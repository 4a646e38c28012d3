import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { acquireOwnerLock, type OwnerLock } from "./owner-lock";

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
  maxConnections?: number;
  /** A lock the caller already holds on `dataDir`; otherwise one is taken here. */
  ownerLock?: OwnerLock;
}

/**
 * Runs PGlite inside this process and serves it over the Postgres wire protocol on
 * 127.0.0.1. This process becomes the single owner of the data directory; the socket
 * server queues statements from all clients onto the one PGlite instance.
 */
export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  let lock = options.ownerLock;
  if (options.dataDir && !lock) lock = acquireOwnerLock(options.dataDir);
  let pglite: PGlite | undefined;
  try {
    pglite = await PGlite.create(options.dataDir ? { dataDir: options.dataDir } : {});
    const server = new PGLiteSocketServer({
      db: pglite,
      host: "127.0.0.1",
      port: options.port,
      maxConnections: options.maxConnections ?? 100,
    });
    await server.start();
    const port = readPort(server, options.port);
    const db = pglite;
    let stopped: Promise<void> | undefined;
    return {
      url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
      port,
      stop: () =>
        (stopped ??= (async () => {
          await server.stop();
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

function readPort(server: PGLiteSocketServer, requested: number): number {
  if (requested !== 0) return requested;
  // The socket server keeps its net.Server private; port 0 needs the bound address.
  const inner = (server as unknown as { server?: { address(): { port: number } | string | null } }).server;
  const address = inner?.address();
  if (address && typeof address === "object") return address.port;
  throw new Error("The embedded database did not report the port it listens on");
}
