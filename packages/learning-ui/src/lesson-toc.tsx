import type { TocEntry } from "@soleus/content/render/context";

interface TocNode extends TocEntry {
  children: TocEntry[];
}

function nest(entries: TocEntry[]): TocNode[] {
  const top: TocNode[] = [];
  for (const entry of entries) {
    const parent = top.at(-1);
    if (entry.depth === 3 && parent) parent.children.push(entry);
    else top.push({ ...entry, children: [] });
  }
  return top;
}

/** "On this page": the lesson's sections (h2) and their parts (h3), as links to their anchors. */
export function LessonToc({ entries }: { entries: TocEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <nav aria-labelledby="toc-title" className="lesson-toc" data-read-aloud="skip">
      <h2 id="toc-title" className="lesson-toc__title">
        On this page
      </h2>
      <ol className="lesson-toc__list">
        {nest(entries).map((entry) => (
          <li key={entry.anchor}>
            <a href={`#${entry.anchor}`}>{entry.text}</a>
            {entry.children.length > 0 ? (
              <ol>
                {entry.children.map((child) => (
                  <li key={child.anchor}>
                    <a href={`#${child.anchor}`}>{child.text}</a>
                  </li>
                ))}
              </ol>
            ) : null}
          </li>
        ))}
      </ol>
    </nav>
  );
}
