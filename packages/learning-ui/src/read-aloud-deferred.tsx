"use client";

import { lazy } from "react";
import { AfterHydration } from "./after-hydration";

const ReadAloud = lazy(() =>
  import("./read-aloud").then((module) => ({ default: module.ReadAloud })),
);

/** `ReadAloud`, loaded once the page is interactive (it renders nothing before that anyway). */
export function DeferredReadAloud(props: { targetId: string; label?: string }) {
  return (
    <AfterHydration>
      <ReadAloud {...props} />
    </AfterHydration>
  );
}
