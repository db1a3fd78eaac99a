import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, TRPCClientError } from "@trpc/client";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
// type only: the server's code must never end up in the browser bundle
import type { AppRouter } from "@govshare/api";
import { isUnauthorized } from "./errors/server-error.ts";

/** A 4xx will not change on retry (bad input, forbidden); only transient failures are worth repeating. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  const httpStatus =
    error instanceof TRPCClientError
      ? (error.data as { httpStatus?: number } | undefined)?.httpStatus
      : undefined;
  if (httpStatus !== undefined && httpStatus >= 400 && httpStatus < 500) return false;
  return failureCount < 2;
}

/**
 * A call refused with UNAUTHORIZED means the session is over (expired, ended by an administrator, the
 * user disabled). Asking auth.me again settles it: once it answers null, RequireSignIn sends the user
 * to the sign-in page with the page they were on as ?next=. A wrong password is UNAUTHORIZED too; then
 * auth.me is null already and nothing changes.
 */
function onServerError(error: unknown): void {
  if (isUnauthorized(error)) void queryClient.invalidateQueries(trpc.auth.me.queryFilter());
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onServerError }),
  mutationCache: new MutationCache({ onError: onServerError }),
  defaultOptions: {
    queries: { staleTime: 10_000, retry: shouldRetry },
  },
});

export const trpcClient = createTRPCClient<AppRouter>({
  links: [
    httpBatchLink({
      // same origin as the console: the server serves both, and the dev server proxies /trpc
      url: "/trpc",
      // Queries batch into one GET. A page that asks for one detail per row (the not-shared register,
      // 200 rows) would pass Node's 16 KB limit on a request's head and get 431: split long batches.
      maxURLLength: 8000,
      fetch: (url, init) => fetch(url, { ...(init as RequestInit), credentials: "same-origin" }),
    }),
  ],
});

/** Module-level proxy (CONVENTIONS.md rule 10): `useQuery(trpc.departments.list.queryOptions(input))`. */
export const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
