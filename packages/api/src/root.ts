import "server-only";
import { attemptsRouter } from "./routers/attempts/attempts.router";
import { coursesRouter } from "./routers/courses";
import { progressRouter } from "./routers/progress";
import { resultsRouter } from "./routers/results";
import { reviewRouter } from "./routers/review/review.router";
import { usersRouter } from "./routers/users/users.router";
import { createCallerFactory, router } from "./trpc/init";

/** The whole API: one router per domain. */
export const appRouter = router({
  courses: coursesRouter,
  attempts: attemptsRouter,
  progress: progressRouter,
  results: resultsRouter,
  review: reviewRouter,
  users: usersRouter,
});

export type AppRouter = typeof appRouter;

/** A caller for a given context (tests, and the server caller below). */
export const createCaller = createCallerFactory(appRouter);
