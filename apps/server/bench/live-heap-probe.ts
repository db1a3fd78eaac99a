/**
 * Preloaded into a bench server (with --expose-gc) to measure what it holds live, not what it has
 * allocated: every PROBE_INTERVAL_MS a full garbage collection, then a `live-heap` line on stdout with
 * the V8 heap's used size and the memory of ArrayBuffers (where PGlite's WebAssembly memory lives),
 * in bytes. The heap's committed size and the process's RSS also hold garbage not yet collected and
 * vary by tens of MB between identical runs; after a full collection only live objects remain.
 * The collections pause the server, so runs with the probe measure memory, never time.
 */
const PROBE_INTERVAL_MS = 250;

const collect = (globalThis as { gc?: () => void }).gc;
if (!collect) throw new Error("live-heap-probe needs node --expose-gc");

const report = () => {
  collect();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  process.stdout.write(`live-heap ${heapUsed} ${arrayBuffers}\n`);
};
report();
setInterval(report, PROBE_INTERVAL_MS).unref();
