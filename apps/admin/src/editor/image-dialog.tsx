"use client";
import { useEffect, useRef } from "react";
import { ImageUpload } from "~/images/image-upload";

/**
 * The lesson editor's "Upload image" dialog: a modal `<dialog>` (focus stays inside, Escape or
 * Cancel closes it and focus goes back where it was), holding the same ImageUpload as /images.
 * After the upload, the figure block goes in at the cursor and the dialog closes.
 */
export function ImageDialog({
  open,
  courseSlug,
  onInsert,
  onClose,
}: {
  open: boolean;
  courseSlug: string;
  /** Receives the uploaded image's figure block (alt text, caption, width and height). */
  onInsert: (markdown: string, alt: string) => void;
  /** The dialog closed: after an upload (`inserted`), or cancelled (Escape, Cancel). */
  onClose: (inserted: boolean) => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const inserted = useRef(false);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      opener.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
      inserted.current = false;
      element.showModal();
      element.querySelector<HTMLInputElement>('input[type="file"]')?.focus();
    } else if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className="image-dialog"
      aria-labelledby="image-dialog-heading"
      aria-describedby="image-dialog-hint"
      onClose={() => {
        onClose(inserted.current);
        // Cancelled: focus goes back to what opened the dialog (a toolbar button or the text).
        if (!inserted.current) opener.current?.focus();
      }}
    >
      <h2 id="image-dialog-heading">Upload an image</h2>
      <p id="image-dialog-hint">
        The figure goes into the lesson text where the cursor was. Press Escape to close without
        uploading.
      </p>
      {open ? (
        <ImageUpload
          courseSlug={courseSlug}
          onUploaded={(image, markdown) => {
            onInsert(markdown, image.alt);
            inserted.current = true;
            dialog.current?.close();
          }}
        />
      ) : null}
      <button
        type="button"
        className="button button--secondary image-dialog__cancel"
        onClick={() => dialog.current?.close()}
      >
        Cancel
      </button>
    </dialog>
  );
}
