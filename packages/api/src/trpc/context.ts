import type { AppName } from "@soleus/auth/cookies";
import type { Database } from "@soleus/auth/db-types";
import type { Session } from "@soleus/auth/session";

/** What every procedure receives: the database, the (possibly missing) session and the caller. */
export interface ApiContext {
  db: Database;
  session: Session | null;
  app: AppName;
  /** The client's address, for the audit log. */
  ip: string;
  /** The clock, injectable so tests can move time. */
  now: () => Date;
}

/** Builds a context from parts (route handlers, the server caller and tests all go through here). */
export function createApiContext(parts: {
  db: Database;
  session: Session | null;
  app: AppName;
  ip?: string;
  now?: () => Date;
}): ApiContext {
  return {
    db: parts.db,
    session: parts.session,
    app: parts.app,
    ip: parts.ip ?? "unknown",
    now: parts.now ?? (() => new Date()),
  };
}
