import type { ElementContent } from "hast";
import { EMERGENCY_CARE, SAME_DAY_CARE, type CareLevel } from "../../care/when-to-seek-care";
import { report, type RenderContext } from "../context";
import type { LeafDirective } from "./directive-types";
import { h } from "./hast";

/** The block's heading, shared with anything that points learners to it. */
export const SEEK_CARE_TITLE = "When to get help";

function level(care: CareLevel): ElementContent[] {
  return [
    h("p", {}, [h("strong", {}, [care.action]), " if you notice any of these:"]),
    h(
      "ul",
      {},
      care.signs.map((sign) => h("li", {}, [sign])),
    ),
    h("p", {}, [care.why]),
  ];
}

/**
 * `::seek-care` becomes a safety callout listing the emergency signs, then the same-day signs,
 * straight from the care module. Lessons use it instead of writing the advice themselves, so a
 * lesson can never tell a learner a different level of urgency than the site footer does.
 */
export function transformSeekCare(node: LeafDirective, ctx: RenderContext): void {
  if (Object.keys(node.attributes ?? {}).length > 0)
    report(ctx, node, "seek-care takes no attributes (its advice comes from the care module)");
  node.data = {
    hName: "div",
    hProperties: { className: ["callout", "callout-safety"], dataCallout: "safety", role: "note" },
    hChildren: [
      h("p", { className: ["callout-title"] }, [h("strong", {}, [SEEK_CARE_TITLE])]),
      ...level(EMERGENCY_CARE),
      ...level(SAME_DAY_CARE),
    ],
  };
}
