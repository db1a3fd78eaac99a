import type { inferRouterOutputs } from "@trpc/server";
// type only: the server's code must never end up in the browser bundle
import type { AppRouter } from "@govshare/api";

/** What each procedure returns, exactly as the router declares it: `RouterOutputs["audit"]["list"]`. */
export type RouterOutputs = inferRouterOutputs<AppRouter>;
