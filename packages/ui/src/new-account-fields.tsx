import { FormField } from "./form-field";

/** Name, email and a new password: the fields of every form that creates an account. */
export function NewAccountFields({
  idPrefix,
  errors,
  values,
  passwordHint,
}: {
  idPrefix: string;
  errors: { name?: string; email?: string; password?: string };
  values?: { name?: string; email?: string };
  passwordHint: string;
}) {
  return (
    <>
      <FormField
        id={`${idPrefix}-name`}
        name="name"
        label="Your name"
        autoComplete="name"
        required
        error={errors.name}
        defaultValue={values?.name}
      />
      <FormField
        id={`${idPrefix}-email`}
        name="email"
        label="Email address"
        type="email"
        autoComplete="email"
        required
        error={errors.email}
        defaultValue={values?.email}
      />
      <FormField
        id={`${idPrefix}-password`}
        name="password"
        label="Choose a password"
        type="password"
        autoComplete="new-password"
        required
        hint={passwordHint}
        error={errors.password}
      />
    </>
  );
}
