// Sums every test report that `npm test` wrote (vitest JSON per package and project, Playwright JSON)
// into one closing line, "N passed, N failed", with the breakdown and each failure's name and message
// just above it: CI keeps only the last twenty-odd lines of a long log, and a count alone does not say
// what broke.
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

// a failure's message is cut to its first lines, without blank lines, library stack frames or the
// source excerpt Playwright adds: enough for the assertion and where in our code it failed, no more
const MESSAGE_LINES = 12;
// so many failures mean one broken thing; some say what, all would push the summary out of view
const FAILURES_SHOWN = 20;
const LIBRARY_FRAME = /^\s*at .*(node_modules|<anonymous>|node:internal)/;
const SOURCE_EXCERPT = /^\s*>?\s*\d*\s*\|/;
const noise = (line) => line.trim() === "" || LIBRARY_FRAME.test(line) || SOURCE_EXCERPT.test(line);
const ANSI_ESCAPES = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g");

function firstLines(message) {
  const lines = String(message ?? "")
    .replace(ANSI_ESCAPES, "")
    .trim()
    .split("\n")
    .filter((line) => !noise(line));
  const shown = lines.slice(0, MESSAGE_LINES);
  if (lines.length > MESSAGE_LINES) shown.push(`… (${lines.length - MESSAGE_LINES} more lines)`);
  return shown.join("\n");
}

function vitestFailures(root, report) {
  const failures = [];
  for (const file of report.testResults ?? []) {
    const where = path.relative(root, file.name ?? "");
    const failed = (file.assertionResults ?? []).filter((test) => test.status === "failed");
    if (file.status === "failed" && failed.length === 0)
      failures.push({ title: where, message: file.message });
    for (const test of failed) {
      const line = test.location ? `:${test.location.line}` : "";
      failures.push({
        title: `${where}${line} › ${test.fullName}`,
        message: test.failureMessages?.join("\n"),
      });
    }
  }
  return failures;
}

/**
 * Playwright's failed tests, and its flaky ones (failed, then passed on the retry): those count as
 * passed, but are listed with their first failure, so that a flake is seen and can be fixed.
 */
function playwrightFailures(report) {
  const failures = [];
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== "unexpected" && test.status !== "flaky") continue;
        // a flaky test's failed attempt; a failed test's last one
        const results = test.results ?? [];
        const attempt = test.status === "flaky" ? results[0] : results.at(-1);
        const errors = attempt?.errors ?? [];
        failures.push({
          flaky: test.status === "flaky",
          title: `${spec.file}:${spec.line} › ${[...titles, spec.title].join(" › ")}`,
          message: errors.map((error) => error.message ?? error.value).join("\n"),
        });
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
  };
  // the top suites are the spec files, already named by each spec's file and line
  for (const suite of report.suites ?? []) walk(suite, []);
  return failures;
}

/** Deletes earlier reports, so that a package whose tests did not run cannot pass on old results. */
export function removeReports(root) {
  for (const { file } of reportFiles(root)) rmSync(file);
}

/** Prints the summary; returns false when any test failed or no test ran at all. */
export function summarizeTests(root) {
  const total = { passed: 0, failed: 0, skipped: 0 };
  const reports = reportFiles(root).map((found) => ({
    ...found,
    report: JSON.parse(readFileSync(found.file, "utf8")),
  }));
  const failures = reports.flatMap(({ workspace, kind, report }) =>
    (kind === "vitest.json" ? vitestFailures(root, report) : playwrightFailures(report)).map((failure) => ({
      workspace,
      ...failure,
    })),
  );
  console.log("\n== test summary ==");
  for (const { workspace, kind, report } of reports) {
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
  // after the breakdown, flaky ones first and failures last: the log's last lines say what failed and
  // why; of too many, the last ones are shown
  failures.sort((a, b) => Number(b.flaky ?? false) - Number(a.flaky ?? false));
  if (failures.length > FAILURES_SHOWN) {
    console.log(`== ${failures.length - FAILURES_SHOWN} more failed or flaky tests in the log above`);
  }
  for (const { workspace, title, message, flaky } of failures.slice(-FAILURES_SHOWN)) {
    const what = flaky ? "FLAKY, passed on retry" : "FAILED";
    console.log(`== ${what} (${workspace}) ${title}\n${firstLines(message)}`);
  }
  const flaky = failures.filter((failure) => failure.flaky).length;
  const line = `${total.passed} passed${flaky ? ` (${flaky} only on retry)` : ""}, ${total.failed} failed`;
  console.log(total.skipped ? `${line}, ${total.skipped} skipped` : line);
  return total.failed === 0 && total.passed > 0;
}
