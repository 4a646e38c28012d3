import { existsSync, readFileSync } from "node:fs";
import { expect } from "@playwright/test";

interface Email {
  to: string;
  subject: string;
  text: string;
}

function emails(): Email[] {
  const file = process.env.SOLEUS_E2E_OUTBOX ?? "";
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Email);
}

/** The first link of the newest email to `to` with `subject`, waiting for it to arrive (the dev outbox). */
export async function linkFromEmail(to: string, subject: string): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(
      () => {
        const email = emails()
          .filter((entry) => entry.to === to.toLowerCase() && entry.subject === subject)
          .at(-1);
        link = email?.text.match(/https?:\/\/\S+/)?.[0];
        return link;
      },
      { message: `an email "${subject}" to ${to}` },
    )
    .toBeDefined();
  return link ?? "";
}

/** The subjects of every email sent to `to`, oldest first. */
export function subjectsSentTo(to: string): string[] {
  return emails()
    .filter((entry) => entry.to === to.toLowerCase())
    .map((entry) => entry.subject);
}
