import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Database } from "@soleus/auth/db-types";
import { images } from "@soleus/db/schema";
import type { DetectedImage } from "./detect-image";

export interface StoredImage {
  sha256: string;
  contentType: string;
  width: number;
  height: number;
  /** The file name lessons use: `images/<fileName>` in a figure block. */
  fileName: string;
}

const EXTENSIONS: Record<string, string> = {
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/webp": "webp",
};

/** `<sha256>.<ext>`: the name an uploaded image is served under. */
export function imageFileName(sha256: string, contentType: string): string {
  return `${sha256}.${EXTENSIONS[contentType] ?? "bin"}`;
}

/**
 * Stores an upload by its content hash (the same bytes twice are one row, in one statement, so
 * two instances uploading at once cannot duplicate it).
 */
export async function storeImage(
  db: Database,
  upload: { bytes: Buffer; image: DetectedImage; alt: string; caption: string; uploadedBy: string },
): Promise<StoredImage> {
  const sha256 = createHash("sha256").update(upload.bytes).digest("hex");
  await db
    .insert(images)
    .values({
      sha256,
      contentType: upload.image.contentType,
      byteLength: upload.bytes.length,
      width: upload.image.width,
      height: upload.image.height,
      alt: upload.alt,
      caption: upload.caption,
      bytes: upload.bytes,
      uploadedBy: upload.uploadedBy,
    })
    .onConflictDoNothing({ target: images.sha256 });
  return {
    sha256,
    contentType: upload.image.contentType,
    width: upload.image.width,
    height: upload.image.height,
    fileName: imageFileName(sha256, upload.image.contentType),
  };
}

/** An uploaded image's bytes and type by its hash, or undefined. */
export async function findImage(db: Database, sha256: string) {
  const [row] = await db
    .select({ contentType: images.contentType, bytes: images.bytes })
    .from(images)
    .where(eq(images.sha256, sha256))
    .limit(1);
  return row;
}
