import { QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, TRPCClientError } from "@trpc/client";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
// type only: the server's code must never end up in the browser bundle
import type { AppRouter } from "@govshare/api";

/** A 4xx will not change on retry (bad input, forbidden); only transient failures are worth repeating. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  const httpStatus =
    error instanceof TRPCClientError
      ? (error.data as { httpStatus?: number } | undefined)?.httpStatus
      : undefined;
  if (httpStatus !== undefined && httpStatus >= 400 && httpStatus < 500) return false;
  return failureCount < 2;
}

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { staleTime: 10_000, retry: shouldRetry },
  },
});

export const trpcClient = createTRPCClient<AppRouter>({
  links: [
    httpBatchLink({
      // same origin as the console: the server serves both, and the dev server proxies /trpc
      url: "/trpc",
      fetch: (url, init) => fetch(url, { ...(init as RequestInit), credentials: "same-origin" }),
    }),
  ],
});

/** Module-level proxy (CONVENTIONS.md rule 10): `useQuery(trpc.departments.list.queryOptions(input))`. */
export const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
