import { describe, expect, it } from "vitest";
import { coachAccountError, coachFieldMessage } from "./coach-field-errors";

describe("coach account errors name the coach's fields", () => {
  it("rewords the sign-up messages for someone else's details", () => {
    expect(coachFieldMessage("name", "Enter your name.")).toBe("Enter the coach's name.");
    expect(coachFieldMessage("name", "Use at most 100 characters for your name.")).toBe(
      "Use at most 100 characters for the coach's name.",
    );
    expect(coachFieldMessage("email", "Enter your email address.")).toBe(
      "Enter the coach's email address.",
    );
    expect(coachFieldMessage("password", "Use at least 10 characters (this one has 0).")).toBe(
      "First password: Use at least 10 characters (this one has 0).",
    );
  });

  it("carries every field's problem as field errors, the first as the message", () => {
    const error = coachAccountError({
      name: "Enter your name.",
      email: "Enter your email address.",
      password: "Use at least 10 characters (this one has 0).",
    });
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toBe("Enter the coach's name.");
    expect((error.cause as unknown as { issues: unknown }).issues).toEqual([
      { path: ["name"], message: "Enter the coach's name." },
      { path: ["email"], message: "Enter the coach's email address." },
      {
        path: ["password"],
        message: "First password: Use at least 10 characters (this one has 0).",
      },
    ]);
  });

  it("reports a taken email address as a conflict on the email field", () => {
    const error = coachAccountError({
      email: "An account with this email already exists. Sign in instead, or use another email.",
    });
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toContain("Use another email address for the coach.");
  });
});
