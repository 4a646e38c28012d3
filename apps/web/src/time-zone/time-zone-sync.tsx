"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { timeZoneCookie } from "./time-zone";

/**
 * Tells the server the browser's time zone (a cookie) so server-rendered dates are local. When
 * this page's dates were rendered in another zone (first visit, travel), it asks the server for
 * the page again: a fresh server render, never a client re-format, so hydration cannot mismatch.
 */
export function TimeZoneSync({ renderedIn }: { renderedIn: string | null }) {
  const router = useRouter();
  useEffect(() => {
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!browserZone || browserZone === renderedIn) return;
    document.cookie = timeZoneCookie(browserZone);
    if (document.querySelector("[data-local-time]")) router.refresh();
  }, [renderedIn, router]);
  return null;
}
