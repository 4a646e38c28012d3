"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import type { Role } from "@soleus/api";
import { FormAlert, FormField } from "@soleus/ui/form-field";
import { useTRPC } from "~/trpc/react";

const ROLES: Role[] = ["learner", "coach", "admin"];

/** The people list and the admin actions, through tRPC + TanStack Query. */
export function PeopleAdmin({
  currentUserId,
  passwordHint,
}: {
  currentUserId: string;
  passwordHint: string;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState<string | undefined>();
  const people = useQuery(trpc.users.list.queryOptions({}));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.users.list.queryKey() });
  const onError = (error: { message: string }) => setMessage(error.message);
  const changeRole = useMutation(
    trpc.users.changeRole.mutationOptions({
      onSuccess: () => (setMessage("Role changed."), refresh()),
      onError,
    }),
  );
  const setDisabled = useMutation(
    trpc.users.setDisabled.mutationOptions({
      onSuccess: (r) => (
        setMessage(r.disabled ? "Account switched off." : "Account switched on."),
        refresh()
      ),
      onError,
    }),
  );
  const signOut = useMutation(
    trpc.users.signOutEverywhere.mutationOptions({
      onSuccess: () => setMessage("Signed out on every device."),
      onError,
    }),
  );
  const createCoach = useMutation(
    trpc.users.createCoach.mutationOptions({
      onSuccess: (user) => (setMessage(`Coach account created for ${user.email}.`), refresh()),
      onError,
    }),
  );

  function submitCoach(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    createCoach.mutate({
      name: String(form.get("name") ?? ""),
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
    });
  }

  return (
    <>
      <FormAlert id="people-status" message={message} />
      <h2>Everyone</h2>
      {people.isPending ? <p>Loading…</p> : null}
      {people.error ? <p role="alert">{people.error.message}</p> : null}
      {people.data ? (
        <table className="data-table">
          <caption className="visually-hidden">Accounts</caption>
          <thead>
            <tr>
              <th scope="col">Name and email</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {people.data.map((person) => (
              <tr key={person.id}>
                <td>
                  {person.name ?? "(no name)"}
                  <br />
                  {person.email}
                </td>
                <td>
                  <label className="visually-hidden" htmlFor={`role-${person.id}`}>
                    Role of {person.email}
                  </label>
                  <select
                    id={`role-${person.id}`}
                    className="form-field__input"
                    value={person.role}
                    disabled={person.id === currentUserId}
                    onChange={(event) =>
                      changeRole.mutate({ userId: person.id, role: event.target.value as Role })
                    }
                  >
                    {ROLES.map((role) => (
                      <option key={role} value={role}>
                        {role}
                      </option>
                    ))}
                  </select>
                </td>
                <td>{person.disabledAt ? "Switched off" : "Active"}</td>
                <td className="account-menu">
                  {person.id === currentUserId ? (
                    <span>This is you</span>
                  ) : (
                    <>
                      <button
                        className="button button--secondary"
                        type="button"
                        onClick={() =>
                          setDisabled.mutate({ userId: person.id, disabled: !person.disabledAt })
                        }
                      >
                        {person.disabledAt ? "Switch on" : "Switch off"}
                        <span className="visually-hidden"> {person.email}</span>
                      </button>
                      <button
                        className="button button--secondary"
                        type="button"
                        onClick={() => signOut.mutate({ userId: person.id })}
                      >
                        Sign out everywhere<span className="visually-hidden"> {person.email}</span>
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <h2 className="form-divider">Create a coach account</h2>
      <form className="form-stack" onSubmit={submitCoach} noValidate>
        <FormField id="coach-name" name="name" label="Coach's name" autoComplete="off" required />
        <FormField
          id="coach-email"
          name="email"
          label="Coach's email address"
          type="email"
          autoComplete="off"
          required
        />
        <FormField
          id="coach-password"
          name="password"
          label="First password"
          type="password"
          autoComplete="new-password"
          required
          hint={passwordHint}
        />
        <div>
          <button className="button" type="submit" disabled={createCoach.isPending}>
            Create coach account
          </button>
        </div>
      </form>
    </>
  );
}
