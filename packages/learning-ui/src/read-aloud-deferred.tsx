"use client";

import { lazyPart } from "@soleus/ui/lazy-part";
import { AfterHydration } from "./after-hydration";

const ReadAloud = lazyPart(() => import("./read-aloud").then((module) => module.ReadAloud), {
  what: "Read aloud",
});

/** `ReadAloud`, loaded once the page is interactive (it renders nothing before that anyway). */
export function DeferredReadAloud(props: { targetId: string; label?: string }) {
  return (
    <AfterHydration>
      <ReadAloud {...props} />
    </AfterHydration>
  );
}
