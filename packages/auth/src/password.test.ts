import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";
import { checkNewPassword, PASSWORD_MIN_LENGTH } from "./password-rules";

describe("password hashing (scrypt)", () => {
  it("verifies the right password and refuses a wrong one", async () => {
    const hash = await hashPassword("blue kettle on the sill");
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(await verifyPassword("blue kettle on the sill", hash)).toBe(true);
    expect(await verifyPassword("blue kettle on the sill ", hash)).toBe(false);
    expect(await verifyPassword("Blue kettle on the sill", hash)).toBe(false);
  });

  it("salts every hash, so equal passwords do not look equal", async () => {
    expect(await hashPassword("same words every time")).not.toBe(
      await hashPassword("same words every time"),
    );
  });

  it("never matches a malformed or hostile stored hash", async () => {
    for (const stored of [
      "",
      "plain",
      "scrypt$1$1$1$$",
      "bcrypt$10$abc$def$ghi$jkl",
      "scrypt$4194304$8$1$AAAA$AAAA",
    ]) {
      expect(await verifyPassword("anything at all", stored)).toBe(false);
    }
  });
});

describe("new password rules (zxcvbn's estimate)", () => {
  it.each([
    ["short1", `at least ${PASSWORD_MIN_LENGTH} characters (this one has 6)`],
    ["password123456", "similar to a commonly used password"],
    ["Password1234!", "similar to a commonly used password"],
    ["iloveyou2024", "similar to a commonly used password"],
    ["qwertyuiop", "frequently used password"],
    ["1234567890", "frequently used password"],
    ["aaaaaaaaaaaa", "Repeated characters"],
    ["xyz1xyz1xyz1", "Repeated character patterns"],
    ["margaret.smith", "personal"],
    ["margaretsmith1", "personal"],
  ])("refuses %j with plain-language advice", (password, advice) => {
    const message = checkNewPassword(password, {
      email: "margaret.smith@example.org",
      name: "Margaret Smith",
    });
    expect(message).toContain(advice);
    if (password.length >= PASSWORD_MIN_LENGTH)
      expect(message).toMatch(/^This password would be easy to guess\. .+/);
  });

  it.each([
    "blue kettle on the sill",
    "correct horse battery",
    "my calves pump blood",
    "Ünïcödé wörds här",
  ])("accepts %j", (password) => {
    expect(checkNewPassword(password, { email: "someone@example.org" })).toBeNull();
  });

  it("refuses passwords over the maximum length", () => {
    expect(checkNewPassword("word ".repeat(50))).toContain("at most 200");
  });
});
