"use client";

import { useEffect, useState, type ReactNode, type SyntheticEvent } from "react";
import { createPortal } from "react-dom";
import type { TextSize, Theme } from "@soleus/ui/display-options";

// Standards mode (about:blank would be quirks mode) and nothing else: the styles are copied in.
const FRAME_DOCUMENT =
  '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head><body></body></html>';

/** Copy the host page's stylesheets into the frame, so the preview uses the learner site's CSS. */
function copyStylesheets(from: Document, to: Document): void {
  for (const node of from.querySelectorAll('link[rel="stylesheet"], style')) {
    const copy = to.importNode(node, true) as HTMLElement;
    if (node instanceof HTMLElement && node.nonce) copy.nonce = node.nonce;
    to.head.appendChild(copy);
  }
}

/**
 * An iframe the preview renders into through a portal: its own viewport (so a 375px frame gets
 * the phone layout and media queries) and its own root element (so text size and theme work by
 * `rem` and `:root[data-…]` exactly as on the learner site). The React tree stays the host's:
 * state, events and the exercise tools behave as on the learner site.
 */
export function PreviewFrame({
  title,
  textSize,
  theme,
  phone,
  children,
}: {
  title: string;
  textSize: TextSize;
  theme: Theme;
  /** A 375px-wide frame (a common phone) instead of the full width. */
  phone: boolean;
  children: ReactNode;
}) {
  const [body, setBody] = useState<HTMLElement | null>(null);

  const onLoad = (event: SyntheticEvent<HTMLIFrameElement>) => {
    const frame = event.currentTarget;
    const doc = frame.contentDocument;
    if (!doc) return;
    copyStylesheets(frame.ownerDocument, doc);
    setBody(doc.body);
  };

  useEffect(() => {
    const root = body?.ownerDocument.documentElement;
    if (!root) return;
    if (textSize === "standard") root.removeAttribute("data-text-size");
    else root.setAttribute("data-text-size", textSize);
    if (theme === "standard") root.removeAttribute("data-theme");
    else root.setAttribute("data-theme", theme);
  }, [body, textSize, theme]);

  return (
    <>
      <iframe
        className={`lesson-preview__frame${phone ? " lesson-preview__frame--phone" : ""}`}
        title={title}
        srcDoc={FRAME_DOCUMENT}
        onLoad={onLoad}
      />
      {body ? createPortal(<main className="site-main">{children}</main>, body) : null}
    </>
  );
}
