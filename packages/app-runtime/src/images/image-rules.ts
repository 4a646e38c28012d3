/*
 * What an uploaded image must be, for the upload form (a client component may import this
 * file: it has no server code) and the server alike.
 */

/** The most an uploaded image may weigh: under the 1 MiB every POST may send (body-size-limit). */
export const MAX_IMAGE_BYTES = 1_000_000;
/** The widest or tallest image accepted, in pixels. */
export const MAX_IMAGE_SIDE = 8000;
export const MAX_ALT_LENGTH = 250;
export const MAX_CAPTION_LENGTH = 300;
/** For the file input's `accept` (a hint only: the server checks the bytes). */
export const ACCEPTED_IMAGE_TYPES = "image/png,image/jpeg,image/webp";

/** Course images (`/media/<course>/images/<file>`): their responses set their own policy. */
export function isMediaPath(pathname: string): boolean {
  return pathname.startsWith("/media/");
}
