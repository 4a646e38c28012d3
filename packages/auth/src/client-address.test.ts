import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

const withForwarded = (value: string) => new Headers({ "x-forwarded-for": value });

describe("the client address behind trusted proxies", () => {
  it("behind one load balancer, is the address the load balancer appended (not what the client claimed)", () => {
    expect(clientAddress(withForwarded("203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(clientAddress(withForwarded("10.9.9.9, 203.0.113.7"), 1)).toBe("203.0.113.7");
  });

  it("behind two proxies, skips the inner proxy's entry", () => {
    expect(clientAddress(withForwarded("10.9.9.9, 203.0.113.7, 192.0.2.1"), 2)).toBe("203.0.113.7");
  });

  it("two clients behind the same load balancer are told apart", () => {
    expect(clientAddress(withForwarded("203.0.113.7"), 1)).not.toBe(
      clientAddress(withForwarded("198.51.100.4"), 1),
    );
  });

  it("without the header, falls back to X-Real-IP, then to 'unknown'", () => {
    expect(clientAddress(new Headers({ "x-real-ip": "198.51.100.4" }), 1)).toBe("198.51.100.4");
    expect(clientAddress(new Headers(), 1)).toBe("unknown");
  });
});
