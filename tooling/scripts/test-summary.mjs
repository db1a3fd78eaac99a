// Sums every test report that `npm test` wrote (vitest JSON per package and project, Playwright JSON)
// into one closing line, "N passed, N failed", with the breakdown above it, and repeats each failure's
// message there: CI keeps only the end of a long log, and a count alone does not say what broke.
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

// a failure's message is cut to its first lines, stack frames of libraries left out: enough for the
// assertion and where in our code it failed, no more
const MESSAGE_LINES = 15;
// so many failures mean one broken thing; the first ones say what, the rest would push them out of view
const FAILURES_SHOWN = 20;
const LIBRARY_FRAME = /^\s*at .*(node_modules|<anonymous>|node:internal)/;
const ANSI_ESCAPES = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g");

function firstLines(message) {
  const lines = String(message ?? "")
    .replace(ANSI_ESCAPES, "")
    .trim()
    .split("\n")
    .filter((line) => !LIBRARY_FRAME.test(line));
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

function playwrightFailures(report) {
  const failures = [];
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== "unexpected") continue;
        const errors = (test.results ?? []).flatMap((result) => result.errors ?? []);
        failures.push({
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
  for (const { workspace, title, message } of failures.slice(0, FAILURES_SHOWN)) {
    console.log(`\n== FAILED (${workspace}) ${title}\n${firstLines(message)}`);
  }
  if (failures.length > FAILURES_SHOWN) {
    console.log(`\n== … and ${failures.length - FAILURES_SHOWN} more failed tests (see the log above)`);
  }
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
  const line = `${total.passed} passed, ${total.failed} failed`;
  console.log(total.skipped ? `${line}, ${total.skipped} skipped` : line);
  return total.failed === 0 && total.passed > 0;
}
