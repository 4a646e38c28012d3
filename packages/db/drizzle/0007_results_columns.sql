CREATE TABLE "result_cache" (
	"key" text PRIMARY KEY NOT NULL,
	"stamp" text NOT NULL,
	"payload" jsonb NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "result_stamps" (
	"quiz_id" uuid PRIMARY KEY NOT NULL,
	"course_id" uuid NOT NULL,
	"submitted" integer DEFAULT 0 NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "attempt_responses" DROP CONSTRAINT "attempt_responses_quiz_revision_id_quiz_revisions_id_fk";
--> statement-breakpoint
ALTER TABLE "quiz_attempts" DROP CONSTRAINT "quiz_attempts_quiz_id_quizzes_id_fk";
--> statement-breakpoint
ALTER TABLE "quiz_attempts" DROP CONSTRAINT "quiz_attempts_quiz_revision_id_quiz_revisions_id_fk";
--> statement-breakpoint
ALTER TABLE "attempt_responses" ADD COLUMN "quiz_id" uuid;--> statement-breakpoint
ALTER TABLE "attempt_responses" ADD COLUMN "course_id" uuid;--> statement-breakpoint
ALTER TABLE "attempt_responses" ADD COLUMN "user_id" uuid;--> statement-breakpoint
ALTER TABLE "attempt_responses" ADD COLUMN "submitted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "attempt_responses" ADD COLUMN "question_type" text;--> statement-breakpoint
ALTER TABLE "attempt_responses" ADD COLUMN "chosen_options" text[];--> statement-breakpoint
ALTER TABLE "attempt_responses" ADD COLUMN "choice_mask" integer;--> statement-breakpoint
ALTER TABLE "attempt_responses" ADD COLUMN "misconceptions" text[];--> statement-breakpoint
ALTER TABLE "attempt_responses" ADD COLUMN "objectives" text[];--> statement-breakpoint
ALTER TABLE "attempt_responses" ADD COLUMN "answer_text" text;--> statement-breakpoint
ALTER TABLE "quiz_attempts" ADD COLUMN "course_id" uuid;--> statement-breakpoint
-- HAND-WRITTEN BACKFILL (docs/decisions/0032): submitted attempts get their quiz's course
-- (submit writes it from now on; open attempts keep null until submitted).
UPDATE "quiz_attempts" AS a SET "course_id" = q."course_id" FROM "quizzes" AS q WHERE q."id" = a."quiz_id" AND a."status" = 'submitted';--> statement-breakpoint
-- END HAND-WRITTEN BACKFILL
ALTER TABLE "result_stamps" ADD CONSTRAINT "result_stamps_quiz_id_quizzes_id_fk" FOREIGN KEY ("quiz_id") REFERENCES "public"."quizzes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_stamps" ADD CONSTRAINT "result_stamps_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "result_cache_computed_at_index" ON "result_cache" USING btree ("computed_at");--> statement-breakpoint
ALTER TABLE "attempt_responses" ADD CONSTRAINT "attempt_responses_quiz_id_quizzes_id_fk" FOREIGN KEY ("quiz_id") REFERENCES "public"."quizzes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attempt_responses" ADD CONSTRAINT "attempt_responses_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attempt_responses" ADD CONSTRAINT "attempt_responses_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attempt_responses" ADD CONSTRAINT "attempt_responses_quiz_revision_id_quiz_revisions_id_fk" FOREIGN KEY ("quiz_revision_id") REFERENCES "public"."quiz_revisions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quiz_attempts" ADD CONSTRAINT "quiz_attempts_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quiz_attempts" ADD CONSTRAINT "quiz_attempts_quiz_id_quizzes_id_fk" FOREIGN KEY ("quiz_id") REFERENCES "public"."quizzes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quiz_attempts" ADD CONSTRAINT "quiz_attempts_quiz_revision_id_quiz_revisions_id_fk" FOREIGN KEY ("quiz_revision_id") REFERENCES "public"."quiz_revisions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attempt_responses_quiz_id_submitted_at_index" ON "attempt_responses" USING btree ("quiz_id","submitted_at");--> statement-breakpoint
CREATE INDEX "attempt_responses_course_id_submitted_at_index" ON "attempt_responses" USING btree ("course_id","submitted_at");--> statement-breakpoint
CREATE INDEX "attempt_responses_user_id_submitted_at_index" ON "attempt_responses" USING btree ("user_id","submitted_at");--> statement-breakpoint
CREATE INDEX "quiz_attempts_quiz_id_status_submitted_at_index" ON "quiz_attempts" USING btree ("quiz_id","status","submitted_at");--> statement-breakpoint
CREATE INDEX "quiz_attempts_course_id_status_submitted_at_index" ON "quiz_attempts" USING btree ("course_id","status","submitted_at");--> statement-breakpoint
CREATE INDEX "quiz_attempts_user_id_status_submitted_at_index" ON "quiz_attempts" USING btree ("user_id","status","submitted_at");--> statement-breakpoint
-- HAND-WRITTEN BACKFILL (docs/decisions/0032): fill the new response-row columns of every
-- response of a submitted attempt from the attempt, its quiz revision's question and the stored
-- result, exactly as submit now writes them (packages/api/src/routers/attempts/response-columns.ts).
-- Re-running it is harmless. Keep this block when regenerating the migration.
UPDATE "attempt_responses" AS r SET
  "quiz_id" = a."quiz_id",
  "course_id" = a."course_id",
  "user_id" = a."user_id",
  "submitted_at" = a."submitted_at",
  "question_type" = q.question->>'type',
  "objectives" = ARRAY(SELECT jsonb_array_elements_text(coalesce(q.question->'objectives', '[]'::jsonb))),
  "misconceptions" = coalesce(
    (SELECT ARRAY(SELECT jsonb_array_elements_text(coalesce(qr->'misconceptions', '[]'::jsonb)))
       FROM jsonb_array_elements(coalesce(a."result"->'questions', '[]'::jsonb)) AS qr
      WHERE qr->>'questionId' = r."question_id" LIMIT 1),
    '{}'::text[]),
  "chosen_options" = CASE
    WHEN r."response" ? 'optionId' THEN ARRAY[r."response"->>'optionId']
    WHEN r."response" ? 'optionIds' THEN ARRAY(SELECT jsonb_array_elements_text(r."response"->'optionIds'))
    WHEN q.question->>'type' = 'true_false' AND r."response" ? 'value' THEN ARRAY[r."response"->>'value']
    ELSE NULL END,
  "choice_mask" = CASE
    WHEN q.question->>'type' IN ('single_choice', 'multiple_response') THEN coalesce(
      (SELECT sum(1 << (o.i - 1)::int)::int
         FROM jsonb_array_elements(q.question->'options') WITH ORDINALITY AS o(opt, i)
        WHERE (r."response"->>'optionId') = o.opt->>'id'
           OR coalesce(r."response"->'optionIds', '[]'::jsonb) ? (o.opt->>'id')), 0)
    WHEN q.question->>'type' = 'true_false' THEN CASE r."response"->>'value' WHEN 'true' THEN 1 WHEN 'false' THEN 2 ELSE 0 END
    ELSE 0 END,
  -- Approximates normaliseAnswer (lowercase, trimmed, whitespace collapsed; accents kept).
  "answer_text" = CASE q.question->>'type'
    WHEN 'numeric' THEN (r."response"->>'value') || coalesce(' ' || (r."response"->>'unit'), '')
    WHEN 'short_text' THEN lower(btrim(regexp_replace(r."response"->>'text', '\s+', ' ', 'g')))
    WHEN 'ordering' THEN (SELECT string_agg(v, '>' ORDER BY i) FROM jsonb_array_elements_text(r."response"->'order') WITH ORDINALITY AS e(v, i))
    WHEN 'matching' THEN (SELECT string_agg(k || '=' || v, ';' ORDER BY k) FROM jsonb_each_text(r."response"->'pairs') AS e(k, v))
    WHEN 'fill_blanks' THEN (SELECT string_agg(lower(btrim(regexp_replace(v, '\s+', ' ', 'g'))), ' | ' ORDER BY k) FROM jsonb_each_text(r."response"->'blanks') AS e(k, v))
    ELSE NULL END
FROM "quiz_attempts" AS a
JOIN "quiz_revisions" AS rev ON rev."id" = a."quiz_revision_id"
CROSS JOIN LATERAL (
  SELECT e AS question FROM jsonb_array_elements(rev."questions") AS e WHERE e->>'id' IS NOT NULL
) AS q
WHERE a."id" = r."attempt_id" AND a."status" = 'submitted' AND q.question->>'id' = r."question_id";--> statement-breakpoint
-- Stamps of quizzes that already have submitted attempts.
INSERT INTO "result_stamps" ("quiz_id", "course_id", "submitted")
SELECT a."quiz_id", a."course_id", count(*)::int FROM "quiz_attempts" AS a WHERE a."status" = 'submitted' GROUP BY a."quiz_id", a."course_id"
ON CONFLICT ("quiz_id") DO NOTHING;
-- END HAND-WRITTEN BACKFILL
