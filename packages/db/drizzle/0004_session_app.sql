CREATE TYPE "public"."app_name" AS ENUM('web', 'admin');--> statement-breakpoint
-- Hand-written (decision 0017): a session from before this migration names no app, so it is ended (fail closed).
DELETE FROM "sessions";--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "app" "app_name" NOT NULL;
