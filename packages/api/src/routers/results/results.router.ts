import "server-only";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { safeText } from "@soleus/quiz-engine/schemas/safe-text";
import { coachProcedure } from "../../trpc/procedures";
import { cachedView } from "./cache";
import { computeScoreDistribution } from "./distribution";
import { resolveScope, resultsFilterSchema } from "./filter";
import { computeFilterOptions } from "./filter-options";
import { computeItemAnalysis } from "./item-analysis";
import { computeLearnerAttempts } from "./learner-attempts";
import { computeLearners } from "./learners";
import { computeObjectiveMastery } from "./mastery";
import { computeMisconceptions } from "./misconceptions";
import { computeOverview } from "./overview";
import { quizOverview } from "./quiz-summary";
import { computeWrongAnswers } from "./wrong-answers";

const questionIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, "That is not a valid question id.");

/**
 * Results review for the people who teach a course: coaches for their own and assigned
 * courses, admins for all, nobody else. Every view takes the one shared filter
 * (./filter.ts) and is documented in ./README.md.
 */
export const resultsRouter = {
  quizOverview,
  filterOptions: coachProcedure
    .input(z.strictObject({ courseId: z.uuid("That is not a valid course id.").optional() }))
    .query(async ({ ctx, input }) => {
      const scope = await resolveScope(ctx.db, ctx.user, { ...input, attempts: "all" });
      return computeFilterOptions(ctx.db, scope.courseIds);
    }),
  overview: coachProcedure.input(resultsFilterSchema).query(async ({ ctx, input }) => {
    const scope = await resolveScope(ctx.db, ctx.user, input);
    return cachedView(ctx.db, "overview", scope, null, () => computeOverview(ctx.db, scope));
  }),
  scoreDistribution: coachProcedure
    .input(
      resultsFilterSchema.extend({
        binWidth: z.union([z.literal(5), z.literal(10), z.literal(20)]).default(10),
      }),
    )
    .query(async ({ ctx, input }) => {
      const { binWidth, ...filter } = input;
      const scope = await resolveScope(ctx.db, ctx.user, filter);
      return cachedView(ctx.db, "scoreDistribution", scope, binWidth, () =>
        computeScoreDistribution(ctx.db, scope, binWidth),
      );
    }),
  objectiveMastery: coachProcedure.input(resultsFilterSchema).query(async ({ ctx, input }) => {
    const scope = await resolveScope(ctx.db, ctx.user, input);
    return cachedView(ctx.db, "objectiveMastery", scope, null, () =>
      computeObjectiveMastery(ctx.db, scope),
    );
  }),
  itemAnalysis: coachProcedure.input(resultsFilterSchema).query(async ({ ctx, input }) => {
    const scope = await resolveScope(ctx.db, ctx.user, input);
    return cachedView(ctx.db, "itemAnalysis", scope, null, () =>
      computeItemAnalysis(ctx.db, scope),
    );
  }),
  misconceptions: coachProcedure
    .input(resultsFilterSchema.extend({ limit: z.number().int().min(1).max(100).default(20) }))
    .query(async ({ ctx, input }) => {
      const { limit, ...filter } = input;
      const scope = await resolveScope(ctx.db, ctx.user, filter);
      return cachedView(ctx.db, "misconceptions", scope, limit, () =>
        computeMisconceptions(ctx.db, scope, limit),
      );
    }),
  wrongAnswers: coachProcedure
    .input(
      resultsFilterSchema.extend({
        questionId: questionIdSchema.optional(),
        limit: z.number().int().min(1).max(50).default(5),
      }),
    )
    .query(async ({ ctx, input }) => {
      const { questionId, limit, ...filter } = input;
      const scope = await resolveScope(ctx.db, ctx.user, filter);
      return cachedView(ctx.db, "wrongAnswers", scope, [questionId, limit], () =>
        computeWrongAnswers(ctx.db, scope, questionId, limit),
      );
    }),
  learners: coachProcedure
    .input(
      resultsFilterSchema.extend({
        search: safeText().trim().max(200, "Search for at most 200 characters.").optional(),
        page: z.number().int().min(1).max(100_000).default(1),
        pageSize: z.number().int().min(1).max(100).default(25),
      }),
    )
    .query(async ({ ctx, input }) => {
      const { search, page, pageSize, ...filter } = input;
      const scope = await resolveScope(ctx.db, ctx.user, filter);
      const text = search === "" ? undefined : search;
      return cachedView(ctx.db, "learners", scope, [text, page, pageSize], () =>
        computeLearners(ctx.db, scope, text, page, pageSize),
      );
    }),
  learnerAttempts: coachProcedure
    .input(resultsFilterSchema.extend({ userId: z.uuid("That is not a valid learner id.") }))
    .query(async ({ ctx, input }) => {
      const { userId, ...filter } = input;
      const scope = await resolveScope(ctx.db, ctx.user, filter);
      return computeLearnerAttempts(ctx.db, scope, userId);
    }),
} satisfies TRPCRouterRecord;
