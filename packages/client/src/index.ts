import type { AppRouter } from "@govshare/api";
import { createTRPCClient, httpBatchLink, TRPCClientError } from "@trpc/client";

export interface GovshareClientOptions {
  /** The server's base URL, e.g. http://127.0.0.1:3000 (the client adds /trpc). */
  url: string;
  /** A personal API token (Authorization: Bearer …); without one, only public procedures answer. */
  token?: string;
  /** For runtimes without a global fetch, or to add tracing. */
  fetch?: typeof fetch;
}

/**
 * The typed client for developers integrating with govshare. Every procedure of the API is a typed
 * method: `await client.departments.list.query({ page: 1 })`. Errors are `TRPCClientError`s whose
 * `data.code` is the tRPC code (e.g. "FORBIDDEN") and `message` is "中文 / English".
 */
export function createGovshareClient(options: GovshareClientOptions) {
  const base = options.url.replace(/\/+$/, "");
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: `${base}/trpc`,
        fetch: options.fetch,
        headers: () => (options.token ? { authorization: `Bearer ${options.token}` } : {}),
      }),
    ],
  });
}

export type GovshareClient = ReturnType<typeof createGovshareClient>;
export { TRPCClientError };
export type { AppRouter };
