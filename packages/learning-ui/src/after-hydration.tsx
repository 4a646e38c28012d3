"use client";

import { Suspense, useSyncExternalStore, type ReactNode } from "react";

const subscribeNever = () => () => undefined;

/**
 * Renders `children` only once the page's JavaScript runs (nothing on the server or during
 * hydration), inside a Suspense boundary: the place for widgets loaded with `React.lazy`, whose
 * code then stays out of the page's first load. Without JavaScript the text stands on its own.
 */
export function AfterHydration({ children }: { children: ReactNode }) {
  const hydrated = useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
  return hydrated ? <Suspense fallback={null}>{children}</Suspense> : null;
}
