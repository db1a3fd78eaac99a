import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { benchDepartmentsList } from "./departments-list.bench.ts";

// `npm run bench`: every benchmark, one JSON summary on stdout and in bench-results/latest.json.
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);

const startedAt = new Date().toISOString();
const results = {
  departmentsList: await benchDepartmentsList({ connections, seconds }),
};
const summary = {
  startedAt,
  machine: { cpus: (await import("node:os")).cpus().length },
  connections,
  seconds,
  results,
};
const text = JSON.stringify(summary, null, 2);
console.log(text);
const out = path.resolve(import.meta.dirname, "../../../bench-results");
await mkdir(out, { recursive: true });
await writeFile(path.join(out, "latest.json"), text + "\n");
