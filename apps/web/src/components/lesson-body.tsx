import { Fragment } from "react";
import type { RenderedLesson } from "@soleus/content/render/pipeline";
import { lessonTreeToReact } from "@soleus/content/render/to-react";
import { ExerciseTool } from "./exercise-tool";

type Root = RenderedLesson["tree"];
type RootContent = Root["children"][number];
type Element = Extract<RootContent, { type: "element" }>;

function isExercise(node: RootContent): node is Element {
  return node.type === "element" && node.tagName === "section" && typeof node.properties.dataExerciseId === "string";
}

function positiveInt(value: unknown): number | undefined {
  const parsed = typeof value === "string" ? Number(value) : NaN;
  return Number.isInteger(parsed) && parsed > 0 ? parsed : undefined;
}

function exerciseName(section: Element): string {
  const heading = section.children.find((child): child is Element => child.type === "element" && child.tagName === "h3");
  const text = heading?.children.map((child) => (child.type === "text" ? child.value : "")).join("") ?? "";
  return text.trim() || "this exercise";
}

/**
 * The lesson body from the shared renderer, as React. Each exercise section keeps its
 * server-rendered text and gains a rep counter or hold timer once the page's JavaScript runs.
 */
export function LessonBody({ tree }: { tree: Root }) {
  return (
    <>
      {tree.children.map((node, index) => {
        if (!isExercise(node)) return <Fragment key={index}>{lessonTreeToReact({ type: "root", children: [node] })}</Fragment>;
        const sets = positiveInt(node.properties.dataSets) ?? 1;
        const hold = positiveInt(node.properties.dataHoldSeconds);
        const reps = typeof node.properties.dataReps === "string" ? node.properties.dataReps : undefined;
        // The renderer's own attributes, repeated: they mark the section for styles and tests.
        return (
          <section
            key={index}
            id={typeof node.properties.id === "string" ? node.properties.id : undefined}
            className="exercise"
            data-exercise-id={String(node.properties.dataExerciseId)}
            data-sets={String(sets)}
            data-reps={reps}
            data-hold-seconds={hold}
          >
            {lessonTreeToReact({ type: "root", children: node.children })}
            <ExerciseTool name={exerciseName(node)} sets={sets} holdSeconds={hold} reps={reps} />
          </section>
        );
      })}
    </>
  );
}
