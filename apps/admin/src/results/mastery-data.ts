import type { AdminRouterOutputs } from "@soleus/api";
import type { ObjectiveMastery } from "./charts/mastery-chart";

type Mastery = AdminRouterOutputs["results"]["objectiveMastery"];

/** The API's mastery counts in the chart's shape (the learner site's level names). */
export function toMasteryRows(mastery: Mastery): ObjectiveMastery[] {
  return mastery.objectives.map((o) => ({
    objectiveId: o.objectiveId,
    title: o.title,
    learners: {
      not_started: o.levels.notStarted,
      attempted: o.levels.attempted,
      familiar: o.levels.familiar,
      proficient: o.levels.proficient,
      mastered: o.levels.mastered,
    },
  }));
}
