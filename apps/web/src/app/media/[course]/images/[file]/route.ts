import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { publicSlugSchema } from "@soleus/api/content/inputs";

const CONTENT_TYPES: Record<string, string> = {
  svg: "image/svg+xml",
  png: "image/png",
  jpg: "image/jpeg",
  webp: "image/webp",
};

// A plain file name: no dots at the start, no path separators, one known extension.
const FILE_NAME = /^[A-Za-z0-9_-][A-Za-z0-9_-]{0,100}\.(svg|png|jpg|webp)$/;

// The content package's `builtInCoursesDir` (a `new URL("../courses", import.meta.url)` folder)
// cannot go through Turbopack, so the app finds the same folder from its own: `next start` runs
// in apps/web, two levels below the repository root.
const builtInCoursesDir = join(process.cwd(), "..", "..", "packages", "content", "courses");

const notFound = () =>
  new Response("Not found", {
    status: 404,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });

/**
 * Course images from the built-in course folders. Names are checked strictly before any
 * file access; SVGs are served with a CSP that forbids scripts, in case one is opened directly.
 */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ course: string; file: string }> },
) {
  const { course, file } = await params;
  const extension = FILE_NAME.exec(file)?.[1];
  const contentType = extension ? CONTENT_TYPES[extension] : undefined;
  if (!publicSlugSchema.safeParse(course).success || !contentType) return notFound();
  let body: Buffer;
  try {
    body = await readFile(join(builtInCoursesDir, course, "images", file));
  } catch {
    return notFound();
  }
  return new Response(new Uint8Array(body), {
    headers: {
      "content-type": contentType,
      "content-length": String(body.byteLength),
      "cache-control": "public, max-age=604800, stale-while-revalidate=86400",
      "x-content-type-options": "nosniff",
      "content-security-policy":
        "default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox",
      "cross-origin-resource-policy": "same-origin",
    },
  });
}
