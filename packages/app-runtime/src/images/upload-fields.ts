import { z } from "zod";
import { safeText } from "@soleus/quiz-engine/schemas/safe-text";
import { MAX_ALT_LENGTH, MAX_CAPTION_LENGTH } from "./image-rules";

export type UploadField = "file" | "alt" | "caption";

const textFields = z.strictObject({
  alt: safeText()
    .trim()
    .min(1, "Enter alt text: say what the image shows for people who cannot see it.")
    .max(MAX_ALT_LENGTH, `Use at most ${String(MAX_ALT_LENGTH)} characters for the alt text.`),
  caption: safeText()
    .trim()
    .min(1, "Enter a caption to show under the image.")
    .max(
      MAX_CAPTION_LENGTH,
      `Use at most ${String(MAX_CAPTION_LENGTH)} characters for the caption.`,
    ),
});

export type UploadFields =
  | { ok: true; bytes: Uint8Array; alt: string; caption: string }
  | { ok: false; field: UploadField | "form"; message: string };

/** Reads the multipart body: exactly one file, the alt text and the caption (nothing else). */
export async function readUploadFields(
  body: Uint8Array<ArrayBuffer>,
  contentType: string | null,
): Promise<UploadFields> {
  if (!contentType?.toLowerCase().startsWith("multipart/form-data"))
    return { ok: false, field: "form", message: "Send the image with the upload form." };
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch {
    return { ok: false, field: "form", message: "The upload could not be read. Try again." };
  }
  const seen = new Set<string>();
  form.forEach((_value, name) => {
    seen.add(name);
  });
  const names = [...seen].sort();
  if (names.join(",") !== "alt,caption,file" || form.getAll("file").length !== 1)
    return { ok: false, field: "form", message: "Send one image with its alt text and caption." };
  const file = form.get("file");
  const alt = form.get("alt");
  const caption = form.get("caption");
  if (!(file instanceof Blob) || file.size === 0)
    return { ok: false, field: "file", message: "Choose an image file to upload." };
  const parsed = textFields.safeParse({ alt, caption });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path[0] === "caption" ? "caption" : "alt";
    return { ok: false, field, message: issue?.message ?? "Check the alt text and caption." };
  }
  return {
    ok: true,
    bytes: new Uint8Array(await file.arrayBuffer()),
    alt: parsed.data.alt,
    caption: parsed.data.caption,
  };
}
