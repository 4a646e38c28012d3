import { describe, expect, it } from "vitest";
import { refuseOversizedBody, SERVER_ACTION_BODY_LIMIT_BYTES } from "./body-size-limit";

const URL_ = "http://127.0.0.1:3000/sign-up";

/** A body streamed in 64 KiB chunks, so the request carries no Content-Length. */
function streamed(bytes: number): ReadableStream<Uint8Array> {
  let left = bytes;
  return new ReadableStream({
    pull(controller) {
      if (left <= 0) {
        controller.close();
        return;
      }
      const size = Math.min(left, 64 * 1024);
      left -= size;
      controller.enqueue(new Uint8Array(size));
    },
  });
}

describe("refuseOversizedBody (what both proxies run first)", () => {
  it("answers 413 with a plain message for a POST over 1 MB, declared or streamed", async () => {
    const declared = await refuseOversizedBody(
      new Request(URL_, { method: "POST", body: "x".repeat(SERVER_ACTION_BODY_LIMIT_BYTES + 1) }),
    );
    expect(declared?.status).toBe(413);
    expect(await declared?.text()).toMatch(/^What you sent is larger than 1 MB/);
    const chunked = new Request(URL_, {
      method: "POST",
      body: streamed(2 * SERVER_ACTION_BODY_LIMIT_BYTES),
      duplex: "half",
    } as RequestInit);
    expect(chunked.headers.get("content-length")).toBeNull();
    expect((await refuseOversizedBody(chunked))?.status).toBe(413);
  });

  it("lets through a POST at the limit, a streamed one under it, and every GET", async () => {
    expect(
      await refuseOversizedBody(
        new Request(URL_, { method: "POST", body: "x".repeat(SERVER_ACTION_BODY_LIMIT_BYTES) }),
      ),
    ).toBeNull();
    expect(
      await refuseOversizedBody(
        new Request(URL_, { method: "POST", body: streamed(1000), duplex: "half" } as RequestInit),
      ),
    ).toBeNull();
    expect(await refuseOversizedBody(new Request(URL_))).toBeNull();
  });
});
