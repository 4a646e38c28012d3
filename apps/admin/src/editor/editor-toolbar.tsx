"use client";
import { useRef, useState, type KeyboardEvent } from "react";
import type { EditorCommand } from "./editor-commands";

export interface ToolbarAction {
  label: string;
  /** CodeMirror key notation ("Mod-Alt-c"). */
  shortcut: string;
  run: EditorCommand;
  /** The button opens a dialog (announced as such) instead of editing the text at once. */
  opensDialog?: boolean;
}

const isMac = () => typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.userAgent);

/** "Mod-Alt-c" as people read it ("Ctrl+Alt+C") and as aria-keyshortcuts wants it. */
export function describeShortcut(shortcut: string, mac = isMac()): { text: string; aria: string } {
  const parts = shortcut.split("-").map((part) => {
    if (part === "Mod") return mac ? "Meta" : "Control";
    if (part === "Alt") return "Alt";
    if (part === "Shift") return "Shift";
    return part.toUpperCase();
  });
  const readable = parts.map((part) =>
    part === "Control" ? "Ctrl" : part === "Meta" ? "Cmd" : part === "Alt" && mac ? "Option" : part,
  );
  return { text: readable.join("+"), aria: parts.join("+") };
}

/**
 * A toolbar of labelled buttons (WAI-ARIA toolbar pattern: one Tab stop, arrow keys move
 * between buttons, Home/End jump to the ends). Each button names its keyboard shortcut.
 */
export function EditorToolbar({
  label,
  actions,
  onRun,
}: {
  label: string;
  actions: ToolbarAction[];
  onRun: (command: EditorCommand) => void;
}) {
  const [active, setActive] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  const move = (event: KeyboardEvent<HTMLDivElement>) => {
    const last = actions.length - 1;
    const next =
      event.key === "ArrowRight" || event.key === "ArrowDown"
        ? active === last
          ? 0
          : active + 1
        : event.key === "ArrowLeft" || event.key === "ArrowUp"
          ? active === 0
            ? last
            : active - 1
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    setActive(next);
    buttons.current[next]?.focus();
  };

  return (
    <div role="toolbar" aria-label={label} className="editor-toolbar" onKeyDown={move}>
      {actions.map((action, index) => {
        const shortcut = describeShortcut(action.shortcut);
        return (
          <button
            key={action.label}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            className="button button--secondary editor-toolbar__button"
            tabIndex={index === active ? 0 : -1}
            aria-keyshortcuts={shortcut.aria}
            aria-haspopup={action.opensDialog ? "dialog" : undefined}
            title={`${action.label} (${shortcut.text})`}
            onFocus={() => {
              setActive(index);
            }}
            onClick={() => {
              onRun(action.run);
            }}
          >
            {action.label}
          </button>
        );
      })}
    </div>
  );
}
