CREATE TYPE "public"."document_kind" AS ENUM('course', 'lesson', 'quiz');--> statement-breakpoint
CREATE TYPE "public"."publication_action" AS ENUM('publish', 'unpublish');--> statement-breakpoint
CREATE TABLE "course_revision_lessons" (
	"course_revision_id" uuid NOT NULL,
	"lesson_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "course_revision_lessons_course_revision_id_position_pk" PRIMARY KEY("course_revision_id","position"),
	CONSTRAINT "course_revision_lessons_course_revision_id_lesson_id_unique" UNIQUE("course_revision_id","lesson_id")
);
--> statement-breakpoint
CREATE TABLE "content_drafts" (
	"kind" "document_kind" NOT NULL,
	"document_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"base_revision_id" uuid,
	"content" jsonb NOT NULL,
	"content_hash" text NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "content_drafts_kind_document_id_pk" PRIMARY KEY("kind","document_id")
);
--> statement-breakpoint
CREATE TABLE "content_publications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "document_kind" NOT NULL,
	"document_id" uuid NOT NULL,
	"revision_id" uuid NOT NULL,
	"action" "publication_action" NOT NULL,
	"actor_id" uuid,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "document_presence" (
	"kind" "document_kind" NOT NULL,
	"document_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	CONSTRAINT "document_presence_kind_document_id_user_id_pk" PRIMARY KEY("kind","document_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "source_updates" (
	"kind" "document_kind" NOT NULL,
	"document_id" uuid NOT NULL,
	"revision_id" uuid NOT NULL,
	"detected_at" timestamp with time zone NOT NULL,
	CONSTRAINT "source_updates_kind_document_id_pk" PRIMARY KEY("kind","document_id")
);
--> statement-breakpoint
ALTER TABLE "quizzes" DROP CONSTRAINT "quizzes_lesson_id_lessons_id_fk";
--> statement-breakpoint
DROP INDEX "lessons_course_id_position_index";--> statement-breakpoint
ALTER TABLE "courses" ADD COLUMN "archived_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "courses" ADD COLUMN "archived_by" uuid;--> statement-breakpoint
ALTER TABLE "courses" ADD COLUMN "spelling_words" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "course_revision_lessons" ADD CONSTRAINT "course_revision_lessons_course_revision_id_course_revisions_id_fk" FOREIGN KEY ("course_revision_id") REFERENCES "public"."course_revisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_revision_lessons" ADD CONSTRAINT "course_revision_lessons_lesson_id_lessons_id_fk" FOREIGN KEY ("lesson_id") REFERENCES "public"."lessons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_drafts" ADD CONSTRAINT "content_drafts_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_publications" ADD CONSTRAINT "content_publications_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_presence" ADD CONSTRAINT "document_presence_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "course_revision_lessons_lesson_id_index" ON "course_revision_lessons" USING btree ("lesson_id");--> statement-breakpoint
CREATE INDEX "content_publications_kind_document_id_at_index" ON "content_publications" USING btree ("kind","document_id","at");--> statement-breakpoint
CREATE INDEX "document_presence_last_seen_at_index" ON "document_presence" USING btree ("last_seen_at");--> statement-breakpoint
ALTER TABLE "courses" ADD CONSTRAINT "courses_archived_by_users_id_fk" FOREIGN KEY ("archived_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
-- Hand-written backfill (decision 0024), kept in this file so a re-generated snapshot can keep it:
-- it must run after the new tables exist and before lessons.position / quizzes.lesson_id are dropped.
-- 1. Lesson order becomes part of each course revision: every existing course revision lists the
--    course's lessons in their current order.
INSERT INTO "course_revision_lessons" ("course_revision_id", "lesson_id", "position")
SELECT cr."id", l."id", (row_number() OVER (PARTITION BY cr."id" ORDER BY l."position", l."slug") - 1)::int
FROM "course_revisions" cr JOIN "lessons" l ON l."course_id" = cr."course_id";--> statement-breakpoint
-- 2. "Which quiz checks which lesson" is stored once, on the lesson revision: copy any link that
--    only quizzes.lesson_id held.
UPDATE "lesson_revisions" lr SET "quiz_slug" = q."slug"
FROM "quizzes" q
WHERE q."lesson_id" = lr."lesson_id" AND q."kind" = 'lesson_check' AND lr."quiz_slug" IS NULL;--> statement-breakpoint
-- 3. Who published what and when: the revisions published today, by their author at their creation.
INSERT INTO "content_publications" ("kind", "document_id", "revision_id", "action", "actor_id", "at")
SELECT 'course'::"document_kind", c."id", c."published_revision_id", 'publish'::"publication_action", r."created_by", r."created_at"
FROM "courses" c JOIN "course_revisions" r ON r."id" = c."published_revision_id"
UNION ALL
SELECT 'lesson'::"document_kind", l."id", l."published_revision_id", 'publish'::"publication_action", r."created_by", r."created_at"
FROM "lessons" l JOIN "lesson_revisions" r ON r."id" = l."published_revision_id"
UNION ALL
SELECT 'quiz'::"document_kind", q."id", q."published_revision_id", 'publish'::"publication_action", r."created_by", r."created_at"
FROM "quizzes" q JOIN "quiz_revisions" r ON r."id" = q."published_revision_id";--> statement-breakpoint
-- End of the hand-written backfill.
ALTER TABLE "courses" DROP COLUMN "version";--> statement-breakpoint
ALTER TABLE "lessons" DROP COLUMN "position";--> statement-breakpoint
ALTER TABLE "lessons" DROP COLUMN "version";--> statement-breakpoint
ALTER TABLE "quizzes" DROP COLUMN "lesson_id";--> statement-breakpoint
ALTER TABLE "quizzes" DROP COLUMN "version";