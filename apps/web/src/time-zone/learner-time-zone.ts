import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { parseTimeZone, TIME_ZONE_COOKIE } from "./time-zone";

/** The zone dates are shown in for this request: the browser's (from its cookie), or UTC until it is known. */
export interface LearnerTimeZone {
  timeZone: string;
  /** False on a first visit, before the browser has said its zone: the page then says "(UTC)". */
  known: boolean;
}

/** The requesting learner's time zone, read once per request. */
export const learnerTimeZone = cache(async (): Promise<LearnerTimeZone> => {
  const fromCookie = parseTimeZone((await cookies()).get(TIME_ZONE_COOKIE)?.value);
  return fromCookie ? { timeZone: fromCookie, known: true } : { timeZone: "UTC", known: false };
});
