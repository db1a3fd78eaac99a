import { readEnv } from "../src/env.ts";
import { startServer } from "../src/server.ts";

/**
 * BENCHMARK ONLY: the server as `npm start` runs it (src/main.ts), except that state changes write no
 * audit events, so that sharing-decisions.bench.ts can state what the audit chain costs. The switch is
 * a code option (startServer's `given.auditChain`), not an environment variable; this file lives
 * under bench/, which is not part of the server that ships, and nothing in src/ imports it.
 */
const server = await startServer(readEnv(), { auditChain: false });
server.logger.warn({ url: server.url }, "benchmark server WITHOUT the audit chain");

let stopping = false;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
