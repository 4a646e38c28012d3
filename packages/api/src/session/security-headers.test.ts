import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "./security-headers";

describe("content security policy", () => {
  it("allows scripts only with the nonce and forbids framing", () => {
    const policy = contentSecurityPolicy("abc123", { secure: false, formTargets: ["'self'"] });
    const scripts = policy.split("; ").find((directive) => directive.startsWith("script-src"));
    expect(scripts).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain("upgrade-insecure-requests");
  });

  it("allows only the site's own script files for a prerendered page (no nonce), never inline code", () => {
    const policy = contentSecurityPolicy(null, { secure: false, formTargets: ["'self'"] });
    const scripts = policy.split("; ").find((directive) => directive.startsWith("script-src"));
    expect(scripts).toBe("script-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it("upgrades requests over HTTPS and lets sign-in forms reach enabled OAuth providers", () => {
    const policy = contentSecurityPolicy("n", {
      secure: true,
      formTargets: ["'self'", "https://github.com"],
    });
    expect(policy).toContain("upgrade-insecure-requests");
    expect(policy).toContain("form-action 'self' https://github.com");
  });
});
