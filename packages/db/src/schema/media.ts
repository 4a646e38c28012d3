import { check, customType, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { users } from "./auth";

/** Raw bytes (PostgreSQL `bytea`), read and written as Node Buffers. */
const bytea = customType<{ data: Buffer; driverData: Buffer }>({
  dataType: () => "bytea",
});

/**
 * Images coaches upload for lessons (docs/decisions/0030). The bytes live in the database, so
 * every app instance on the same database serves every image; the SHA-256 of the bytes is the
 * address, so a served image never changes and can be cached for a year.
 */
export const images = pgTable(
  "images",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Lower-case hex SHA-256 of `bytes`: the image's address and its cache key. */
    sha256: text("sha256").notNull().unique(),
    /** Detected from the bytes, never taken from the file name or the browser. */
    contentType: text("content_type").notNull(),
    byteLength: integer("byte_length").notNull(),
    width: integer("width").notNull(),
    height: integer("height").notNull(),
    /** What the first uploader wrote; lessons carry their own alt text and caption. */
    alt: text("alt").notNull(),
    caption: text("caption").notNull(),
    bytes: bytea("bytes").notNull(),
    uploadedBy: uuid("uploaded_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (table) => [
    check(
      "images_content_type",
      sql`${table.contentType} in ('image/png', 'image/jpeg', 'image/webp')`,
    ),
    check("images_size", sql`${table.byteLength} = octet_length(${table.bytes})`),
  ],
);
