import { describe, expect, it } from "vitest";
import { createWritePipeline } from "./write-pipeline.ts";

/** A write that finishes when the test says so, recording when it started and ended. */
function controlledWrite(name: string, log: string[]) {
  let finish!: (error?: Error) => void;
  const done = new Promise<void>((resolve, reject) => {
    finish = (error) => (error ? reject(error) : resolve());
  });
  return {
    write: () => {
      log.push(`start ${name}`);
      return done.then(() => void log.push(`end ${name}`));
    },
    finish,
  };
}

describe("write pipeline", () => {
  it("starts writes at once, keeps at most two in flight and settles them all", async () => {
    const log: string[] = [];
    const pipeline = createWritePipeline();
    const [a, b, c] = ["a", "b", "c"].map((name) => controlledWrite(name, log));
    await pipeline.push(a!.write);
    await pipeline.push(b!.write);
    expect(log).toEqual(["start a", "start b"]);
    const third = pipeline.push(c!.write);
    await Promise.resolve();
    expect(log).toEqual(["start a", "start b"]); // waits for a before starting c
    a!.finish();
    await third;
    expect(log).toEqual(["start a", "start b", "end a", "start c"]);
    b!.finish();
    c!.finish();
    await pipeline.settle();
    expect(log).toEqual(["start a", "start b", "end a", "start c", "end b", "end c"]);
  });

  it("rethrows the first failure and starts nothing after it", async () => {
    const log: string[] = [];
    const pipeline = createWritePipeline();
    const [a, b, c] = ["a", "b", "c"].map((name) => controlledWrite(name, log));
    await pipeline.push(a!.write);
    await pipeline.push(b!.write);
    a!.finish(new Error("unique violation"));
    b!.finish(new Error("current transaction is aborted"));
    await expect(pipeline.push(c!.write)).rejects.toThrow("unique violation");
    await expect(pipeline.settle()).rejects.toThrow("unique violation");
    expect(log).not.toContain("start c");
  });
});
