import { existsSync } from "node:fs";
import path from "node:path";
import type { FullConfig } from "@playwright/test";
import { removeStaleDataDirs } from "./support/server-data-dir.ts";

export default async function globalSetup(config: FullConfig): Promise<void> {
  // When the tests start the server, it serves apps/console/dist: without a build every page would be
  // a 404 and each test would fail obscurely.
  const builtConsole = path.join(import.meta.dirname, "../dist/index.html");
  if (config.webServer && !existsSync(builtConsole)) {
    throw new Error(`${builtConsole} is missing: run \`pnpm --filter @govshare/console build\` first.`);
  }
  await removeStaleDataDirs();
}
