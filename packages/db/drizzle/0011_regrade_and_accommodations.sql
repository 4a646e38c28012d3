CREATE TYPE "public"."regrade_mode" AS ENUM('all', 'raise_only');--> statement-breakpoint
CREATE TYPE "public"."regrade_status" AS ENUM('running', 'done', 'failed');--> statement-breakpoint
CREATE TABLE "attempt_score_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"attempt_id" uuid NOT NULL,
	"regrade_job_id" uuid NOT NULL,
	"quiz_revision_id" uuid NOT NULL,
	"points" double precision,
	"max_points" double precision,
	"percent" double precision,
	"passed" boolean,
	"result" jsonb,
	"replaced_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "course_accommodations" (
	"course_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"time_multiplier" double precision NOT NULL,
	"set_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "course_accommodations_course_id_user_id_pk" PRIMARY KEY("course_id","user_id"),
	CONSTRAINT "course_accommodations_multiplier_range" CHECK ("course_accommodations"."time_multiplier" > 1 and "course_accommodations"."time_multiplier" <= 4)
);
--> statement-breakpoint
CREATE TABLE "regrade_jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"quiz_id" uuid NOT NULL,
	"target_revision_id" uuid NOT NULL,
	"mode" "regrade_mode" NOT NULL,
	"status" "regrade_status" DEFAULT 'running' NOT NULL,
	"total" integer NOT NULL,
	"processed" integer DEFAULT 0 NOT NULL,
	"changed" integer DEFAULT 0 NOT NULL,
	"kept_back" integer DEFAULT 0 NOT NULL,
	"cursor" uuid,
	"lease_until" timestamp with time zone,
	"error" text,
	"started_by" uuid,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "quiz_attempts" ADD COLUMN "regraded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "attempt_score_history" ADD CONSTRAINT "attempt_score_history_attempt_id_quiz_attempts_id_fk" FOREIGN KEY ("attempt_id") REFERENCES "public"."quiz_attempts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attempt_score_history" ADD CONSTRAINT "attempt_score_history_regrade_job_id_regrade_jobs_id_fk" FOREIGN KEY ("regrade_job_id") REFERENCES "public"."regrade_jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attempt_score_history" ADD CONSTRAINT "attempt_score_history_quiz_revision_id_quiz_revisions_id_fk" FOREIGN KEY ("quiz_revision_id") REFERENCES "public"."quiz_revisions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_accommodations" ADD CONSTRAINT "course_accommodations_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_accommodations" ADD CONSTRAINT "course_accommodations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "course_accommodations" ADD CONSTRAINT "course_accommodations_set_by_users_id_fk" FOREIGN KEY ("set_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regrade_jobs" ADD CONSTRAINT "regrade_jobs_quiz_id_quizzes_id_fk" FOREIGN KEY ("quiz_id") REFERENCES "public"."quizzes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regrade_jobs" ADD CONSTRAINT "regrade_jobs_target_revision_id_quiz_revisions_id_fk" FOREIGN KEY ("target_revision_id") REFERENCES "public"."quiz_revisions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regrade_jobs" ADD CONSTRAINT "regrade_jobs_started_by_users_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "attempt_score_history_attempt_id_regrade_job_id_index" ON "attempt_score_history" USING btree ("attempt_id","regrade_job_id");--> statement-breakpoint
CREATE UNIQUE INDEX "regrade_jobs_one_running_per_quiz" ON "regrade_jobs" USING btree ("quiz_id") WHERE "regrade_jobs"."status" = 'running';--> statement-breakpoint
CREATE INDEX "regrade_jobs_quiz_id_started_at_index" ON "regrade_jobs" USING btree ("quiz_id","started_at");--> statement-breakpoint
CREATE INDEX "quiz_attempts_quiz_id_id_index" ON "quiz_attempts" USING btree ("quiz_id","id");