export { startServer, type RunningServer } from "./server.ts";
export { readEnv, type Env } from "./env.ts";
