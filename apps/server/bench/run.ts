import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { benchCatalogue, catalogueOptionsFromEnv } from "./catalogue.bench.ts";
import { benchDashboard, dashboardOptionsFromEnv } from "./dashboard.bench.ts";
import { benchDepartmentsList } from "./departments-list.bench.ts";
import { benchSharingDecisions, sharingOptionsFromEnv } from "./sharing-decisions.bench.ts";

// `npm run bench`: every benchmark, one JSON summary on stdout and in bench-results/latest.json.
// BENCH_ONLY=departments|catalogue|sharing|dashboard runs one of them (comma-separated for several).
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const only = process.env.BENCH_ONLY?.split(",").map((name) => name.trim());
const runs = (name: string) => !only || only.includes(name);

const startedAt = new Date().toISOString();
// other work on the machine skews every figure: the load averages say whether there was any
const loadAtStart = os.loadavg().map((load) => Math.round(load * 100) / 100);
const loadSamples: number[] = [];
const loadSampler = setInterval(() => loadSamples.push(os.loadavg()[0]!), 10_000);
const catalogueOptions = runs("catalogue") ? catalogueOptionsFromEnv() : undefined;
const results = {
  ...(runs("departments") && {
    departmentsList: await benchDepartmentsList({ connections, seconds }),
  }),
  ...(catalogueOptions && (await benchCatalogue(catalogueOptions))),
  ...(runs("sharing") && { sharingDecisions: await benchSharingDecisions(sharingOptionsFromEnv()) }),
  ...(runs("dashboard") && { dashboard: await benchDashboard(dashboardOptionsFromEnv()) }),
};
clearInterval(loadSampler);
const summary = {
  startedAt,
  finishedAt: new Date().toISOString(),
  machine: {
    cpus: os.cpus().length,
    loadavgAtStart: loadAtStart,
    loadavgAtEnd: os.loadavg().map((load) => Math.round(load * 100) / 100),
    /** the 1-minute load average every 10 s during the run: above the core count, something else ran */
    load1mDuringRun: loadSamples.length
      ? {
          min: Math.min(...loadSamples),
          mean:
            Math.round((loadSamples.reduce((sum, load) => sum + load, 0) / loadSamples.length) * 100) / 100,
          max: Math.max(...loadSamples),
        }
      : null,
  },
  connections,
  seconds,
  ...(catalogueOptions && { catalogueOptions }),
  results,
};
const text = JSON.stringify(summary, null, 2);
console.log(text);
// the sharing table again after the JSON, where a reader of the terminal finds it
if (results.sharingDecisions) console.error(results.sharingDecisions.table.join("\n"));
const out = path.resolve(import.meta.dirname, "../../../bench-results");
await mkdir(out, { recursive: true });
await writeFile(path.join(out, only ? `latest-${only.join("-")}.json` : "latest.json"), text + "\n");
