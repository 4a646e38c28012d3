import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@soleus/db/testing";
import { checkImage, type DetectedImage } from "./detect-image";
import { imageResponseHeaders } from "./image-headers";
import { findImage, storeImage } from "./image-store";
import { readUploadFields } from "./upload-fields";
import { pngBytes, webpBytes } from "./test-images";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.destroy();
});

function detected(bytes: Uint8Array) {
  const checked = checkImage(bytes);
  if (!checked.ok) throw new Error(checked.problem);
  return checked.image;
}

describe(`uploaded images in the database (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("stores the bytes once by content hash and reads them back exactly", async () => {
    const bytes = Buffer.from(webpBytes(300, 200));
    const upload = {
      bytes,
      image: detected(bytes),
      alt: "A seated calf raise",
      caption: "Heels up",
      uploadedBy: null as unknown as string,
    };
    const first = await storeImage(database.db, upload);
    const again = await storeImage(database.db, { ...upload, alt: "Another description" });
    expect(first).toEqual(again);
    expect(first).toMatchObject({ contentType: "image/webp", width: 300, height: 200 });
    expect(first.fileName).toMatch(/^[0-9a-f]{64}\.webp$/);
    const row = await findImage(database.db, first.sha256);
    expect(row?.contentType).toBe("image/webp");
    expect(Buffer.compare(row?.bytes ?? Buffer.alloc(0), bytes)).toBe(0);
    expect(await findImage(database.db, "0".repeat(64))).toBeUndefined();
  });

  it("the database itself refuses a type outside the three accepted ones", async () => {
    const bytes = Buffer.from(pngBytes(2, 2));
    await expect(
      storeImage(database.db, {
        bytes,
        image: { ...detected(bytes), contentType: "image/svg+xml" } as unknown as DetectedImage,
        alt: "x",
        caption: "y",
        uploadedBy: null as unknown as string,
      }),
    ).rejects.toThrow();
  });
});

describe("served image headers", () => {
  it("are immutable by hash, nosniff, and let nothing in the image run", () => {
    const headers = imageResponseHeaders({
      contentType: "image/png",
      byteLength: 10,
      fileName: `${"a".repeat(64)}.png`,
      immutable: true,
    });
    expect(headers).toMatchObject({
      "content-type": "image/png",
      "cache-control": "public, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
      "content-disposition": `inline; filename="${"a".repeat(64)}.png"`,
    });
    expect(headers["content-security-policy"]).toContain("default-src 'none'");
    expect(headers["content-security-policy"]).toContain("script-src 'none'");
    expect(headers["content-security-policy"]).toContain("sandbox");
  });
});

describe("readUploadFields", () => {
  function multipart(parts: Record<string, string | Blob>) {
    const form = new FormData();
    for (const [name, value] of Object.entries(parts)) form.append(name, value);
    const request = new Request("http://x/", { method: "POST", body: form });
    return request
      .arrayBuffer()
      .then((body) => readUploadFields(new Uint8Array(body), request.headers.get("content-type")));
  }
  const file = new Blob([pngBytes(4, 4)], { type: "image/png" });

  it("needs alt text and a caption, each named in the message", async () => {
    const noAlt = await multipart({ file, alt: " ", caption: "Heels up" });
    expect(noAlt).toMatchObject({ ok: false, field: "alt" });
    expect(noAlt.ok ? "" : noAlt.message).toContain("Enter alt text");
    expect(await multipart({ file, alt: "A calf", caption: "" })).toMatchObject({
      ok: false,
      field: "caption",
      message: "Enter a caption to show under the image.",
    });
    expect(await multipart({ file, alt: "A\u0000calf", caption: "Up" })).toMatchObject({
      ok: false,
      field: "alt",
    });
  });

  it("refuses extra fields and missing files; accepts a complete upload", async () => {
    expect(await multipart({ file, alt: "A", caption: "B", extra: "x" })).toMatchObject({
      ok: false,
      field: "form",
    });
    expect(await multipart({ file: new Blob([]), alt: "A calf", caption: "Up" })).toMatchObject({
      ok: false,
      field: "file",
    });
    expect(await multipart({ file, alt: " A calf ", caption: "Up" })).toMatchObject({
      ok: true,
      alt: "A calf",
      caption: "Up",
    });
  });
});
