import { get, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { clientAddress } from "@soleus/auth/client-address";
import { recordPeerAddresses } from "./peer-address";

const server = createServer((request, response) => {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers))
    if (typeof value === "string") headers.set(name, value);
  response.end(clientAddress(headers, 0));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** What the server takes as the client's address, for a request from `localAddress` claiming `forwardedFor`. */
function addressSeen(localAddress: string, forwardedFor?: string): Promise<string> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    get(
      {
        host: "127.0.0.1",
        port,
        localAddress,
        headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {},
      },
      (response) => {
        let body = "";
        response.on("data", (chunk: Buffer) => (body += chunk.toString()));
        response.on("end", () => resolve(body));
      },
    ).on("error", reject);
  });
}

describe("recordPeerAddresses", () => {
  it("makes the socket's address the one that counts, whatever X-Forwarded-For the client sends", async () => {
    recordPeerAddresses();
    recordPeerAddresses();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    expect(await addressSeen("127.0.0.2")).toBe("127.0.0.2");
    expect(await addressSeen("127.0.0.3", "203.0.113.9")).toBe("127.0.0.3");
    expect(await addressSeen("127.0.0.3", "203.0.113.9, 127.0.0.4")).toBe("127.0.0.3");
  });
});
