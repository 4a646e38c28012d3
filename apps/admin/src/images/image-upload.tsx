"use client";
import { useEffect, useRef, useState, type SyntheticEvent } from "react";
import { figureMarkdown } from "@soleus/content/figure-markdown";
import { ErrorSummary, type FieldProblem } from "@soleus/ui/error-summary";
import { FormField } from "@soleus/ui/form-field";
import {
  ACCEPTED_IMAGE_TYPES,
  MAX_ALT_LENGTH,
  MAX_CAPTION_LENGTH,
} from "@soleus/app-runtime/images/rules";

/** What the server answers for a stored image (POST /api/images). */
export interface UploadedImage {
  sha256: string;
  fileName: string;
  /** For a lesson's figure block: `images/<sha256>.<ext>`. */
  src: string;
  contentType: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
}

type Field = "file" | "alt" | "caption";
const FIELD_IDS: Record<Field, string> = {
  file: "image-file",
  alt: "image-alt",
  caption: "image-caption",
};

interface Refusal {
  error?: { field?: string; message?: string };
}

/**
 * Upload one image for a lesson, with its alt text and caption (both required). The server
 * checks the bytes; on success this shows the image at its real size and the figure block to
 * put in the lesson, and hands both to `onUploaded` (the lesson editor inserts the block).
 */
export function ImageUpload({
  courseSlug,
  onUploaded,
}: {
  /** The course the lesson belongs to (the preview address is per course). */
  courseSlug: string;
  onUploaded?: (image: UploadedImage, markdown: string) => void;
}) {
  const [errors, setErrors] = useState<Partial<Record<Field | "form", string>>>({});
  const [revision, setRevision] = useState(0);
  const [busy, setBusy] = useState(false);
  const [uploaded, setUploaded] = useState<{ image: UploadedImage; markdown: string }>();
  const result = useRef<HTMLHeadingElement>(null);
  // Once the result is on the page, move focus to it (so it is read out and the block is next).
  useEffect(() => {
    if (uploaded) result.current?.focus();
  }, [uploaded]);

  async function submit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    try {
      const response = await fetch("/api/images", { method: "POST", body: form });
      if (response.ok) {
        const image = (await response.json()) as UploadedImage;
        const markdown = figureMarkdown(image);
        setErrors({});
        setUploaded({ image, markdown });
        onUploaded?.(image, markdown);
        return;
      }
      const refusal = (await response.json().catch(() => ({}))) as Refusal;
      const field = refusal.error?.field;
      const message =
        refusal.error?.message ??
        (response.status === 413
          ? "This image is larger than 1 MB. Make it smaller and try again."
          : "The image could not be uploaded. Try again.");
      setUploaded(undefined);
      setErrors(
        field === "file" || field === "alt" || field === "caption"
          ? { [field]: message }
          : { form: message },
      );
      setRevision((n) => n + 1);
    } catch {
      setErrors({ form: "The image could not be uploaded: the connection failed. Try again." });
      setRevision((n) => n + 1);
    } finally {
      setBusy(false);
    }
  }

  const problems: FieldProblem[] = [
    ...(Object.keys(FIELD_IDS) as Field[])
      .filter((field) => errors[field])
      .map((field) => ({ fieldId: FIELD_IDS[field], message: errors[field] ?? "" })),
    ...(errors.form ? [{ fieldId: FIELD_IDS.file, message: errors.form }] : []),
  ];

  return (
    <div className="image-upload">
      <form className="form-stack" onSubmit={(event) => void submit(event)} noValidate>
        <ErrorSummary problems={problems} revision={revision} />
        <div className="form-field">
          <label className="form-field__label" htmlFor={FIELD_IDS.file}>
            Image file
          </label>
          <p className="form-field__hint" id={`${FIELD_IDS.file}-hint`}>
            PNG, JPEG or WebP, at most 1 MB. SVG is not accepted: it can carry scripts.
          </p>
          {errors.file ? (
            <p className="form-field__error" id={`${FIELD_IDS.file}-error`}>
              {errors.file}
            </p>
          ) : null}
          <input
            className="form-field__input"
            id={FIELD_IDS.file}
            name="file"
            type="file"
            accept={ACCEPTED_IMAGE_TYPES}
            required
            aria-invalid={errors.file ? true : undefined}
            aria-describedby={[
              errors.file ? `${FIELD_IDS.file}-error` : "",
              `${FIELD_IDS.file}-hint`,
            ]
              .join(" ")
              .trim()}
          />
        </div>
        <FormField
          id={FIELD_IDS.alt}
          name="alt"
          label="Alt text"
          hint={`What the image shows, for people who cannot see it (at most ${String(MAX_ALT_LENGTH)} characters).`}
          required
          error={errors.alt}
        />
        <FormField
          id={FIELD_IDS.caption}
          name="caption"
          label="Caption"
          hint={`Shown under the image (at most ${String(MAX_CAPTION_LENGTH)} characters).`}
          required
          error={errors.caption}
        />
        <div>
          <button className="button" type="submit" disabled={busy}>
            {busy ? "Uploading…" : "Upload image"}
          </button>
        </div>
      </form>
      {uploaded ? (
        <section aria-labelledby="uploaded-image" className="image-upload__result">
          <h2 id="uploaded-image" ref={result} tabIndex={-1}>
            Image uploaded
          </h2>
          <figure>
            <img
              src={`/media/${encodeURIComponent(courseSlug)}/${uploaded.image.src}`}
              alt={uploaded.image.alt}
              width={uploaded.image.width}
              height={uploaded.image.height}
            />
            <figcaption>{uploaded.image.caption}</figcaption>
          </figure>
          <label className="form-field__label" htmlFor="figure-markdown">
            Figure block for the lesson
          </label>
          <textarea
            id="figure-markdown"
            className="form-field__input"
            readOnly
            rows={3}
            value={uploaded.markdown}
          />
        </section>
      ) : null}
    </div>
  );
}
