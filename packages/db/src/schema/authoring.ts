import {
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./auth";

/**
 * Authoring state shared by every kind of content (docs/decisions/0024): one generic mechanism,
 * so courses, lessons and quizzes (and later kinds) draft, publish and show presence the same way.
 * `document_id` is the id of the course, lesson or quiz row named by `kind`.
 */
export const documentKindEnum = pgEnum("document_kind", ["course", "lesson", "quiz"]);
export type DocumentKind = (typeof documentKindEnum.enumValues)[number];

const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/**
 * The one working draft of a document. Rows are created by the first save and never deleted, so
 * `version` only ever grows: a save names the version it started from and is refused when the
 * row has moved on (no silent overwrite). `content` is the kind's draft shape (api authoring).
 */
export const contentDrafts = pgTable(
  "content_drafts",
  {
    kind: documentKindEnum("kind").notNull(),
    documentId: uuid("document_id").notNull(),
    version: integer("version").notNull(),
    /** The revision this draft started from (null for content never published or imported). */
    baseRevisionId: uuid("base_revision_id"),
    content: jsonb("content").$type<Record<string, unknown>>().notNull(),
    /** sha256 of the canonical content: equal to a revision's hash when the draft changes nothing. */
    contentHash: text("content_hash").notNull(),
    updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
    updatedAt: at("updated_at").notNull(),
  },
  (table) => [primaryKey({ columns: [table.kind, table.documentId] })],
);

export const publicationActionEnum = pgEnum("publication_action", ["publish", "unpublish"]);

/** Who published or unpublished which revision of which document, and when (append-only). */
export const contentPublications = pgTable(
  "content_publications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: documentKindEnum("kind").notNull(),
    documentId: uuid("document_id").notNull(),
    /** The revision published; for an unpublish, the one taken down. */
    revisionId: uuid("revision_id").notNull(),
    action: publicationActionEnum("action").notNull(),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    at: at("at").notNull(),
  },
  (table) => [index().on(table.kind, table.documentId, table.at)],
);

/**
 * "The built-in source changed": the import found new file content for a document a coach has
 * edited, kept the coach's version and stored the file's content as an unpublished import
 * revision (`revisionId`) for the editor to diff and, on request, take.
 */
export const sourceUpdates = pgTable(
  "source_updates",
  {
    kind: documentKindEnum("kind").notNull(),
    documentId: uuid("document_id").notNull(),
    revisionId: uuid("revision_id").notNull(),
    detectedAt: at("detected_at").notNull(),
  },
  (table) => [primaryKey({ columns: [table.kind, table.documentId] })],
);

/** Who has a document open in the editor: one row per person and document, refreshed by heartbeats. */
export const documentPresence = pgTable(
  "document_presence",
  {
    kind: documentKindEnum("kind").notNull(),
    documentId: uuid("document_id").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    lastSeenAt: at("last_seen_at").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.kind, table.documentId, table.userId] }),
    index().on(table.lastSeenAt),
  ],
);
