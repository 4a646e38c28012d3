import "server-only";
import { accommodationsRouter } from "./routers/accommodations/accommodations.router";
import { regradeRouter } from "./routers/regrade/regrade.router";
import { auditRouter } from "./routers/audit/audit.router";
import { attemptsRouter } from "./routers/attempts/attempts.router";
import { authoringRouter } from "./routers/authoring/authoring.router";
import { manageableCoursesRouter, publishedCoursesRouter } from "./routers/courses";
import { dashboardRouter } from "./routers/dashboard/dashboard.router";
import { progressRouter } from "./routers/progress";
import { resultsRouter } from "./routers/results/results.router";
import { reviewRouter } from "./routers/review/review.router";
import { accountRouter, peopleRouter } from "./routers/users/users.router";
import { createCallerFactory, router } from "./trpc/init";

/**
 * The learner site's API: published content, the learner's own attempts, progress, practice
 * and account. No coach or admin procedure is mounted here (docs/decisions/0017), so none can
 * answer on the learner site, whatever a session's role.
 */
export const learnerRouter = router({
  courses: publishedCoursesRouter,
  attempts: attemptsRouter,
  progress: progressRouter,
  review: reviewRouter,
  users: accountRouter,
});

/**
 * The admin app's API: courses to manage and author, results, people, the signed-in person's
 * account, the home page's overview and the audit log.
 */
export const adminRouter = router({
  courses: manageableCoursesRouter,
  authoring: authoringRouter,
  results: resultsRouter,
  users: { ...accountRouter, ...peopleRouter },
  dashboard: dashboardRouter,
  audit: auditRouter,
  accommodations: accommodationsRouter,
  regrade: regradeRouter,
});

export type LearnerRouter = typeof learnerRouter;
export type AdminRouter = typeof adminRouter;

/** A learner-site caller for a given context (the learner site's server caller, and tests). */
export const createLearnerCaller = createCallerFactory(learnerRouter);
/** An admin-app caller for a given context (the admin app's server caller, and tests). */
export const createAdminCaller = createCallerFactory(adminRouter);

export type LearnerCaller = ReturnType<typeof createLearnerCaller>;
export type AdminCaller = ReturnType<typeof createAdminCaller>;
