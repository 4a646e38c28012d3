/*
 * The smallest headers of each accepted image type, built in the tests (no binary fixtures):
 * enough for the signature check and for image-size to read the dimensions.
 */
const u32be = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const u16be = (n: number) => [(n >>> 8) & 255, n & 255];
const u24le = (n: number) => [n & 255, (n >>> 8) & 255, (n >>> 16) & 255];
const text = (s: string) => Array.from(s, (c) => c.charCodeAt(0));

export function pngBytes(width: number, height: number): Uint8Array<ArrayBuffer> {
  return new Uint8Array([
    ...[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    ...u32be(13),
    ...text("IHDR"),
    ...u32be(width),
    ...u32be(height),
    ...[8, 6, 0, 0, 0],
    ...u32be(0),
    ...u32be(0),
    ...text("IEND"),
    ...u32be(0),
  ]);
}

export function jpegBytes(width: number, height: number): Uint8Array<ArrayBuffer> {
  const app0 = [...text("JFIF"), 0, 1, 1, 0, 0, 1, 0, 1, 0, 0];
  const sof0 = [8, ...u16be(height), ...u16be(width), 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];
  return new Uint8Array([
    ...[0xff, 0xd8],
    ...[0xff, 0xe0, ...u16be(app0.length + 2), ...app0],
    ...[0xff, 0xc0, ...u16be(sof0.length + 2), ...sof0],
    ...[0xff, 0xd9],
  ]);
}

export function webpBytes(width: number, height: number): Uint8Array<ArrayBuffer> {
  const chunk = [0, 0, 0, 0, ...u24le(width - 1), ...u24le(height - 1)];
  const body = [...text("WEBP"), ...text("VP8X"), chunk.length, 0, 0, 0, ...chunk];
  return new Uint8Array([...text("RIFF"), ...u24le(body.length), 0, ...body]);
}
