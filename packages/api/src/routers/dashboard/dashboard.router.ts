import type { TRPCRouterRecord } from "@trpc/server";
import { coachProcedure } from "../../trpc/procedures";
import { dashboardOverview } from "./dashboard.handler";

/** The admin app's home page: the caller's courses, drafts in progress, recently published. */
export const dashboardRouter = {
  overview: coachProcedure.query(({ ctx }) => dashboardOverview(ctx.db, ctx.user)),
} satisfies TRPCRouterRecord;
