import type { Code, Paragraph } from "mdast";
import type { Element, ElementContent, Properties } from "hast";
import { exerciseSchema, type Exercise } from "../../model/blocks";
import { parseYamlWithLines } from "../../load/yaml-with-lines";
import { report, reportAtLine, type RenderContext } from "../context";
import { h } from "./hast";

/** Parse and validate the YAML of an ```exercise block, reporting problems at their own lines. */
export function parseExercise(node: Code, ctx: RenderContext): Exercise | undefined {
  const firstLine = (node.position?.start.line ?? 0) + 1;
  const yaml = parseYamlWithLines(node.value, firstLine);
  for (const error of yaml.errors) reportAtLine(ctx, error.line, `exercise: ${error.message}`);
  if (yaml.errors.length > 0) return undefined;
  const parsed = exerciseSchema.safeParse(yaml.value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const where = issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
    reportAtLine(ctx, yaml.lineOf(issue.path), `exercise: ${where}${issue.message}`);
  }
  return undefined;
}

function fact(term: string, detail: string): ElementContent[] {
  return [h("dt", {}, [term]), h("dd", {}, [detail])];
}

/** Semantic HTML for an exercise, with the data attributes the learner site hydrates into a rep counter, hold timer or walk timer. */
export function exerciseToHast(exercise: Exercise, anchor: string): Element {
  const properties: Properties = {
    id: anchor,
    className: ["exercise"],
    dataExerciseId: exercise.id,
    dataSets: String(exercise.sets),
  };
  const dose: ElementContent[] = [];
  if (exercise.hold !== undefined) {
    properties.dataHoldSeconds = String(exercise.hold);
    dose.push(...fact("Hold", `${exercise.hold} seconds`));
  } else if (exercise.walk !== undefined) {
    properties.dataWalkSeconds = String(exercise.walk);
    dose.push(...fact("Walk for", `${exercise.walk} seconds`));
  } else if (exercise.reps !== undefined) {
    properties.dataReps = String(exercise.reps);
    dose.push(...fact("Repetitions", String(exercise.reps)));
  }
  return h("section", properties, [
    h("h3", {}, [exercise.name]),
    h("dl", { className: ["exercise-facts"] }, [
      ...fact("Starting position", exercise.start),
      ...dose,
      ...fact("Sets", String(exercise.sets)),
      ...fact("Tempo", exercise.tempo),
      ...fact("What you should feel", exercise.feel),
    ]),
    h("h4", {}, ["How to do it"]),
    h(
      "ol",
      {},
      exercise.steps.map((step) => h("li", {}, [step])),
    ),
    h("h4", {}, ["Safety"]),
    h(
      "ul",
      {},
      exercise.safety.map((note) => h("li", {}, [note])),
    ),
    h("dl", { className: ["exercise-variations"] }, [
      ...fact("Easier", exercise.easier),
      ...fact("Harder", exercise.harder),
    ]),
  ]);
}

/**
 * Turn an ```exercise code block into a node that renders as its section (a code node cannot be
 * renamed: remark-rehype applies `data.hName` to the inner `<code>`). An invalid block stays a plain code block.
 */
export function transformExercise(node: Code, ctx: RenderContext): Code | Paragraph {
  const exercise = parseExercise(node, ctx);
  if (!exercise) return node;
  const anchor = ctx.slugger.slug(exercise.id);
  if (anchor !== exercise.id)
    report(ctx, node, `exercise id "${exercise.id}" is already used as an anchor in this lesson`);
  ctx.anchors.push(anchor);
  const section = exerciseToHast(exercise, anchor);
  return {
    type: "paragraph",
    children: [],
    position: node.position,
    data: { hName: "section", hProperties: section.properties, hChildren: section.children },
  };
}
