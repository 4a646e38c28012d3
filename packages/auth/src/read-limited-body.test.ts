import { describe, expect, it } from "vitest";
import { readLimitedBody } from "./read-limited-body";

function streamed(bytes: number, chunk = 1024): Request {
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= bytes) {
        controller.close();
        return;
      }
      const size = Math.min(chunk, bytes - sent);
      sent += size;
      controller.enqueue(new Uint8Array(size).fill(97));
    },
  });
  return new Request("http://127.0.0.1/api/auth/signin", {
    method: "POST",
    body,
    duplex: "half",
  } as RequestInit);
}

describe("readLimitedBody", () => {
  it("returns a body within the limit", async () => {
    const body = await readLimitedBody(streamed(3000), 4096);
    expect(body?.byteLength).toBe(3000);
  });

  it("stops reading a body over the limit, even without a Content-Length", async () => {
    expect(await readLimitedBody(streamed(50_000), 4096)).toBeNull();
  });

  it("refuses at once when the declared length is over the limit", async () => {
    const request = new Request("http://127.0.0.1/x", {
      method: "POST",
      body: "a".repeat(10),
      headers: { "content-length": "999999" },
    });
    expect(await readLimitedBody(request, 4096)).toBeNull();
  });
});
