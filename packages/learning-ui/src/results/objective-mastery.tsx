import type { ObjectiveResult } from "@soleus/quiz-engine";
import { ProgressBar } from "@soleus/ui/progress-bar";
import { MASTERY_WORDS } from "../quiz/answer-text";

/** Mastery per course objective: the level in words, the percent, and a simple bar (decorative: the text says it all). */
export function ObjectiveMastery({
  objectives,
  titles,
}: {
  objectives: ObjectiveResult[];
  titles: Record<string, string>;
}) {
  if (objectives.length === 0) return null;
  return (
    <section aria-labelledby="mastery-title">
      <h2 id="mastery-title">How you did on each topic</h2>
      <ul className="mastery-list">
        {objectives.map((objective) => (
          <li key={objective.objectiveId} className="mastery-item">
            <p className="mastery-item__text">
              <strong>{titles[objective.objectiveId] ?? objective.objectiveId}</strong>:{" "}
              {MASTERY_WORDS[objective.mastery] ?? objective.mastery} (
              {Math.round(objective.percent)}%, {objective.answered} of {objective.questions}{" "}
              {objective.questions === 1 ? "question" : "questions"} answered)
            </p>
            <ProgressBar value={objective.percent} max={100} decorative />
          </li>
        ))}
      </ul>
    </section>
  );
}
