/** The outcome of the last action: a calm success note (a polite status) or an error (an alert). */
export type Outcome = { kind: "success" | "error"; text: string } | undefined;

/**
 * Both live regions are always on the page, so screen readers announce what appears in them;
 * success and failure look different (green edge vs the amber warning box).
 */
export function StatusMessage({ outcome }: { outcome: Outcome }) {
  return (
    <>
      <div
        id="people-status"
        role="status"
        className={outcome?.kind === "success" ? "status-success" : undefined}
      >
        {outcome?.kind === "success" ? outcome.text : null}
      </div>
      <div
        id="people-error"
        role="alert"
        className={outcome?.kind === "error" ? "form-alert" : undefined}
      >
        {outcome?.kind === "error" ? outcome.text : null}
      </div>
    </>
  );
}
