import type { AdminRouterOutputs } from "@soleus/api";
import { ProgressBar } from "@soleus/ui/progress-bar";

type Run = AdminRouterOutputs["regrade"]["dryRunProgress"];

/** A dry run's progress as stored in the database: a bar and the same figures in words. */
export function DryRunProgress({ run }: { run: Run }) {
  const scored = `${run.processed.toLocaleString("en-GB")} of ${run.total.toLocaleString("en-GB")} attempts scored.`;
  return (
    <div className="regrade-progress">
      <ProgressBar
        value={run.total === 0 ? 1 : run.processed}
        max={run.total === 0 ? 1 : run.total}
        label="Dry run progress"
      />
      <p role="status" aria-live="polite" id="dry-run-progress-text">
        {run.status === "running"
          ? `Scoring the attempts again… ${scored}`
          : run.status === "done"
            ? `Dry run finished: ${scored} Nothing has changed yet.`
            : `The dry run stopped: ${run.error ?? "an unknown error"}. Run it again.`}
      </p>
      {run.status === "done" && run.stale ? (
        <p role="alert">
          The quiz was published again since this dry run, so it no longer shows what a regrade
          would change. Run the dry run again before applying.
        </p>
      ) : null}
    </div>
  );
}
