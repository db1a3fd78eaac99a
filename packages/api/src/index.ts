export { appRouter, type AppRouter } from "./root.ts";
export { createContext, type Context, type CreateContextOptions } from "./context.ts";
export { createCallerFactory } from "./trpc.ts";
