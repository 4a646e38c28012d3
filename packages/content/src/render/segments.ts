import type { Element, Root, RootContent } from "hast";
import { toHtml } from "hast-util-to-html";

/** Sanitised HTML of consecutive lesson blocks that need no JavaScript. */
export interface HtmlSegment {
  kind: "html";
  html: string;
}

/** An exercise: its sanitised HTML plus what the learner site needs to add a rep counter, hold timer or walk timer. */
export interface ExerciseSegment {
  kind: "exercise";
  /** The section's anchor (its `id`), so links and review links still land on it. */
  anchor: string;
  exerciseId: string;
  name: string;
  sets: number;
  /** Seconds per hold, for a hold timer. */
  holdSeconds: number | null;
  /** Seconds of walking per set (a carry or walk), for a walk timer. */
  walkSeconds: number | null;
  /** Repetitions as written ("10", "8-12"), for a rep counter. */
  reps: string | null;
  /** The section's content (heading, facts, steps, safety) as sanitised HTML. */
  innerHtml: string;
}

export type LessonSegment = HtmlSegment | ExerciseSegment;

function isExerciseSection(node: RootContent): node is Element {
  return (
    node.type === "element" &&
    node.tagName === "section" &&
    typeof node.properties.dataExerciseId === "string"
  );
}

function positiveInt(value: unknown): number | null {
  const parsed = typeof value === "string" ? Number(value) : NaN;
  return Number.isInteger(parsed) && parsed > 0 ? parsed : null;
}

function exerciseName(section: Element): string {
  const heading = section.children.find(
    (child): child is Element => child.type === "element" && child.tagName === "h3",
  );
  const text =
    heading?.children.map((child) => (child.type === "text" ? child.value : "")).join("") ?? "";
  return text.trim() || "this exercise";
}

function toExerciseSegment(section: Element): ExerciseSegment {
  const { id, dataExerciseId, dataReps } = section.properties;
  return {
    kind: "exercise",
    anchor: typeof id === "string" ? id : String(dataExerciseId),
    exerciseId: String(dataExerciseId),
    name: exerciseName(section),
    sets: positiveInt(section.properties.dataSets) ?? 1,
    holdSeconds: positiveInt(section.properties.dataHoldSeconds),
    walkSeconds: positiveInt(section.properties.dataWalkSeconds),
    reps: typeof dataReps === "string" ? dataReps : null,
    innerHtml: toHtml({ type: "root", children: section.children }),
  };
}

/**
 * Split an already sanitised lesson tree (from `renderLesson`) into plain HTML runs and the
 * top-level exercises between them, so a page can send the prose as HTML and hydrate only the
 * exercise tools. Joining the segments' HTML gives back the renderer's own HTML, less
 * whitespace-only text between blocks.
 */
export function lessonSegments(tree: Root): LessonSegment[] {
  const segments: LessonSegment[] = [];
  let run: RootContent[] = [];
  const flush = () => {
    // Whitespace between blocks carries nothing; a run of only that is left out.
    const blank = run.every((node) => node.type === "text" && node.value.trim() === "");
    if (!blank) segments.push({ kind: "html", html: toHtml({ type: "root", children: run }) });
    run = [];
  };
  for (const node of tree.children) {
    if (!isExerciseSection(node)) {
      run.push(node);
      continue;
    }
    flush();
    segments.push(toExerciseSegment(node));
  }
  flush();
  return segments;
}
