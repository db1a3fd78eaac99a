import { readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

const PREFIX = "govshare-e2e-";

/**
 * The embedded database of one test run (about 40 MB), named by the Playwright runner's process id so
 * that a later run can tell which ones are left over.
 */
export function e2eDataDir(runnerPid: number = process.pid): string {
  return path.join(os.tmpdir(), `${PREFIX}${runnerPid}`);
}

/** Removes the databases of earlier runs whose runner is gone; a concurrent run keeps its own. */
export async function removeStaleDataDirs(): Promise<void> {
  const entries = await readdir(os.tmpdir(), { withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isDirectory() || !entry.name.startsWith(PREFIX)) continue;
    const runnerPid = Number(entry.name.slice(PREFIX.length));
    if (!Number.isInteger(runnerPid) || runnerPid === process.pid || isRunning(runnerPid)) continue;
    await rm(path.join(os.tmpdir(), entry.name), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0 only checks that the process exists
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
