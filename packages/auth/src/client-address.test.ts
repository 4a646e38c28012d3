import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

const headers = (forwardedFor: string, realIp?: string) =>
  new Headers({ "x-forwarded-for": forwardedFor, ...(realIp ? { "x-real-ip": realIp } : {}) });

describe("clientAddress", () => {
  it("with no proxy, takes the address the server appended from the socket, never what the client wrote", () => {
    expect(clientAddress(headers("198.51.100.7, 203.0.113.9", "198.51.100.8"), 0)).toBe(
      "203.0.113.9",
    );
    expect(clientAddress(headers("203.0.113.9"), 0)).toBe("203.0.113.9");
  });

  it("behind N proxies, takes the N-th entry from the right", () => {
    const chain = headers("6.6.6.6, 198.51.100.7, 10.0.0.2, 127.0.0.1");
    expect(clientAddress(chain, 1)).toBe("10.0.0.2");
    expect(clientAddress(chain, 2)).toBe("198.51.100.7");
  });

  it("says unknown when there is no address at all, and never passes on an overlong value", () => {
    expect(clientAddress(new Headers(), 0)).toBe("unknown");
    expect(clientAddress(headers("x".repeat(500)), 0)).toHaveLength(64);
  });
});
