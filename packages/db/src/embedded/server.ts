import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import { acquireOwnerLock, type OwnerLock } from "./owner-lock";
import { WireServer, type WireServerOptions } from "./wire-server";

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
  /** The password every client must give; omitted: a random one (tests), found in `url`. */
  password?: string;
  /** Bounds on waiting (see WireServer); the defaults suit the apps. */
  limits?: Omit<WireServerOptions, "password">;
}

/**
 * Runs PGlite inside this process and serves it over the Postgres wire protocol on
 * 127.0.0.1, to clients that know its password. This process becomes the single owner of the data directory; clients take
 * turns by whole transactions (see WireServer).
 */
export async function startEmbeddedDatabase(
  options: EmbeddedDatabaseOptions,
): Promise<EmbeddedDatabase> {
  let lock = options.ownerLock;
  if (options.dataDir && !lock) lock = acquireOwnerLock(options.dataDir);
  let pglite: PGlite | undefined;
  try {
    pglite = await PGlite.create(options.dataDir ? { dataDir: options.dataDir } : {});
    const password = options.password ?? randomBytes(24).toString("base64url");
    const server = new WireServer(pglite, { ...options.limits, password });
    const port = await server.listen(options.port, "127.0.0.1");
    const db = pglite;
    let stopped: Promise<void> | undefined;
    return {
      url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
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
