-- HAND-WRITTEN BACKFILL (docs/decisions/0039): passing a lesson's check completes the lesson
-- since session 4; passes from before that change count too. A lesson is completed, at the
-- learner's first passing submission, when a submitted, passed attempt of a lesson-check quiz
-- is linked to it by the lesson's published revision (quiz_slug) and the lesson is published
-- (listed by its course's published revision, course not archived). A completion already
-- recorded (by reading or by a later pass) keeps its date.
INSERT INTO "lesson_progress" ("user_id", "lesson_id", "completed_at")
SELECT a."user_id", l."id", min(a."submitted_at")
FROM "quiz_attempts" AS a
JOIN "quizzes" AS q ON q."id" = a."quiz_id" AND q."kind" = 'lesson_check'
JOIN "lessons" AS l ON l."course_id" = q."course_id" AND l."published_revision_id" IS NOT NULL
JOIN "lesson_revisions" AS lr ON lr."id" = l."published_revision_id" AND lr."quiz_slug" = q."slug"
JOIN "courses" AS c ON c."id" = l."course_id" AND c."archived_at" IS NULL
JOIN "course_revision_lessons" AS crl
  ON crl."course_revision_id" = c."published_revision_id" AND crl."lesson_id" = l."id"
WHERE a."status" = 'submitted' AND a."passed" IS TRUE AND a."submitted_at" IS NOT NULL
GROUP BY a."user_id", l."id"
ON CONFLICT ("user_id", "lesson_id") DO NOTHING;
-- END HAND-WRITTEN BACKFILL
