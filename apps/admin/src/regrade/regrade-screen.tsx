"use client";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useId, useState } from "react";
import { ConfirmAction } from "~/editor/confirm-action";
import { failure, messageOf } from "~/authoring/api-errors";
import { useTRPC, useTRPCClient } from "~/trpc/react";
import { DryRunProgress } from "./dry-run-progress";
import { DryRunTables } from "./dry-run-tables";
import { plural } from "./regrade-format";
import { RegradeProgress } from "./regrade-progress";

type Mode = "all" | "raise_only";

/**
 * Regrading a quiz onto its published revision: a dry run (a batched job, decision 0048) lists
 * every attempt whose score would change; the coach chooses "regrade all" or "only raise
 * scores", confirms, and follows the progress. Both are stored in the database, so any instance
 * shows them, and a reloaded page finds the kept dry run again.
 */
export function RegradeScreen({ courseId, quizId }: { courseId: string; quizId: string }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const [dryRunId, setDryRunId] = useState<string | null>(null);
  const [dryRunStarting, setDryRunStarting] = useState(false);
  const [dryRunError, setDryRunError] = useState<string | null>(null);
  const [mode, setMode] = useState<Mode>("all");
  const [jobId, setJobId] = useState<string | null>(null);
  const modeName = useId();
  const status = useQuery({ ...trpc.regrade.status.queryOptions({ quizId }), retry: false });
  const activeDryRunId = dryRunId ?? status.data?.latestDryRun?.dryRunId ?? null;
  const dry = useQuery({
    ...trpc.regrade.dryRunProgress.queryOptions({ quizId, dryRunId: activeDryRunId ?? quizId }),
    enabled: activeDryRunId !== null,
    retry: false,
    refetchInterval: (query) => (query.state.data?.status === "running" ? 1000 : false),
  });
  const runningJobId =
    jobId ?? (status.data?.latestJob?.status === "running" ? status.data.latestJob.jobId : null);
  const progress = useQuery({
    ...trpc.regrade.progress.queryOptions({ quizId, jobId: runningJobId ?? quizId }),
    enabled: runningJobId !== null,
    retry: false,
    refetchInterval: (query) => (query.state.data?.status === "running" ? 1000 : false),
  });

  if (status.status === "pending") return <p role="status">Loading the quiz…</p>;
  if (status.status === "error")
    return (
      <>
        <h1>Regrade not available</h1>
        <p role="alert">{messageOf(status.error)}</p>
        <p>
          <Link href={`/courses/${courseId}`}>Back to the course</Link>
        </p>
      </>
    );
  const info = status.data;
  const job = runningJobId !== null ? progress.data : undefined;
  const dryRun = activeDryRunId !== null ? dry.data : undefined;
  const dryRunning = dryRunStarting || dryRun?.status === "running";
  // The result is offered for the apply step only while it describes the published revision.
  const dryData = dryRun?.status === "done" && !dryRun.stale ? dryRun.result : null;
  const modeText =
    mode === "all"
      ? "every changed score is replaced, up or down"
      : "scores that would go down stay as they were";

  return (
    <>
      <nav aria-label="Breadcrumb">
        <Link href="/courses">Courses</Link> › <Link href={`/courses/${courseId}`}>Course</Link> ›{" "}
        <Link href={`/courses/${courseId}/quizzes/${quizId}`}>Quiz</Link>
      </nav>
      <h1>Regrade: {info.title}</h1>
      <p>
        The published revision is number {info.targetRevisionNumber}.{" "}
        {info.attemptsOnEarlierRevisions === 0
          ? "Every submitted attempt is already scored on it: there is nothing to regrade."
          : `${plural(info.attemptsOnEarlierRevisions, "submitted attempt was", "submitted attempts were")} scored on an earlier revision. A regrade scores their answers again with the published key, points and scoring; each attempt keeps its previous score in its history, and learners see a note that the quiz was corrected.`}
      </p>

      {job ? <RegradeProgress job={job} /> : null}

      <section aria-labelledby="dry-run-heading">
        <h2 id="dry-run-heading">1. Dry run</h2>
        <p>See what would change. Nothing changes until you apply it.</p>
        <button
          type="button"
          className="button"
          disabled={dryRunning}
          onClick={() => {
            setDryRunStarting(true);
            setDryRunError(null);
            client.regrade.startDryRun
              .mutate({ quizId })
              .then(async (started) => {
                setDryRunId(started.dryRunId);
                await queryClient.invalidateQueries({
                  queryKey: trpc.regrade.dryRunProgress.queryKey({
                    quizId,
                    dryRunId: started.dryRunId,
                  }),
                });
              })
              .catch((error: unknown) => {
                setDryRunError(messageOf(error));
              })
              .finally(() => {
                setDryRunStarting(false);
              });
          }}
        >
          {dryRun ? "Run the dry run again" : "Run the dry run"}
        </button>
        {dryRunError ? <p role="alert">{dryRunError}</p> : null}
        {dry.status === "error" && activeDryRunId !== null ? (
          <p role="alert">{messageOf(dry.error)}</p>
        ) : null}
        {dryRun ? <DryRunProgress run={dryRun} /> : null}
        {dryData ? <DryRunTables dry={dryData} /> : null}
      </section>

      {dryData && dryData.examined > 0 ? (
        <section aria-labelledby="apply-heading">
          <h2 id="apply-heading">2. Apply</h2>
          <fieldset className="regrade-modes">
            <legend>Which scores change?</legend>
            <label className="regrade-mode">
              <input
                type="radio"
                name={modeName}
                value="all"
                checked={mode === "all"}
                onChange={() => {
                  setMode("all");
                }}
              />{" "}
              <span>
                <strong>Regrade all</strong>: every score follows the corrected quiz (
                {plural(dryData.changed, "attempt", "attempts")} change).
              </span>
            </label>
            <label className="regrade-mode">
              <input
                type="radio"
                name={modeName}
                value="raise_only"
                checked={mode === "raise_only"}
                onChange={() => {
                  setMode("raise_only");
                }}
              />{" "}
              <span>
                <strong>Only raise scores</strong>: nobody loses marks (
                {plural(dryData.changed - dryData.lowered, "attempt", "attempts")} change,{" "}
                {plural(dryData.lowered, "keeps", "keep")} the higher score).
              </span>
            </label>
          </fieldset>
          <ConfirmAction
            label="Apply the regrade"
            confirmLabel={mode === "all" ? "Yes, regrade all" : "Yes, only raise scores"}
            question={`Regrade ${plural(dryData.examined, "attempt", "attempts")} of "${info.title}" onto revision ${info.targetRevisionNumber}? In this mode ${modeText}. Previous scores are kept in each attempt's history.`}
            disabled={progress.data?.status === "running" || dryRunning}
            disabledReason="A regrade is running."
            run={async () => {
              try {
                const started = await client.regrade.start.mutate({
                  quizId,
                  targetRevisionId: dryData.targetRevisionId,
                  mode,
                });
                setJobId(started.jobId);
                await queryClient.invalidateQueries({
                  queryKey: trpc.regrade.status.queryKey({ quizId }),
                });
                return { ok: true, message: "Regrade started. Progress is shown above." };
              } catch (error) {
                return failure(error);
              }
            }}
          />
        </section>
      ) : null}
    </>
  );
}
