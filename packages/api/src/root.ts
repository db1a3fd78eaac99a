import { auditRouter } from "./audit/router.ts";
import { authRouter } from "./auth/router.ts";
import { departmentsRouter } from "./departments/router.ts";
import { resourcesRouter } from "./resources/router.ts";
import { calendarRouter } from "./calendar/router.ts";
import { objectionsRouter } from "./objections/router.ts";
import { grantsRouter, sharingRouter } from "./sharing/router.ts";
import { tokensRouter } from "./tokens/router.ts";
import { createTRPCRouter } from "./trpc.ts";
import { usersRouter } from "./users/router.ts";

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
});

export type AppRouter = typeof appRouter;
