/**
 * quiz-engine benchmark: scoring throughput (1,000,000 generated attempts of a 20-question mixed
 * quiz), full statistics over 100,000 attempts × 20 questions, and scoring side by side with
 * SurveyJS (survey-core) on equivalent choice questions. Medians of RUNS runs after a warm-up.
 * Run: pnpm --filter @soleus/bench bench   (or: npm run bench from the repo root)
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus } from "node:os";
import {
  computeQuizStatistics,
  createSeededRandom,
  createStatisticsMatrix,
  parseQuiz,
  scoreAttempt,
  statisticsItemsOf,
  type Quiz,
} from "@soleus/quiz-engine";
import { elapsed, timeRuns } from "./lib/measure";
import { attemptGenerator, mixedQuestions } from "./quiz-engine/fixtures";
import { choiceAttempts, choiceQuestions, surveyModel } from "./quiz-engine/surveyjs";

const RUNS = 5;
const SCORED_ATTEMPTS = 1_000_000;
const CHUNK = 20_000;
const STATS_ATTEMPTS = 100_000;
const SURVEY_ATTEMPTS = 20_000;

const mixedQuiz = parseQuiz({
  id: "bench-mixed",
  title: "Mixed",
  passPercent: 60,
  questions: mixedQuestions(),
});

/** Score 1M attempts, generated in chunks so memory stays flat; only scoring is timed. */
function scoreMillion(quiz: Quiz): number {
  const next = attemptGenerator(mixedQuestions(), "bench-scoring");
  let ms = 0;
  let checksum = 0;
  for (let done = 0; done < SCORED_ATTEMPTS; done += CHUNK) {
    const chunk = Array.from({ length: CHUNK }, next);
    ms += elapsed(() => {
      for (const responses of chunk) checksum += scoreAttempt(quiz, responses).points;
    });
  }
  if (!(checksum > 0)) throw new Error("scoring produced no points");
  return ms;
}

/** A 100k × 20 matrix of marks and choices from a latent-ability model (seeded). */
function statisticsMatrix(quiz: Quiz) {
  const items = statisticsItemsOf(quiz);
  const matrix = createStatisticsMatrix(items, STATS_ATTEMPTS);
  const rnd = createSeededRandom("bench-statistics");
  for (let a = 0; a < STATS_ATTEMPTS; a++) {
    const ability = rnd.next();
    items.forEach((item, i) => {
      const difficulty = i / items.length;
      const right = rnd.next() < 0.2 + 0.75 * ability * (1 - 0.5 * difficulty);
      const k = a * items.length + i;
      matrix.marks[k] = right
        ? item.maxPoints
        : item.type === "ordering" || item.type === "matching"
          ? item.maxPoints * rnd.next() * 0.6
          : 0;
      if (item.options.length > 0) {
        const correct = item.options.findIndex((o) => o.correct);
        matrix.choices[k] = right ? 1 << Math.max(0, correct) : 1 << rnd.int(item.options.length);
      }
    });
  }
  return matrix;
}

function main(): void {
  console.log(
    `quiz-engine bench — Node ${process.version}, ${cpus()[0]?.model ?? "cpu"}, ${availableParallelism()} cores available (single-threaded)`,
  );

  const scoring = timeRuns(RUNS, () => scoreMillion(mixedQuiz));
  const scoringPerSec = SCORED_ATTEMPTS / (scoring.medianMs / 1000);

  const matrix = statisticsMatrix(mixedQuiz);
  const heapBefore = process.memoryUsage().heapUsed;
  let statsHeapPeak = 0;
  const statistics = timeRuns(RUNS, () => {
    const ms = elapsed(() => void computeQuizStatistics(matrix));
    statsHeapPeak = Math.max(statsHeapPeak, process.memoryUsage().heapUsed - heapBefore);
    return ms;
  });
  const matrixBytes = matrix.marks.byteLength + matrix.choices.byteLength;
  const sample = computeQuizStatistics(matrix);

  const choice = choiceQuestions();
  const choiceQuiz = parseQuiz({
    id: "bench-choice",
    title: "Choice",
    passPercent: 60,
    questions: choice,
  });
  const { ours, theirs } = choiceAttempts(choice, SURVEY_ATTEMPTS, "bench-surveyjs");
  const survey = surveyModel(choice);
  let ourCorrect = 0;
  let theirCorrect = 0;
  const oursRun = timeRuns(RUNS, () =>
    elapsed(() => {
      ourCorrect = 0;
      for (const r of ours)
        for (const q of scoreAttempt(choiceQuiz, r).questions)
          if (q.status === "correct") ourCorrect++;
    }),
  );
  const theirsRun = timeRuns(RUNS, () =>
    elapsed(() => {
      theirCorrect = 0;
      for (const data of theirs) {
        survey.data = data;
        theirCorrect += survey.getCorrectAnswerCount();
      }
    }),
  );
  if (ourCorrect !== theirCorrect)
    throw new Error(`engines disagree: ${ourCorrect} vs ${theirCorrect} correct answers`);
  const oursPerSec = SURVEY_ATTEMPTS / (oursRun.medianMs / 1000);
  const theirsPerSec = SURVEY_ATTEMPTS / (theirsRun.medianMs / 1000);

  const results = {
    node: process.version,
    cpu: cpus()[0]?.model ?? "unknown",
    runs: RUNS,
    scoring: {
      attempts: SCORED_ATTEMPTS,
      questions: 20,
      medianMs: scoring.medianMs,
      runsMs: scoring.runsMs,
      attemptsPerSecond: scoringPerSec,
    },
    statistics: {
      attempts: STATS_ATTEMPTS,
      questions: 20,
      medianMs: statistics.medianMs,
      runsMs: statistics.runsMs,
      matrixMB: matrixBytes / 2 ** 20,
      extraHeapMB: statsHeapPeak / 2 ** 20,
      cronbachAlpha: sample.cronbachAlpha,
    },
    surveyjs: {
      attempts: SURVEY_ATTEMPTS,
      questions: 20,
      correctAnswers: ourCorrect,
      oursMedianMs: oursRun.medianMs,
      surveyjsMedianMs: theirsRun.medianMs,
      oursAttemptsPerSecond: oursPerSec,
      surveyjsAttemptsPerSecond: theirsPerSec,
      ratio: oursPerSec / theirsPerSec,
    },
  };
  const f = (n: number, d = 0) =>
    n.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d });
  console.table({
    "score 1M mixed attempts": {
      median: `${f(scoring.medianMs)} ms`,
      throughput: `${f(scoringPerSec)} attempts/s`,
    },
    "statistics 100k × 20": {
      median: `${f(statistics.medianMs, 1)} ms`,
      throughput: `matrix ${f(results.statistics.matrixMB, 1)} MB, +${f(results.statistics.extraHeapMB, 1)} MB heap`,
    },
    "choice quiz: quiz-engine": {
      median: `${f(oursRun.medianMs, 1)} ms / 20k`,
      throughput: `${f(oursPerSec)} attempts/s`,
    },
    "choice quiz: SurveyJS": {
      median: `${f(theirsRun.medianMs, 1)} ms / 20k`,
      throughput: `${f(theirsPerSec)} attempts/s`,
    },
    "ratio (quiz-engine / SurveyJS)": {
      median: "",
      throughput: `${f(results.surveyjs.ratio, 1)}×`,
    },
  });
  mkdirSync(new URL("./results/", import.meta.url), { recursive: true });
  writeFileSync(
    new URL("./results/quiz-engine.json", import.meta.url),
    `${JSON.stringify(results, null, 2)}\n`,
  );
}

main();
