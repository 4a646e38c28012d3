import type { OutgoingEmail } from "./mailer";

/** The password-reset email: a link that works once, within 30 minutes. */
export function passwordResetEmail(to: string, url: string, validMinutes: number): OutgoingEmail {
  return {
    to,
    subject: "Reset your Soleus password",
    text: [
      "Hello,",
      "",
      `Use this link to choose a new password for Soleus. It works once, within ${validMinutes} minutes:`,
      url,
      "",
      "Choosing a new password signs you out on every other device.",
      "If you did not ask for this, you can ignore this email: your password stays as it is.",
    ].join("\n"),
  };
}

/** The last step of a sign-up: confirm the email address and the account is made. */
export function confirmSignUpEmail(to: string, url: string): OutgoingEmail {
  return {
    to,
    subject: "Finish creating your Soleus account",
    text: [
      "Hello,",
      "",
      "Use this link to finish creating your Soleus account. It works once, within 24 hours:",
      url,
      "",
      "If you did not ask for an account, you can ignore this email: nothing is created without the link.",
    ].join("\n"),
  };
}

/** Someone (perhaps the owner, who forgot) tried to sign up with an email that has an account. */
export function alreadyRegisteredEmail(
  to: string,
  signInUrl: string,
  resetUrl: string,
): OutgoingEmail {
  return {
    to,
    subject: "You already have a Soleus account",
    text: [
      "Hello,",
      "",
      "Someone, perhaps you, tried to create a Soleus account with this email address. You already have one.",
      "",
      `To sign in: ${signInUrl}`,
      `Forgotten your password? Choose a new one here: ${resetUrl}`,
      "",
      "If it was not you, you can ignore this email: nothing has changed.",
    ].join("\n"),
  };
}
