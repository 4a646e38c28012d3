"use client";
import "~/regrade/regrade.css";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { failure, messageOf } from "~/authoring/api-errors";
import { ConfirmAction } from "~/editor/confirm-action";
import { useTRPC, useTRPCClient } from "~/trpc/react";

/** The multiplier typed by the coach, checked as the API checks it; null with a reason when not. */
export function readMultiplier(text: string): { value: number } | { error: string } {
  const value = Number(text.trim().replace(",", "."));
  if (text.trim() === "" || !Number.isFinite(value))
    return { error: "Enter the time multiplier as a number, like 1.5." };
  if (value < 1.1) return { error: "Extra time starts at 1.1× the quiz's limit." };
  if (value > 4) return { error: "Extra time can be at most 4× the quiz's limit." };
  if (Math.abs(value * 100 - Math.round(value * 100)) > 1e-6)
    return { error: "Use at most two decimal places, like 1.25." };
  return { value };
}

/**
 * Extra time per learner in this course (e.g. 1.5× for someone who needs more time): every
 * timed quiz of the course gives them that multiple of its limit. Each change takes a confirm
 * step and is written to the audit log.
 */
export function Accommodations({ courseId }: { courseId: string }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const list = useQuery({ ...trpc.accommodations.list.queryOptions({ courseId }), retry: false });
  const [email, setEmail] = useState("");
  const [multiplier, setMultiplier] = useState("1.5");
  const emailId = useId();
  const multiplierId = useId();
  const checked = readMultiplier(multiplier);
  const emailProblem = /^\S+@\S+\.\S+$/.test(email.trim())
    ? null
    : "Enter the learner's email address, like name@example.org.";
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: trpc.accommodations.list.queryKey({ courseId }) });

  return (
    <>
      {list.status === "pending" ? <p role="status">Loading extra time…</p> : null}
      {list.status === "error" ? <p role="alert">{messageOf(list.error)}</p> : null}
      {list.data ? (
        list.data.accommodations.length === 0 ? (
          <p>No learner has extra time in this course.</p>
        ) : (
          <ul className="coach-list" aria-label="Learners with extra time">
            {list.data.accommodations.map((a) => (
              <li key={a.userId}>
                {a.name ?? a.email} ({a.email}): <strong>{a.timeMultiplier}×</strong> the time limit
                <ConfirmAction
                  label={`Remove extra time for ${a.name ?? a.email}`}
                  confirmLabel="Yes, remove it"
                  question={`Remove ${a.name ?? a.email}'s extra time? Their next timed attempt in this course has the quiz's own limit.`}
                  run={async () => {
                    try {
                      await client.accommodations.remove.mutate({ courseId, userId: a.userId });
                      await refresh();
                      return { ok: true, message: "Extra time removed." };
                    } catch (error) {
                      return failure(error);
                    }
                  }}
                />
              </li>
            ))}
          </ul>
        )
      ) : null}
      <div className="accommodations-form">
        <div className="form-field">
          <label className="form-field__label" htmlFor={emailId}>
            Learner's email address
          </label>
          <input
            id={emailId}
            className="form-field__input"
            type="email"
            autoComplete="off"
            value={email}
            aria-invalid={email !== "" && emailProblem !== null ? true : undefined}
            aria-describedby={email !== "" && emailProblem ? `${emailId}-error` : undefined}
            onChange={(event) => {
              setEmail(event.target.value);
            }}
          />
          {email !== "" && emailProblem ? (
            <p className="form-field__error" id={`${emailId}-error`}>
              {emailProblem}
            </p>
          ) : null}
        </div>
        <div className="form-field">
          <label className="form-field__label" htmlFor={multiplierId}>
            Time multiplier
          </label>
          <p className="form-field__hint" id={`${multiplierId}-hint`}>
            From 1.1 to 4; 1.5 means half as much time again.
          </p>
          <input
            id={multiplierId}
            className="form-field__input"
            type="text"
            inputMode="decimal"
            value={multiplier}
            aria-invalid={"error" in checked ? true : undefined}
            aria-describedby={`${"error" in checked ? `${multiplierId}-error ` : ""}${multiplierId}-hint`}
            onChange={(event) => {
              setMultiplier(event.target.value);
            }}
          />
          {"error" in checked ? (
            <p className="form-field__error" id={`${multiplierId}-error`}>
              {checked.error}
            </p>
          ) : null}
        </div>
      </div>
      <ConfirmAction
        label="Set extra time"
        confirmLabel="Yes, set the extra time"
        question={
          "value" in checked
            ? `Give ${email.trim()} ${checked.value}× the time limit on every timed quiz in this course?`
            : ""
        }
        disabled={"error" in checked || emailProblem !== null}
        disabledReason={
          emailProblem ?? ("error" in checked ? checked.error : undefined) ?? undefined
        }
        run={async () => {
          if (!("value" in checked)) return { ok: false, errors: [checked.error] };
          try {
            const saved = await client.accommodations.set.mutate({
              courseId,
              email: email.trim(),
              timeMultiplier: checked.value,
            });
            setEmail("");
            await refresh();
            return {
              ok: true,
              message: `${saved.name ?? saved.email} now has ${saved.timeMultiplier}× the time limit.`,
            };
          } catch (error) {
            return failure(error);
          }
        }}
      />
    </>
  );
}
