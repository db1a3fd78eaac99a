import path from "node:path";
import { defineConfig } from "prisma/config";

// No native schema engine can be downloaded here: route the CLI's engine calls through the shim that
// forwards them to @prisma/schema-engine-wasm (tooling/prisma-engine).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve(
  import.meta.dirname,
  "../../tooling/prisma-engine/schema-engine-shim.mjs",
);

export default defineConfig({
  schema: "../../prisma/schema.prisma",
  migrations: { path: "../../prisma/migrations" },
  // env() throws when unset, and `prisma generate` needs no database.
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/govshare" },
});
