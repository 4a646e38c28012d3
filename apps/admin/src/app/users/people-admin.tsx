"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { Role } from "@soleus/api";
import { useTRPC } from "~/trpc/react";
import { CreateCoachForm, type CoachFieldErrors } from "./create-coach-form";
import { PersonRow } from "./person-row";
import { StatusMessage, type Outcome } from "./status-message";

interface ApiFailure {
  message: string;
  data?: { code?: string; fieldErrors?: { path: string; message: string }[] } | null;
}

const ROLE_WORDS: Record<Role, string> = {
  learner: "a learner",
  coach: "a coach",
  admin: "an admin",
};

/** Field problems of a refused "create coach" (a taken email is a conflict on the email field). */
function coachErrorsOf(error: ApiFailure): CoachFieldErrors {
  const errors: CoachFieldErrors = {};
  for (const { path, message } of error.data?.fieldErrors ?? []) {
    if ((path === "name" || path === "email" || path === "password") && !errors[path])
      errors[path] = message;
  }
  if (Object.keys(errors).length === 0 && error.data?.code === "CONFLICT")
    errors.email = error.message;
  return errors;
}

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
  const [outcome, setOutcome] = useState<Outcome>();
  const [coachErrors, setCoachErrors] = useState<{ errors: CoachFieldErrors; revision: number }>({
    errors: {},
    revision: 0,
  });
  const people = useQuery(trpc.users.list.queryOptions({}));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.users.list.queryKey() });
  const fail = (error: ApiFailure) => {
    setOutcome({ kind: "error", text: error.message });
  };
  const done = (text: string) => {
    setOutcome({ kind: "success", text });
    void refresh();
  };
  const changeRole = useMutation(trpc.users.changeRole.mutationOptions({ onError: fail }));
  const setDisabled = useMutation(trpc.users.setDisabled.mutationOptions({ onError: fail }));
  const signOut = useMutation(trpc.users.signOutEverywhere.mutationOptions({ onError: fail }));
  const createCoach = useMutation(
    trpc.users.createCoach.mutationOptions({
      onSuccess: (user) => {
        setCoachErrors({ errors: {}, revision: coachErrors.revision });
        done(`Coach account created for ${user.email}.`);
      },
      onError: (error) => {
        const errors = coachErrorsOf(error);
        if (Object.keys(errors).length === 0) fail(error);
        else setOutcome(undefined);
        setCoachErrors({ errors, revision: coachErrors.revision + 1 });
      },
    }),
  );
  const busy = changeRole.isPending || setDisabled.isPending || signOut.isPending;

  return (
    <>
      <StatusMessage outcome={outcome} />
      <h2>Everyone</h2>
      {people.isPending ? <p>Loading…</p> : null}
      {people.error ? <p role="alert">{people.error.message}</p> : null}
      {people.data ? (
        <table className="data-table people-table">
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
            {people.data.map((person) => {
              const who = person.name ?? person.email;
              return (
                <PersonRow
                  key={person.id}
                  person={person}
                  isMe={person.id === currentUserId}
                  actions={{
                    busy,
                    changeRole: (role) =>
                      changeRole.mutateAsync({ userId: person.id, role }).then(() => {
                        done(`${who} is now ${ROLE_WORDS[role]}.`);
                      }),
                    setDisabled: (disabled) =>
                      setDisabled.mutateAsync({ userId: person.id, disabled }).then(() => {
                        done(
                          disabled
                            ? `${who}'s account is switched off.`
                            : `${who}'s account is switched on.`,
                        );
                      }),
                    signOutEverywhere: () =>
                      signOut.mutateAsync({ userId: person.id }).then(() => {
                        done(`${who} is signed out on every device.`);
                      }),
                  }}
                />
              );
            })}
          </tbody>
        </table>
      ) : null}
      <h2 className="form-divider" id="create-coach">
        Create a coach account
      </h2>
      <CreateCoachForm
        passwordHint={passwordHint}
        busy={createCoach.isPending}
        errors={coachErrors.errors}
        revision={coachErrors.revision}
        onSubmit={(input) => {
          createCoach.mutate(input);
        }}
      />
    </>
  );
}
