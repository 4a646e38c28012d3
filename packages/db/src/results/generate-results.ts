import type pg from "pg";
import {
  assembleAttempt,
  createSeededRandom,
  parseQuiz,
  submitAttempt,
  type Question,
  type Quiz,
  type SeededRandom,
} from "@soleus/quiz-engine";
import { attemptScoreColumns, responseColumns } from "./response-columns";
import { syntheticResponse } from "./synthetic-answers";

export interface GenerateOptions {
  /** Submitted attempts to create (about; the last learner finishes their quiz). */
  attempts: number;
  seed: string;
  /** The course to fill (the built-in one by default). */
  courseSlug?: string;
  /** Attempts spread over the 26 weeks before this instant (epoch ms). */
  end: number;
  /** Called after every batch with attempts written so far. */
  onProgress?: (written: number) => void;
  /** Attempts per multi-row insert. */
  batchSize?: number;
}

interface QuizInfo {
  quizId: string;
  revisionId: string;
  courseId: string;
  quiz: Quiz;
  /** 2PL parameters per question (discrimination a, difficulty b) and a guessing floor. */
  items: { a: number; b: number; c: number }[];
}

const WEEK = 7 * 86_400_000;

/** A deterministic uuid (version-4 layout) from the seeded stream. */
function uuidFrom(random: SeededRandom): string {
  const hex = Array.from({ length: 32 }, () => random.int(16).toString(16));
  hex[12] = "4";
  hex[16] = (random.int(4) + 8).toString(16);
  const s = hex.join("");
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** A standard normal draw (Box–Muller). */
function normal(random: SeededRandom): number {
  const u = 1 - random.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.next());
}

/** 2PL item parameters for a question, fixed by seed and question id. */
function itemParameters(seed: string, question: Question): { a: number; b: number; c: number } {
  const r = createSeededRandom(`${seed}:item:${question.id}`);
  const odd = r.next() < 0.05; // now and then a question that misleads the stronger learners
  const a = odd ? -0.5 : 0.5 + 1.6 * r.next();
  const b = -2 + 2.8 * r.next();
  const c = question.type === "true_false" ? 0.35 : question.type === "single_choice" ? 0.15 : 0.03;
  return { a, b, c };
}

async function loadQuizzes(client: pg.PoolClient, courseSlug: string, seed: string) {
  const rows = await client.query<{
    quiz_id: string;
    revision_id: string;
    course_id: string;
    slug: string;
    title: string;
    pass_percent: number;
    settings: unknown;
    questions: unknown;
  }>(
    `select q.id as quiz_id, r.id as revision_id, q.course_id, q.slug, r.title, r.pass_percent, r.settings, r.questions
     from quizzes q join courses c on c.id = q.course_id
     join quiz_revisions r on r.id = q.published_revision_id
     -- Quizzes in the order of the lessons they check (decision 0024: the link is on the lesson
     -- revision, the order on the course revision); the final quiz last.
     left join lateral (
       select crl.position from lessons l
       join lesson_revisions lr on lr.id = l.published_revision_id and lr.quiz_slug = q.slug
       join course_revision_lessons crl
         on crl.course_revision_id = c.published_revision_id and crl.lesson_id = l.id
       where l.course_id = q.course_id
       limit 1
     ) lp on true
     where c.slug = $1 order by (q.kind = 'final'), lp.position nulls last, q.slug`,
    [courseSlug],
  );
  if (rows.rows.length === 0)
    throw new Error(`course ${courseSlug} has no published quizzes: seed the database first`);
  return rows.rows.map((row): QuizInfo => {
    const quiz = parseQuiz({
      id: row.slug,
      title: row.title,
      passPercent: row.pass_percent,
      settings: row.settings,
      questions: row.questions,
    });
    return {
      quizId: row.quiz_id,
      revisionId: row.revision_id,
      courseId: row.course_id,
      quiz,
      items: quiz.questions.map((q) => itemParameters(seed, q)),
    };
  });
}

/** Text array literal for PostgreSQL (every element quoted). */
const arrayLiteral = (values: readonly string[] | null): string | null =>
  values === null
    ? null
    : `{${values.map((v) => `"${v.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(",")}}`;

class Batch {
  users: unknown[][] = [[], [], []];
  attempts: unknown[][] = Array.from({ length: 15 }, () => []);
  responses: unknown[][] = Array.from({ length: 19 }, () => []);
  count = 0;
}

