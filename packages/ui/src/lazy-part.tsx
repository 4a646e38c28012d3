"use client";

import { useCallback, useEffect, useState, type ComponentType, type ReactNode } from "react";

/**
 * A component whose code loads on first use, like `React.lazy`, but a load that fails (offline,
 * a dropped connection) is not thrown to the page's error boundary, which would replace the
 * whole page: the part says it needs a connection, offers "Try again", and tries again by
 * itself when the browser is back online. Everything around it keeps working, so nothing a
 * person typed elsewhere on the page is lost. `what` names the part ("The editor").
 */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
  options: { what: string; loading?: ReactNode },
): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  // One load at a time for every place the part is used; a failed one may be tried again
  // (the bundler forgets a chunk that failed to load, so a new import fetches it afresh).
  const loadOnce = () =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = null;
        throw error;
      },
    ));

  function LazyPart(props: P) {
    const [state, setState] = useState<"loading" | "failed" | "ready">(
      loaded ? "ready" : "loading",
    );
    const attempt = useCallback(() => {
      setState(loaded ? "ready" : "loading");
      loadOnce().then(
        () => {
          setState("ready");
        },
        () => {
          setState("failed");
        },
      );
    }, []);
    useEffect(() => {
      if (!loaded) attempt();
    }, [attempt]);
    useEffect(() => {
      if (state !== "failed") return;
      window.addEventListener("online", attempt);
      return () => {
        window.removeEventListener("online", attempt);
      };
    }, [state, attempt]);

    if (state === "ready" && loaded) {
      const Loaded = loaded;
      return <Loaded {...props} />;
    }
    if (state === "failed") return <PartNeedsConnection what={options.what} onRetry={attempt} />;
    return options.loading ?? null;
  }
  LazyPart.displayName = `LazyPart(${options.what})`;
  return LazyPart;
}

/** What a part that could not load says in its place: why, and a way to try again. */
function PartNeedsConnection({ what, onRetry }: { what: string; onRetry: () => void }) {
  return (
    <div className="lazy-part-failed" role="status">
      <p>
        {what} could not load: this part needs a connection. Check that you are online and try
        again; it also loads by itself once you are back online.
      </p>
      <button type="button" className="button button--secondary" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
