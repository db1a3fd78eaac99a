import { auditRouter } from "./audit/router.ts";
import { authRouter } from "./auth/router.ts";
import { departmentsRouter } from "./departments/router.ts";
import { resourcesRouter } from "./resources/router.ts";
import { calendarRouter } from "./calendar/router.ts";
import { objectionsRouter } from "./objections/router.ts";
import { notificationsRouter } from "./notifications/router.ts";
import { grantsRouter, sharingRouter } from "./sharing/router.ts";
import { rankingsRouter } from "./rankings/router.ts";
import { targetsRouter } from "./targets/router.ts";
import { dashboardRouter } from "./dashboard/router.ts";
import { tokensRouter } from "./tokens/router.ts";
import { createTRPCRouter } from "./trpc.ts";
import { usersRouter } from "./users/router.ts";
import { workPlanRouter } from "./work-plan/router.ts";
import { supervisionRouter } from "./supervision/router.ts";
import { noticesRouter } from "./notices/router.ts";

export const appRouter = createTRPCRouter({
  auth: authRouter,
  departments: departmentsRouter,
  users: usersRouter,
  tokens: tokensRouter,
  audit: auditRouter,
  resources: resourcesRouter,
  sharing: sharingRouter,
  grants: grantsRouter,
  calendar: calendarRouter,
  objections: objectionsRouter,
  notifications: notificationsRouter,
  targets: targetsRouter,
  dashboard: dashboardRouter,
  workPlan: workPlanRouter,
  supervision: supervisionRouter,
  notices: noticesRouter,
  rankings: rankingsRouter,
});

export type AppRouter = typeof appRouter;
