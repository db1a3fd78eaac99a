// Sums every test report that `npm test` wrote (vitest JSON per package and project, Playwright JSON)
// into one closing line, "N passed, N failed", with the breakdown above it.
import { existsSync, readFileSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";

function reportFiles(root) {
  const files = [];
  for (const group of ["apps", "packages", "tooling"]) {
    const dir = path.join(root, group);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      for (const report of ["vitest.json", "playwright.json"]) {
        const file = path.join(dir, name, "test-results", report);
        if (existsSync(file)) files.push({ workspace: `${group}/${name}`, file, kind: report });
      }
    }
  }
  return files;
}

function countVitest(report) {
  // one report per workspace, unit and integration (PGlite and PostgreSQL) runs together
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const file of report.testResults ?? []) {
    if (file.status === "failed" && (file.assertionResults ?? []).length === 0) counts.failed++; // failed to load
    for (const test of file.assertionResults ?? []) {
      if (test.status === "passed") counts.passed++;
      else if (test.status === "failed") counts.failed++;
      else counts.skipped++;
    }
  }
  return { vitest: counts };
}

function countPlaywright(report) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const stats = report.stats ?? {};
  counts.passed = (stats.expected ?? 0) + (stats.flaky ?? 0);
  counts.failed = stats.unexpected ?? 0;
  counts.skipped = stats.skipped ?? 0;
  return { e2e: counts };
}

/** Deletes earlier reports, so that a package whose tests did not run cannot pass on old results. */
export function removeReports(root) {
  for (const { file } of reportFiles(root)) rmSync(file);
}

/** Prints the summary; returns false when any test failed or no test ran at all. */
export function summarizeTests(root) {
  const total = { passed: 0, failed: 0, skipped: 0 };
  console.log("\n== test summary ==");
  for (const { workspace, file, kind } of reportFiles(root)) {
    const report = JSON.parse(readFileSync(file, "utf8"));
    const byProject = kind === "vitest.json" ? countVitest(report) : countPlaywright(report);
    for (const [project, counts] of Object.entries(byProject)) {
      console.log(
        `  ${workspace.padEnd(26)} ${project.padEnd(9)} ${counts.passed} passed, ${counts.failed} failed`,
      );
      total.passed += counts.passed;
      total.failed += counts.failed;
      total.skipped += counts.skipped;
    }
  }
  const line = `${total.passed} passed, ${total.failed} failed`;
  console.log(total.skipped ? `${line}, ${total.skipped} skipped` : line);
  return total.failed === 0 && total.passed > 0;
}
