import { z } from "zod";
import { ROLES } from "@soleus/auth/roles";
import { safeText } from "@soleus/quiz-engine/schemas/safe-text";

export const userIdSchema = z.strictObject({ userId: z.uuid("That is not a valid user id.") });

export const listUsersSchema = z
  .strictObject({
    search: safeText().trim().max(100).optional(),
    role: z.enum(ROLES).optional(),
    limit: z.number().int().min(1).max(100).default(50),
    offset: z.number().int().min(0).max(100_000).default(0),
  })
  .default({ limit: 50, offset: 0 });

export const createCoachSchema = z.strictObject({
  name: safeText().max(100),
  email: safeText().max(254),
  password: safeText().max(201),
});

export const changeRoleSchema = z.strictObject({
  userId: z.uuid("That is not a valid user id."),
  role: z.enum(ROLES),
});

export const setDisabledSchema = z.strictObject({
  userId: z.uuid("That is not a valid user id."),
  disabled: z.boolean(),
});

export const updateProfileSchema = z.strictObject({
  name: safeText()
    .trim()
    .min(1, "Enter your name.")
    .max(100, "Use at most 100 characters for your name."),
});
