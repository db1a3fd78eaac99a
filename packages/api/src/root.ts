import { departmentsRouter } from "./departments/router.ts";
import { createTRPCRouter } from "./trpc.ts";

export const appRouter = createTRPCRouter({
  departments: departmentsRouter,
});

export type AppRouter = typeof appRouter;
