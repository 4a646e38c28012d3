import "server-only";
import { readRequestSession } from "@soleus/auth/request-session";
import { appSite } from "@soleus/auth/settings";
import { readLimitedBody } from "@soleus/auth/read-limited-body";
import { getServerRuntime } from "../runtime/runtime";
import { isSameOrigin } from "../http/same-origin";
import { checkImage } from "./detect-image";
import { MAX_IMAGE_BYTES } from "./image-rules";
import { storeImage } from "./image-store";
import { readUploadFields, type UploadField } from "./upload-fields";

// The image, alt text, caption and the multipart framing around them.
const MAX_UPLOAD_BODY = MAX_IMAGE_BYTES + 16_384;

function refuse(status: number, field: UploadField | "form", message: string): Response {
  return Response.json(
    { error: { field, message } },
    { status, headers: { "cache-control": "no-store" } },
  );
}

/**
 * `POST /api/images` on the admin app: a coach or admin uploads one image (multipart: `file`,
 * `alt`, `caption`). The type comes from the bytes, the size is capped, the dimensions are
 * stored; the answer says how a lesson's figure block refers to it.
 */
export async function handleImageUpload(request: Request): Promise<Response> {
  const site = appSite("admin");
  if (!isSameOrigin(request.headers, site.origin))
    return refuse(403, "form", "This upload came from another site and was refused.");
  const runtime = getServerRuntime("admin");
  const session = await readRequestSession(runtime.database.db, request.headers, {
    app: "admin",
    secure: site.secure,
  });
  if (!session) return refuse(401, "form", "Please sign in to upload images.");
  if (session.user.role !== "coach" && session.user.role !== "admin")
    return refuse(403, "form", "Only coaches and admins can upload images.");
  const body = await readLimitedBody(request, MAX_UPLOAD_BODY);
  if (body === null)
    return refuse(413, "file", "This image is larger than 1 MB. Make it smaller and try again.");
  const fields = await readUploadFields(body, request.headers.get("content-type"));
  if (!fields.ok) return refuse(400, fields.field, fields.message);
  const checked = checkImage(fields.bytes);
  if (!checked.ok)
    return refuse(checked.problem.includes("1 MB") ? 413 : 415, "file", checked.problem);
  const stored = await storeImage(runtime.database.db, {
    bytes: Buffer.from(fields.bytes),
    image: checked.image,
    alt: fields.alt,
    caption: fields.caption,
    uploadedBy: session.user.id,
  });
  return Response.json(
    { ...stored, alt: fields.alt, caption: fields.caption, src: `images/${stored.fileName}` },
    { status: 201, headers: { "cache-control": "no-store" } },
  );
}
