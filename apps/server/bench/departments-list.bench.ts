import { benchToken, load, startBenchServer, withBenchDatabases } from "./harness.ts";

/**
 * departments.list over HTTP through tRPC, against a bare node:http route on the same server that
 * returns the same rows (same service call, no tRPC). Goal: tRPC ≥ 0.7× the bare route.
 */
export async function benchDepartmentsList(options: { connections: number; seconds: number }) {
  const input = encodeURIComponent(JSON.stringify({ page: 1, pageSize: 20 }));
  return withBenchDatabases(async (database) => {
    const server = await startBenchServer(database);
    try {
      // both routes carry the same token; tRPC resolves it (one indexed lookup), the bare route does not
      const headers = { authorization: `Bearer ${await benchToken(server.url)}` };
      const bare = await load(`${server.url}/bench/departments`, { ...options, headers });
      const trpc = await load(`${server.url}/trpc/departments.list?input=${input}`, { ...options, headers });
      return { bare, trpc, ratio: Math.round((trpc.requestsPerSecond / bare.requestsPerSecond) * 100) / 100 };
    } finally {
      await server.stop();
    }
  });
}
