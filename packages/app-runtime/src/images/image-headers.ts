/**
 * Headers for every image either app serves: the browser must take it as the image type we
 * detected (nosniff), and nothing in it may run or load anything, even when opened on its own
 * (a sandboxing CSP with no sources, inline display under a plain file name).
 */
export function imageResponseHeaders(options: {
  contentType: string;
  byteLength: number;
  fileName: string;
  immutable: boolean;
}): Record<string, string> {
  return {
    "content-type": options.contentType,
    "content-length": String(options.byteLength),
    "cache-control": options.immutable
      ? "public, max-age=31536000, immutable"
      : "public, max-age=604800, stale-while-revalidate=86400",
    "x-content-type-options": "nosniff",
    "content-security-policy":
      "default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox",
    "content-disposition": `inline; filename="${options.fileName}"`,
    "cross-origin-resource-policy": "same-site",
  };
}
