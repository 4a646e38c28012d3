import { cookieName, readCookie, type AppName } from "./cookies";
import type { Executor } from "./db-types";
import { readSession, type Session } from "./session";

/** The session of an incoming request to one app (its own cookie only), or null. */
export function readRequestSession(
  db: Executor,
  headers: Headers,
  site: { app: AppName; secure: boolean },
  now?: Date,
): Promise<Session | null> {
  return readSession(
    db,
    readCookie(headers, cookieName(site.app, "session", site.secure)),
    site.app,
    now,
  );
}
