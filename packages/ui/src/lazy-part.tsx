"use client";

import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type ComponentType,
  type ReactNode,
} from "react";

/** Tries after a failed load while the browser says it is online: 1, 2, 4 and 8 s later. */
const ONLINE_RETRIES = 4;

/**
 * A component whose code loads on first use, like `React.lazy`, but a load that fails (offline,
 * a dropped connection) is not thrown to the page's error boundary, which would replace the
 * whole page: the part says it needs a connection, offers "Try again", and tries again by
 * itself when the browser is back online — and, when a load fails while the browser says it is
 * online (the connection came back during a load already under way, a dropped request), a few
 * more times a little later each. Everything around it keeps working, so nothing a person typed
 * elsewhere on the page is lost. `what` names the part ("The editor").
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
    // Failed loads since the last success or the last "online" event (paces the retries), and
    // every failure counted (each one schedules the next retry).
    const failures = useRef(0);
    const [failureCount, setFailureCount] = useState(0);
    /** A load; `quietly` (the automatic retries) keeps "needs a connection" shown meanwhile. */
    const attempt = useCallback((quietly = false) => {
      setState((now) => (loaded ? "ready" : quietly && now === "failed" ? "failed" : "loading"));
      loadOnce().then(
        () => {
          failures.current = 0;
          setState("ready");
        },
        () => {
          failures.current += 1;
          setState("failed");
          setFailureCount((count) => count + 1);
        },
      );
    }, []);
    useEffect(() => {
      if (!loaded) attempt();
    }, [attempt]);
    useEffect(() => {
      if (state !== "failed") return;
      const online = () => {
        failures.current = 0;
        attempt(true);
      };
      window.addEventListener("online", online);
      const failed = failures.current;
      const retry =
        navigator.onLine && failed > 0 && failed <= ONLINE_RETRIES
          ? window.setTimeout(
              () => {
                attempt(true);
              },
              1000 * 2 ** (failed - 1),
            )
          : undefined;
      return () => {
        window.removeEventListener("online", online);
        window.clearTimeout(retry);
      };
    }, [state, failureCount, attempt]);

    if (state === "ready" && loaded) {
      const Loaded = loaded;
      return <Loaded {...props} />;
    }
    if (state === "failed")
      return (
        <PartNeedsConnection
          what={options.what}
          onRetry={() => {
            attempt();
          }}
        />
      );
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
