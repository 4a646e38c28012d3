"use client";
import { useEffect, useState } from "react";
import { FormField } from "./form-field";

/**
 * "Email me a sign-in link": a plain form posted to Auth.js, with the CSRF token Auth.js
 * expects fetched once the page is interactive.
 */
export function MagicLinkForm({ callbackUrl }: { callbackUrl: string }) {
  const [csrfToken, setCsrfToken] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    fetch("/api/auth/csrf", { credentials: "same-origin" })
      .then((response) => response.json() as Promise<{ csrfToken?: string }>)
      .then((body) => {
        if (live && body.csrfToken) setCsrfToken(body.csrfToken);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return (
    <form className="form-stack" method="post" action="/api/auth/signin/nodemailer">
      <input type="hidden" name="csrfToken" value={csrfToken ?? ""} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormField
        id="magic-email"
        name="email"
        label="Email address"
        type="email"
        autoComplete="email"
        required
        hint="We send you a link that signs you in. No password needed."
      />
      <div>
        <button className="button button--secondary" type="submit" disabled={csrfToken === null}>
          Email me a sign-in link
        </button>
      </div>
    </form>
  );
}
