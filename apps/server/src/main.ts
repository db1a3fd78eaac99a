import { DEMO_PASSWORD } from "@govshare/db";
import { readEnv } from "./env.ts";
import { startServer } from "./server.ts";

// `npm start` lands here: read the configuration, start, and stop cleanly on SIGTERM/SIGINT.
const env = readEnv();
const server = await startServer(env);
server.logger.info({ url: server.url, database: server.database.kind }, "govshare is serving");
console.log(`\n  govshare: ${server.url}  (database: ${server.database.kind})`);
if (server.demoUsers.length) {
  console.log(`  demo sign-ins (password ${DEMO_PASSWORD}):`);
  for (const user of server.demoUsers) console.log(`    ${user.username.padEnd(11)} ${user.description}`);
}
console.log("");

let stopping = false;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.logger.info({ signal }, "shutting down");
    const force = setTimeout(() => process.exit(1), 10_000).unref();
    server.close().then(
      () => {
        clearTimeout(force);
        process.exit(0);
      },
      (error: unknown) => {
        server.logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  });
}
