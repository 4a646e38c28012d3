import type { LearnerQuizFacts as Facts } from "@soleus/quiz-engine";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "25 minutes", "1 hour 30 minutes": a time limit in words. */
function minutesText(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return plural(minutes, "minute", "minutes");
  return rest === 0
    ? plural(hours, "hour", "hours")
    : `${plural(hours, "hour", "hours")} ${plural(rest, "minute", "minutes")}`;
}

/** Immediate feedback in words: checking as you go, and what another try costs. */
export function triesText(penaltyPerTry: number): string {
  const cost =
    penaltyPerTry > 0
      ? `each extra try takes off ${Number((penaltyPerTry * 100).toFixed(1))}% of that question's points`
      : "extra tries cost nothing";
  return `Check each answer as you go and try again if it is wrong; ${cost}.`;
}

/** The quiz at a glance before starting: questions, pass mark, time limit, attempts left. */
export function QuizFacts({ facts, open }: { facts: Facts; open: boolean }) {
  const attempts =
    facts.attemptsLeft === null
      ? "As many attempts as you like"
      : open
        ? `You are in attempt ${facts.attemptsUsed} of ${String(facts.attemptsAllowed)}`
        : facts.attemptsLeft === 0
          ? "No attempts left"
          : `${plural(facts.attemptsLeft, "attempt", "attempts")} left of ${String(facts.attemptsAllowed)}`;
  return (
    <dl className="quiz-facts">
      <div>
        <dt>Questions</dt>
        <dd>{facts.questions}</dd>
      </div>
      <div>
        <dt>Pass mark</dt>
        <dd>{facts.passPercent}%</dd>
      </div>
      <div>
        <dt>Time limit</dt>
        <dd>
          {facts.timeLimitSeconds === null
            ? "None — take your time"
            : minutesText(facts.timeLimitSeconds)}
          {facts.timeLimitSeconds !== null && facts.extraTime !== null
            ? ` — this includes your extra time (${facts.extraTime}× the usual limit)`
            : ""}
        </dd>
      </div>
      <div>
        <dt>Attempts</dt>
        <dd>{attempts}</dd>
      </div>
      {facts.feedback === "immediate" ? (
        <div>
          <dt>Feedback</dt>
          <dd>{triesText(facts.penaltyPerTry)}</dd>
        </div>
      ) : null}
    </dl>
  );
}
