import { imageSize } from "image-size";
import { MAX_IMAGE_BYTES, MAX_IMAGE_SIDE } from "./image-rules";

export type ImageKind =
  | { contentType: "image/png"; extension: "png" }
  | { contentType: "image/jpeg"; extension: "jpg" }
  | { contentType: "image/webp"; extension: "webp" };

export type DetectedImage = ImageKind & { width: number; height: number };

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ascii = (bytes: Uint8Array, start: number, end: number) =>
  String.fromCharCode(...bytes.subarray(start, end));
const startsWith = (bytes: Uint8Array, signature: number[]) =>
  signature.every((byte, index) => bytes[index] === byte);

/**
 * The type from the file's first bytes (its magic number), never from its name or the type the
 * browser claims: PNG, JPEG and WebP only. Undefined for anything else.
 */
export function sniffImageKind(bytes: Uint8Array): ImageKind | undefined {
  if (startsWith(bytes, PNG)) return { contentType: "image/png", extension: "png" };
  if (startsWith(bytes, JPEG)) return { contentType: "image/jpeg", extension: "jpg" };
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 12) === "WEBP")
    return { contentType: "image/webp", extension: "webp" };
  return undefined;
}

/** Whether the bytes look like SVG or other markup (refused: it can carry script). */
function looksLikeMarkup(bytes: Uint8Array): boolean {
  const start = new TextDecoder("utf-8", { fatal: false })
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF/, "")
    .trimStart()
    .toLowerCase();
  return start.startsWith("<");
}

export type ImageCheck = { ok: true; image: DetectedImage } | { ok: false; problem: string };

/**
 * Checks an upload: size, type from the bytes, and readable dimensions (image-size; a JPEG
 * turned by its EXIF orientation reports the size it is shown at).
 */
export function checkImage(bytes: Uint8Array): ImageCheck {
  if (bytes.length === 0) return { ok: false, problem: "Choose an image file to upload." };
  if (bytes.length > MAX_IMAGE_BYTES)
    return {
      ok: false,
      problem: `This image is ${(bytes.length / 1_000_000).toFixed(1)} MB; images may be at most 1 MB. Make it smaller (for example 1600 pixels wide) and try again.`,
    };
  const kind = sniffImageKind(bytes);
  if (!kind) {
    return {
      ok: false,
      problem: looksLikeMarkup(bytes)
        ? "SVG and other markup files are not accepted, because they can carry scripts. Save the image as PNG, JPEG or WebP."
        : "This file is not a PNG, JPEG or WebP image (whatever its name says). Save it as one of those and try again.",
    };
  }
  let size: { width: number; height: number; orientation?: number; type?: string };
  try {
    size = imageSize(bytes);
  } catch {
    return {
      ok: false,
      problem: "This image could not be read. It may be damaged; save it again.",
    };
  }
  const sameKind = { png: "png", jpg: "jpg", webp: "webp" }[kind.extension] === size.type;
  if (!sameKind || !size.width || !size.height)
    return {
      ok: false,
      problem: "This image could not be read. It may be damaged; save it again.",
    };
  const turned = size.orientation !== undefined && size.orientation >= 5;
  const width = turned ? size.height : size.width;
  const height = turned ? size.width : size.height;
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE)
    return {
      ok: false,
      problem: `This image is ${String(width)} × ${String(height)} pixels; at most ${String(MAX_IMAGE_SIDE)} on each side. Make it smaller and try again.`,
    };
  return { ok: true, image: { ...kind, width, height } };
}
