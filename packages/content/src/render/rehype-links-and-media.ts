import type { Element, Root, RootContent } from "hast";
import { report, type RenderContext } from "./context";
import { classifyHref, resolveMediaSrc } from "./url-policy";

function describe(url: string): string {
  const shown = url.length > 60 ? `${url.slice(0, 57)}...` : url;
  return JSON.stringify(shown);
}

/** The section a same-page link points to ("#why-it-matters" → "why-it-matters"), or undefined. */
function sectionTarget(node: Element, href: string): string | undefined {
  // GFM footnote links point at the footnotes the renderer itself made.
  if (!href.startsWith("#") || node.properties.dataFootnoteRef !== undefined) return undefined;
  if (node.properties.dataFootnoteBackref !== undefined) return undefined;
  try {
    return decodeURIComponent(href.slice(1));
  } catch {
    return href.slice(1);
  }
}

function checkLink(node: Element, ctx: RenderContext, sectionLinks: Element[]): void {
  const href = node.properties.href;
  if (typeof href !== "string") return;
  if (sectionTarget(node, href) !== undefined) sectionLinks.push(node);
  const verdict = classifyHref(href);
  if (verdict.kind === "blocked") {
    delete node.properties.href;
    report(
      ctx,
      node,
      `link to ${describe(href)} removed: only http(s), mailto, relative links and #anchors are allowed`,
    );
  } else if (verdict.kind === "external") {
    node.properties.href = verdict.href;
    node.properties.rel = ["noopener", "noreferrer"];
  }
}

/** Returns false when the image must be dropped. */
function checkImage(node: Element, ctx: RenderContext): boolean {
  const alt = node.properties.alt;
  if (typeof alt !== "string" || alt.trim() === "")
    report(ctx, node, "image needs alt text that describes it");
  const src = typeof node.properties.src === "string" ? node.properties.src : "";
  const resolved = resolveMediaSrc(src, ctx.media);
  if (resolved === undefined) {
    if (src.trim() !== "") {
      report(
        ctx,
        node,
        `image ${describe(src)} removed: use images/<file> from the course's images folder or an https:// address`,
      );
    }
    return false;
  }
  node.properties.src = resolved;
  return true;
}

function walk(children: RootContent[], ctx: RenderContext, sectionLinks: Element[]): RootContent[] {
  return children.filter((child) => {
    if (child.type !== "element") return true;
    if (child.tagName === "img" && !checkImage(child, ctx)) return false;
    if (child.tagName === "a") checkLink(child, ctx, sectionLinks);
    child.children = walk(child.children, ctx, sectionLinks) as Element["children"];
    return true;
  });
}

/** A "#anchor" link must land on a heading or exercise of this lesson (all anchored by now). */
function checkSectionLinks(sectionLinks: readonly Element[], ctx: RenderContext): void {
  const anchors = new Set(ctx.anchors);
  for (const link of sectionLinks) {
    const href = String(link.properties.href);
    const target = sectionTarget(link, href);
    if (target === undefined || anchors.has(target)) continue;
    report(
      ctx,
      link,
      `link to ${describe(href)} goes nowhere: no section or exercise of this lesson has that anchor`,
    );
  }
}

/**
 * Apply the URL rules to every link and image (including reference links and figures):
 * external links get rel="noopener noreferrer", course images are rewritten to the media URL,
 * and same-page "#anchor" links are checked against the lesson's anchors.
 */
export function rehypeLinksAndMedia(ctx: RenderContext) {
  return (tree: Root): void => {
    const sectionLinks: Element[] = [];
    tree.children = walk(tree.children, ctx, sectionLinks);
    checkSectionLinks(sectionLinks, ctx);
  };
}
