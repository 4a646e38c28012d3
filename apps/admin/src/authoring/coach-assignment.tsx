"use client";
import { useId, useState } from "react";
import { ConfirmAction } from "~/editor/confirm-action";
import { useCoachAssignment } from "./course-api";

/** Admins assign coaches to a course and remove them, each after a confirm step. */
export function CoachAssignment({ courseId }: { courseId: string }) {
  const api = useCoachAssignment(courseId);
  const [chosen, setChosen] = useState("");
  const selectId = useId();
  if (api.state.status === "pending") return <p role="status">Loading coaches…</p>;
  if (api.state.status === "error") return <p role="alert">{api.state.message}</p>;
  const { assigned, available } = api.state.data;
  const chosenCoach = available.find((coach) => coach.id === chosen);
  return (
    <>
      {assigned.length === 0 ? (
        <p>No coaches are assigned yet.</p>
      ) : (
        <ul className="coach-list">
          {assigned.map((coach) => (
            <li key={coach.id}>
              {coach.name} ({coach.email})
              <ConfirmAction
                label={`Remove ${coach.name}`}
                confirmLabel={`Yes, remove ${coach.name}`}
                question={`Remove ${coach.name} from this course? They can no longer open or edit it.`}
                run={() => api.unassign(coach.id)}
              />
            </li>
          ))}
        </ul>
      )}
      {available.length > 0 ? (
        <div className="form-field">
          <label className="form-field__label" htmlFor={selectId}>
            Coach to assign
          </label>
          <select
            id={selectId}
            className="form-field__input"
            value={chosen}
            onChange={(event) => {
              setChosen(event.target.value);
            }}
          >
            <option value="">Choose a coach</option>
            {available.map((coach) => (
              <option key={coach.id} value={coach.id}>
                {coach.name} ({coach.email})
              </option>
            ))}
          </select>
          <ConfirmAction
            label="Assign the coach"
            confirmLabel={chosenCoach ? `Yes, assign ${chosenCoach.name}` : "Yes, assign"}
            question={
              chosenCoach
                ? `Let ${chosenCoach.name} open and edit this course?`
                : "Choose a coach first."
            }
            disabled={!chosenCoach}
            disabledReason={chosenCoach ? undefined : "Choose a coach first."}
            run={() => api.assign(chosen)}
          />
        </div>
      ) : null}
    </>
  );
}
