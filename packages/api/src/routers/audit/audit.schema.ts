import { z } from "zod";
import { safeText } from "@soleus/quiz-engine/schemas/safe-text";

/** How many audit rows one page shows. */
export const AUDIT_PAGE_SIZE = 25;

// Actions are dotted lower-case names ("user.role_changed"); anything else cannot match a row.
const actionName = z
  .string()
  .regex(/^[a-z_]{1,40}\.[a-z_]{1,40}$/, "Choose an action from the list.");

/**
 * Filters of the audit log page; every part optional. `from` and `to` are instants (the page
 * turns the admin's local days into them, so a "day" is the admin's own day, not UTC's).
 */
export const listAuditSchema = z
  .strictObject({
    /** Part of the actor's name or email. */
    actor: safeText()
      .trim()
      .max(100, "Use at most 100 characters for the person's name or email.")
      .optional(),
    action: actionName.optional(),
    from: z.iso.datetime({ offset: true, message: "Enter the first day as a date." }).optional(),
    to: z.iso.datetime({ offset: true, message: "Enter the last day as a date." }).optional(),
    page: z.number().int().min(1).max(10_000).default(1),
  })
  .refine((input) => !input.from || !input.to || Date.parse(input.from) <= Date.parse(input.to), {
    message: "The first day must be on or before the last day.",
    path: ["to"],
  })
  .default({ page: 1 });

export type ListAuditInput = z.infer<typeof listAuditSchema>;
