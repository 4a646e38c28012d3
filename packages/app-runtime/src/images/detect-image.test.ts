import { describe, expect, it } from "vitest";
import { checkImage, sniffImageKind } from "./detect-image";
import { MAX_IMAGE_BYTES } from "./image-rules";
import { jpegBytes, pngBytes, webpBytes } from "./test-images";

const encode = (text: string) => new TextEncoder().encode(text);

describe("checkImage: the type comes from the bytes", () => {
  it.each([
    ["PNG", pngBytes(640, 480), "image/png", 640, 480],
    ["JPEG", jpegBytes(1200, 800), "image/jpeg", 1200, 800],
    ["WebP", webpBytes(300, 200), "image/webp", 300, 200],
  ])("accepts a %s and reads its size", (_name, bytes, contentType, width, height) => {
    expect(checkImage(bytes)).toMatchObject({ ok: true, image: { contentType, width, height } });
  });

  it("refuses text named like an image (the name is never asked)", () => {
    const disguised = encode("#!/bin/sh\necho this is not a picture\n");
    expect(sniffImageKind(disguised)).toBeUndefined();
    const checked = checkImage(disguised);
    expect(checked.ok).toBe(false);
    expect(checked.ok ? "" : checked.problem).toContain(
      "not a PNG, JPEG or WebP image (whatever its name says)",
    );
  });

  it.each([
    '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    '\uFEFF  <?xml version="1.0"?><svg onload="alert(1)"/>',
    "<html><body><script>alert(1)</script></body></html>",
  ])("refuses SVG and other markup, which can carry script: %s", (markup) => {
    const checked = checkImage(encode(markup));
    expect(checked.ok ? "" : checked.problem).toContain(
      "SVG and other markup files are not accepted",
    );
  });

  it("refuses a GIF, a PDF and an empty file", () => {
    expect(checkImage(encode("GIF89a....")).ok).toBe(false);
    expect(checkImage(encode("%PDF-1.7")).ok).toBe(false);
    expect(checkImage(new Uint8Array())).toEqual({
      ok: false,
      problem: "Choose an image file to upload.",
    });
  });

  it("refuses an image over the size cap before reading it", () => {
    const big = new Uint8Array(MAX_IMAGE_BYTES + 1);
    big.set(pngBytes(10, 10));
    const refused = checkImage(big);
    expect(refused.ok ? "" : refused.problem).toContain("at most 1 MB");
    const justFits = new Uint8Array(MAX_IMAGE_BYTES);
    justFits.set(pngBytes(10, 10));
    expect(checkImage(justFits).ok).toBe(true);
  });

  it("refuses a damaged header and absurd dimensions", () => {
    expect(checkImage(pngBytes(640, 480).subarray(0, 12)).ok).toBe(false);
    const huge = checkImage(pngBytes(20_000, 10));
    expect(huge.ok ? "" : huge.problem).toContain("at most 8000 on each side");
  });
});
