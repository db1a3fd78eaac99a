export { appRouter, type AppRouter } from "./root.ts";
export { createContext, type Context, type CreateContextOptions } from "./context.ts";
export { createCallerFactory } from "./trpc.ts";
/** Exported for the server's bare benchmark route only: everything else goes through the router. */
export { listDepartments } from "./departments/service.ts";
