import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { coachAccountError } from "./coach-field-errors";
import { and, asc, eq, ilike, or, type SQL } from "drizzle-orm";
import { createPasswordAccount } from "@soleus/auth/sign-up";
import { users } from "@soleus/db/schema";
import { adminProcedure, learnerProcedure } from "../../trpc/procedures";
import { changeRole, setDisabled, signOutEverywhere } from "./manage-user.handler";
import {
  changeRoleSchema,
  createCoachSchema,
  listUsersSchema,
  setDisabledSchema,
  updateProfileSchema,
  userIdSchema,
} from "./users.schema";

const listColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  disabledAt: users.disabledAt,
  createdAt: users.createdAt,
};

/** The signed-in person's own account: on both apps. */
export const accountRouter = {
  /** The signed-in person's own profile (never anyone else's: there is no id to guess). */
  me: learnerProcedure.query(async ({ ctx }) => {
    const me = await ctx.db.query.users.findFirst({
      where: eq(users.id, ctx.user.id),
      columns: { id: true, name: true, email: true, role: true, createdAt: true },
    });
    if (!me) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in to do this." });
    return me;
  }),
  updateMyProfile: learnerProcedure.input(updateProfileSchema).mutation(async ({ ctx, input }) => {
    await ctx.db
      .update(users)
      .set({ name: input.name, updatedAt: ctx.now() })
      .where(eq(users.id, ctx.user.id));
    return { name: input.name };
  }),
  signOutAllMyDevices: learnerProcedure.mutation(({ ctx }) =>
    signOutEverywhere(ctx.db, { id: ctx.user.id, ip: ctx.ip, at: ctx.now() }, ctx.user.id),
  ),
} satisfies TRPCRouterRecord;

/** People: admins only, and only on the admin app (the learner router does not have it). */
export const peopleRouter = {
  list: adminProcedure.input(listUsersSchema).query(async ({ ctx, input }) => {
    const filters: (SQL | undefined)[] = [];
    if (input.role) filters.push(eq(users.role, input.role));
    if (input.search) {
      const pattern = `%${input.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      filters.push(or(ilike(users.email, pattern), ilike(users.name, pattern)));
    }
    return ctx.db
      .select(listColumns)
      .from(users)
      .where(and(...filters))
      .orderBy(asc(users.email))
      .limit(input.limit)
      .offset(input.offset);
  }),
  createCoach: adminProcedure.input(createCoachSchema).mutation(async ({ ctx, input }) => {
    const created = await createPasswordAccount(ctx.db, input, "coach", ctx.user.id);
    if (!created.ok) throw coachAccountError(created.errors);
    return created.user;
  }),
  changeRole: adminProcedure
    .input(changeRoleSchema)
    .mutation(({ ctx, input }) =>
      changeRole(ctx.db, { id: ctx.user.id, ip: ctx.ip, at: ctx.now() }, input.userId, input.role),
    ),
  setDisabled: adminProcedure
    .input(setDisabledSchema)
    .mutation(({ ctx, input }) =>
      setDisabled(
        ctx.db,
        { id: ctx.user.id, ip: ctx.ip, at: ctx.now() },
        input.userId,
        input.disabled,
      ),
    ),
  signOutEverywhere: adminProcedure
    .input(userIdSchema)
    .mutation(({ ctx, input }) =>
      signOutEverywhere(ctx.db, { id: ctx.user.id, ip: ctx.ip, at: ctx.now() }, input.userId),
    ),
} satisfies TRPCRouterRecord;
