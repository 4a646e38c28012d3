import "server-only";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { publicSlugSchema } from "@soleus/api/content/inputs";
import type { AppName } from "@soleus/auth/cookies";
import { getServerRuntime } from "../runtime/runtime";
import { imageResponseHeaders } from "./image-headers";
import { findImage } from "./image-store";

const BUILT_IN_TYPES: Record<string, string> = {
  svg: "image/svg+xml",
  png: "image/png",
  jpg: "image/jpeg",
  webp: "image/webp",
};

// A plain file name: no dots at the start, no path separators, one known extension.
const BUILT_IN_NAME = /^[A-Za-z0-9_-][A-Za-z0-9_-]{0,100}\.(svg|png|jpg|webp)$/;
// An uploaded image: its SHA-256 and the extension of the type detected at upload.
const UPLOADED_NAME = /^([0-9a-f]{64})\.(png|jpg|webp)$/;

const notFound = () =>
  new Response("Not found", {
    status: 404,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });

/**
 * `GET /media/<course>/images/<file>` on both apps: an uploaded image (by content hash, from the
 * database, cached for a year) or a file of a built-in course folder. Names are checked strictly
 * before any file or database access.
 */
export async function serveCourseImage(
  app: AppName,
  course: string,
  file: string,
  builtInCoursesDir: string,
): Promise<Response> {
  if (!publicSlugSchema.safeParse(course).success) return notFound();
  const uploaded = UPLOADED_NAME.exec(file);
  if (uploaded?.[1]) {
    const row = await findImage(getServerRuntime(app).database.db, uploaded[1]);
    // The stored type decides; a name whose extension disagrees with it is not an address.
    if (!row || imageExtension(row.contentType) !== uploaded[2]) return notFound();
    return new Response(new Uint8Array(row.bytes), {
      headers: imageResponseHeaders({
        contentType: row.contentType,
        byteLength: row.bytes.length,
        fileName: file,
        immutable: true,
      }),
    });
  }
  const extension = BUILT_IN_NAME.exec(file)?.[1];
  const contentType = extension ? BUILT_IN_TYPES[extension] : undefined;
  if (!contentType) return notFound();
  let body: Buffer;
  try {
    body = await readFile(join(builtInCoursesDir, course, "images", file));
  } catch {
    return notFound();
  }
  return new Response(new Uint8Array(body), {
    headers: imageResponseHeaders({
      contentType,
      byteLength: body.byteLength,
      fileName: file,
      immutable: false,
    }),
  });
}

function imageExtension(contentType: string): string | undefined {
  return { "image/png": "png", "image/jpeg": "jpg", "image/webp": "webp" }[contentType];
}
