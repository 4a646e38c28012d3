"use client";
import { useEffect, useRef, useState } from "react";
import type { AdminRouterOutputs, Role } from "@soleus/api";
import { ConfirmBox } from "./confirm-box";

type Person = AdminRouterOutputs["users"]["list"][number];

const ROLES: Role[] = ["learner", "coach", "admin"];
const ROLE_WORDS: Record<Role, string> = { learner: "learner", coach: "coach", admin: "admin" };

type Pending = { kind: "role"; role: Role } | { kind: "switch-off" } | undefined;

/** What to do with the account; each privileged change waits for its confirm step. */
export interface PersonActions {
  changeRole: (role: Role) => Promise<unknown>;
  setDisabled: (disabled: boolean) => Promise<unknown>;
  signOutEverywhere: () => Promise<unknown>;
  busy: boolean;
}

/** One person: a table row on wide screens, a card on narrow ones (admin.css). */
export function PersonRow({
  person,
  isMe,
  actions,
}: {
  person: Person;
  isMe: boolean;
  actions: PersonActions;
}) {
  const [chosenRole, setChosenRole] = useState<Role>(person.role);
  const [pending, setPending] = useState<Pending>();
  const select = useRef<HTMLSelectElement>(null);
  const switchOff = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    setChosenRole(person.role);
  }, [person.role]);
  const who = person.name ? `${person.name} (${person.email})` : person.email;

  function cancel(focus: HTMLElement | null) {
    setPending(undefined);
    setChosenRole(person.role);
    focus?.focus();
  }

  return (
    <tr>
      <td data-label="Name and email">
        {person.name ?? "(no name)"}
        <br />
        {person.email}
      </td>
      <td data-label="Role">
        <div className="people-role">
          <label className="visually-hidden" htmlFor={`role-${person.id}`}>
            Role of {person.email}
          </label>
          <select
            ref={select}
            id={`role-${person.id}`}
            className="form-field__input"
            value={chosenRole}
            disabled={isMe}
            onChange={(event) => {
              setChosenRole(event.target.value as Role);
              setPending(undefined);
            }}
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_WORDS[role]}
              </option>
            ))}
          </select>
          {isMe ? null : (
            <button
              type="button"
              className="button button--secondary"
              disabled={chosenRole === person.role}
              onClick={() => {
                setPending({ kind: "role", role: chosenRole });
              }}
            >
              Change role<span className="visually-hidden"> of {person.email}</span>
            </button>
          )}
        </div>
        {pending?.kind === "role" ? (
          <ConfirmBox
            id={`confirm-role-${person.id}`}
            question={`Change ${who} from ${ROLE_WORDS[person.role]} to ${ROLE_WORDS[pending.role]}? They are signed out on every device, and the new role applies when they sign in again.`}
            confirmLabel={`Yes, make them ${pending.role === "admin" ? "an" : "a"} ${ROLE_WORDS[pending.role]}`}
            busy={actions.busy}
            onConfirm={() => {
              void actions
                .changeRole(pending.role)
                .catch(() => {
                  setChosenRole(person.role);
                })
                .finally(() => {
                  setPending(undefined);
                  select.current?.focus();
                });
            }}
            onCancel={() => {
              cancel(select.current);
            }}
          />
        ) : null}
      </td>
      <td data-label="Status">{person.disabledAt ? "Switched off" : "Active"}</td>
      <td data-label="Actions" className="people-table__actions">
        {isMe ? (
          <span>This is you</span>
        ) : (
          <div className="people-actions">
            <button
              ref={switchOff}
              className="button button--secondary"
              type="button"
              onClick={() => {
                if (person.disabledAt) void actions.setDisabled(false).catch(() => undefined);
                else setPending({ kind: "switch-off" });
              }}
            >
              {person.disabledAt ? "Switch on" : "Switch off"}
              <span className="visually-hidden"> {person.email}</span>
            </button>
            <button
              className="button button--secondary"
              type="button"
              onClick={() => void actions.signOutEverywhere().catch(() => undefined)}
            >
              Sign out everywhere<span className="visually-hidden"> {person.email}</span>
            </button>
          </div>
        )}
        {pending?.kind === "switch-off" ? (
          <ConfirmBox
            id={`confirm-off-${person.id}`}
            question={`Switch off ${who}'s account? They are signed out on every device and cannot sign in until an admin switches the account on again.`}
            confirmLabel="Yes, switch the account off"
            busy={actions.busy}
            onConfirm={() => {
              void actions
                .setDisabled(true)
                .catch(() => undefined)
                .finally(() => {
                  setPending(undefined);
                  switchOff.current?.focus();
                });
            }}
            onCancel={() => {
              cancel(switchOff.current);
            }}
          />
        ) : null}
      </td>
    </tr>
  );
}
