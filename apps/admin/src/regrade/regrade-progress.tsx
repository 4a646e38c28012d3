import type { AdminRouterOutputs } from "@soleus/api";
import { ProgressBar } from "@soleus/ui/progress-bar";
import { plural } from "./regrade-format";

type Job = AdminRouterOutputs["regrade"]["progress"];

/** A regrade's progress as stored in the database: a bar and the same figures in words. */
export function RegradeProgress({ job }: { job: Job }) {
  const done = job.status !== "running";
  return (
    <section aria-labelledby="regrade-progress-heading" className="regrade-progress">
      <h2 id="regrade-progress-heading">
        {job.status === "running"
          ? "Regrading…"
          : job.status === "done"
            ? "Regrade finished"
            : "Regrade stopped"}
      </h2>
      <ProgressBar
        value={job.total === 0 ? 1 : job.processed}
        max={job.total === 0 ? 1 : job.total}
        label="Regrade progress"
      />
      <p role="status" aria-live="polite" id="regrade-progress-text">
        {job.processed.toLocaleString("en-GB")} of {job.total.toLocaleString("en-GB")} attempts
        done. {plural(job.changed, "score", "scores")} changed
        {job.keptBack > 0
          ? `, ${plural(job.keptBack, "attempt", "attempts")} kept as they were`
          : ""}
        .{done && job.status === "done" ? " Learners now see the corrected results." : ""}
      </p>
      {job.status === "failed" ? (
        <p role="alert">
          The regrade stopped: {job.error ?? "an unknown error"}. Attempts done so far keep their
          new scores; starting the regrade again continues with the rest.
        </p>
      ) : null}
    </section>
  );
}
