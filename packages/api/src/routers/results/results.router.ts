import "server-only";
import type { TRPCRouterRecord } from "@trpc/server";
import { coachProcedure } from "../../trpc/procedures";
import { cachedView } from "./cache";
import { resolveScope, resultsFilterSchema } from "./filter";
import { computeItemAnalysis } from "./item-analysis";
import { computeOverview } from "./overview";
import { quizOverview } from "./quiz-summary";

/**
 * Results review for the people who teach a course: coaches for their own and assigned
 * courses, admins for all, nobody else. Every view takes the one shared filter
 * (./filter.ts) and is documented in ./README.md.
 */
export const resultsRouter = {
  quizOverview,
  overview: coachProcedure.input(resultsFilterSchema).query(async ({ ctx, input }) => {
    const scope = await resolveScope(ctx.db, ctx.user, input);
    return cachedView(ctx.db, "overview", scope, null, () => computeOverview(ctx.db, scope));
  }),
  itemAnalysis: coachProcedure.input(resultsFilterSchema).query(async ({ ctx, input }) => {
    const scope = await resolveScope(ctx.db, ctx.user, input);
    return cachedView(ctx.db, "itemAnalysis", scope, null, () =>
      computeItemAnalysis(ctx.db, scope),
    );
  }),
} satisfies TRPCRouterRecord;