async function flush(client: pg.PoolClient, batch: Batch): Promise<void> {
  await client.query("begin");
  if (batch.users[0]?.length)
    await client.query(
      `insert into users (id, email, name, role) select * , 'learner'::role from unnest($1::uuid[], $2::text[], $3::text[])`,
      batch.users,
    );
  if (batch.attempts[0]?.length)
    await client.query(
      `insert into quiz_attempts (id, user_id, quiz_id, quiz_revision_id, course_id, attempt_number, seed, status, state,
         started_at, submitted_at, points, max_points, percent, passed)
       select a, b, c, d, e, f, g, 'submitted', h, i, j, k, l, m, n from unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[],
         $5::uuid[], $6::int[], $7::text[], $8::jsonb[], $9::timestamptz[], $10::timestamptz[], $11::float8[], $12::float8[],
         $13::float8[], $14::bool[]) as t(a, b, c, d, e, f, g, h, i, j, k, l, m, n)`,
      batch.attempts.slice(0, 14),
    );
  if (batch.responses[0]?.length)
    await client.query(
      `insert into attempt_responses (attempt_id, quiz_revision_id, question_id, response, earned, max, state, updated_at,
         quiz_id, course_id, user_id, submitted_at, question_type, chosen_options, choice_mask, misconceptions, objectives, answer_text,
         attempt_points, attempt_percent)
       select a, b, c, d, e, f, g, h, i, j, k, h, l, m::text[], n, o::text[], p::text[], q, r, s
       from unnest($1::uuid[], $2::uuid[], $3::text[], $4::jsonb[], $5::float8[], $6::float8[], $7::text[], $8::timestamptz[],
         $9::uuid[], $10::uuid[], $11::uuid[], $12::text[], $13::text[], $14::int[], $15::text[], $16::text[], $17::text[],
         $18::float8[], $19::float8[])
         as t(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s)`,
      batch.responses.slice(0, 19),
    );
  await client.query("commit");
}

/**
 * Fills the database with synthetic learners and submitted attempts at the course's quizzes.
 * Answers follow a latent-ability model: each learner has an ability θ ~ N(0, 1) that grows a
 * little with every retake; each question has 2PL parameters (discrimination, difficulty) and a
 * guessing floor, and a wrong answer picks a distractor by plausibility (named misconceptions
 * most). Every attempt is assembled and scored by the quiz engine, so marks, results and the
 * response rows are exactly what real submissions store. Deterministic for a seed.
 */
