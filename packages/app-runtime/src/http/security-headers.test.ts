import { describe, expect, it } from "vitest";
import { prerenderedAddressHeaders, prerenderedPagePolicy } from "./content-security-policy";
import { contentSecurityPolicy } from "./security-headers";

const directive = (policy: string, name: string) =>
  policy.split("; ").find((entry) => entry.startsWith(`${name} `));

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

  it("gives a prerendered page a <meta> policy of the site's own scripts only, without the directives a <meta> cannot carry", () => {
    const policy = prerenderedPagePolicy();
    expect(directive(policy, "script-src")).toBe("script-src 'self'");
    expect(directive(policy, "frame-ancestors")).toBeUndefined();
    expect(directive(policy, "object-src")).toBe("object-src 'none'");
    expect(directive(policy, "form-action")).toBe("form-action 'self'");
  });

  it("keeps a floor at prerendered addresses: no framing, plugins or foreign forms, whatever page answers", () => {
    const headers = Object.fromEntries(
      prerenderedAddressHeaders().map(({ key, value }) => [key, value]),
    );
    const policy = headers["content-security-policy"] ?? "";
    expect(directive(policy, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(directive(policy, "object-src")).toBe("object-src 'none'");
    expect(directive(policy, "base-uri")).toBe("base-uri 'self'");
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'unsafe-inline'");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["x-content-type-options"]).toBe("nosniff");
  });
});
