import { handleImageUpload } from "@soleus/app-runtime/images/upload";

export const dynamic = "force-dynamic";

/** Coaches and admins upload lesson images here (multipart: file, alt, caption). */
export function POST(request: Request) {
  return handleImageUpload(request);
}
