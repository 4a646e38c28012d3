/**
 * The figure block for an image, as a coach would type it:
 * `::figure{src="images/x.png" alt="…" caption="…" width="800" height="600"}`. Quotes and
 * ampersands in the text become character references, which the directive syntax decodes, so
 * nothing a coach writes can end the attribute early.
 */
export function figureMarkdown(image: {
  src: string;
  alt: string;
  caption?: string;
  width?: number;
  height?: number;
}): string {
  const quote = (text: string) =>
    `"${text
      .replace(/&/g, "&amp;")
      .replace(/"/g, "&quot;")
      .replace(/[\r\n]+/g, " ")}"`;
  const attributes = [
    `src=${quote(image.src)}`,
    `alt=${quote(image.alt)}`,
    ...(image.caption ? [`caption=${quote(image.caption)}`] : []),
    ...(image.width && image.height
      ? [`width="${String(image.width)}"`, `height="${String(image.height)}"`]
      : []),
  ];
  return `::figure{${attributes.join(" ")}}`;
}