export async function generateResults(
  pool: pg.Pool,
  options: GenerateOptions,
): Promise<{
  learners: number;
  attempts: number;
  responses: number;
  /** Time the generator waited for the database to finish a batch (the rest was generating). */
  waitedMs: number;
}> {
  const client = await pool.connect();
  let writing: Promise<void> = Promise.resolve();
  try {
    const seed = options.seed;
    const quizzes = await loadQuizzes(client, options.courseSlug ?? "the-second-heart", seed);
    const taken = await client.query(`select 1 from users where email like $1 limit 1`, [
      `synthetic-${seed}-%`,
    ]);
    if (taken.rows.length > 0)
      throw new Error(
        `learners for seed ${seed} already exist: use another --seed or a fresh database`,
      );
    const batchSize = options.batchSize ?? 2000;
    let batch = new Batch();
    let written = 0;
    let responses = 0;
    let learner = 0;
    const stamps = new Map<string, { courseId: string; n: number; last: number }>();
    let pending = 0;
    let waitedMs = 0;
    let yielded = Date.now();
    while (pending + batch.count < options.attempts) {
      learner++;
      const random = createSeededRandom(`${seed}:learner:${learner}`);
      const userId = uuidFrom(random);
      batch.users[0]?.push(userId);
      batch.users[1]?.push(`synthetic-${seed}-${learner}@example.org`);
      batch.users[2]?.push(`Synthetic learner ${learner}`);
      const ability = normal(random);
      let at = options.end - 26 * WEEK + random.next() * 24 * WEEK;
      for (const [qi, info] of quizzes.entries()) {
        if (qi > 0 && random.next() < (qi === quizzes.length - 1 ? 0.15 : 0.08)) break;
        let previous: ReturnType<typeof assembleAttempt> | null = null;
        for (let number = 1; number <= 3; number++) {
          const startedAt = Math.round(at);
          const assembled = assembleAttempt(info.quiz, {
            seed: `${seed}:${learner}:${qi}:${number}`,
            now: startedAt,
            attemptNumber: number,
            differentFrom: previous,
          });
          const theta = ability + 0.35 * (number - 1);
          const byId = new Map(info.quiz.questions.map((q, i) => [q.id, i]));
          const answers: Record<string, unknown> = {};
          for (const id of assembled.questionIds) {
            const i = byId.get(id) ?? 0;
            const question = info.quiz.questions[i];
            if (!question || random.next() < 0.03) continue;
            const { a, b, c } = info.items[i] ?? { a: 1, b: 0, c: 0 };
            const p = c + (1 - c) / (1 + Math.exp(-a * (theta - b)));
            answers[id] = syntheticResponse(question, random.next() < p, random);
          }
          const seconds = 60 + random.int(15 * 60) + assembled.questionIds.length * 20;
          const submittedAt = startedAt + seconds * 1000;
          const { attempt, result } = submitAttempt(
            info.quiz,
            { ...assembled, responses: answers },
            submittedAt,
          );
          const attemptId = uuidFrom(random);
          const row = [
            attemptId,
            userId,
            info.quizId,
            info.revisionId,
            info.courseId,
            number,
            attempt.seed,
            JSON.stringify(attempt),
            new Date(startedAt).toISOString(),
            new Date(submittedAt).toISOString(),
            result.points,
            result.maxPoints,
            result.percent,
            result.passed,
          ];
          row.forEach((v, k) => batch.attempts[k]?.push(v));
          const byQuestion = new Map(info.quiz.questions.map((q) => [q.id, q]));
          const score = attemptScoreColumns(result);
          for (const scored of result.questions) {
            const question = byQuestion.get(scored.questionId);
            if (!question) continue;
            const response = attempt.responses[scored.questionId] ?? null;
            const columns = responseColumns(question, response, scored);
            const values = [
              attemptId,
              info.revisionId,
              scored.questionId,
              response === null ? null : JSON.stringify(response),
              scored.earned,
              scored.max,
              scored.status,
              new Date(submittedAt).toISOString(),
              info.quizId,
              info.courseId,
              userId,
              columns.questionType,
              arrayLiteral(columns.chosenOptions),
              columns.choiceMask,
              arrayLiteral(columns.misconceptions),
              arrayLiteral(columns.objectives),
              columns.answerText,
              score.attemptPoints,
              score.attemptPercent,
            ];
            values.forEach((v, k) => batch.responses[k]?.push(v));
            responses++;
          }
          batch.count++;
          const stamp = stamps.get(info.quizId) ?? { courseId: info.courseId, n: 0, last: 0 };
          stamps.set(info.quizId, {
            courseId: info.courseId,
            n: stamp.n + 1,
            last: Math.max(stamp.last, submittedAt),
          });
          previous = attempt;
          at = submittedAt + random.next() * 3 * 86_400_000;
          const retry = result.passed ? 0.08 : 0.6;
          if (random.next() >= retry) break;
        }
        at += random.next() * 5 * 86_400_000;
      }
      // Let the write of the previous batch go on (its next statement is sent from a callback):
      // without this, its transaction sat idle for the whole next batch, and a loaded machine
      // took longer than the idle-in-transaction timeout (10 s) and lost the connection.
      if (Date.now() - yielded > 20) {
        await new Promise((resolve) => setImmediate(resolve));
        yielded = Date.now();
      }
      if (batch.count >= batchSize) {
        // The database writes this batch while the next one is generated (two cores busy,
        // not one after the other): wait for the previous write only.
        const waitStart = Date.now();
        await writing;
        waitedMs += Date.now() - waitStart;
        const full = batch;
        writing = flush(client, full).then(() => {
          written += full.count;
          options.onProgress?.(written);
        });
        // A failed write is thrown by the next `await writing`, not as an unhandled rejection.
        writing.catch(() => undefined);
        pending += full.count;
        batch = new Batch();
      }
    }
    await writing;
    await flush(client, batch);
    written += batch.count;
    // Stale every cached view of these quizzes (docs/decisions/0032).
    for (const [quizId, s] of stamps)
      await client.query(
        `insert into result_stamps (quiz_id, shard, course_id, submitted, changed_at) values ($1, 0, $2, $3, $4)
         on conflict (quiz_id, shard) do update set submitted = result_stamps.submitted + excluded.submitted,
           changed_at = greatest(result_stamps.changed_at, excluded.changed_at)`,
        [quizId, s.courseId, s.n, new Date(s.last).toISOString()],
      );
    options.onProgress?.(written);
    return { learners: learner, attempts: written, responses, waitedMs };
  } catch (error) {
    await writing.catch(() => undefined);
    await client.query("rollback").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
