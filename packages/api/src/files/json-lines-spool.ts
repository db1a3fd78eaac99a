import { createReadStream, createWriteStream, mkdtempSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { finished } from "node:stream/promises";

/**
 * A temporary file of JSON lines: values that a long streamed job must keep until its end (an export's
 * 信息项 rows, an import's audit events) wait on disk instead of in memory, so that the job's memory
 * does not grow with its size. Written one value at a time, read back once in the same order.
 */
export function createJsonLinesSpool<T>(name: string) {
  const folder = mkdtempSync(join(tmpdir(), `govshare-${name}-`));
  const file = join(folder, `${name}.jsonl`);
  const output = createWriteStream(file);
  // kept for `read` to throw: an unheard stream error (a full disk) would end the server
  let failure: Error | undefined;
  output.on("error", (error) => (failure ??= error));
  return {
    /**
     * Queues one value (synchronous, so that a caller's loop stays so). The file stream writes while
     * the caller next waits: its callers wait on the database between batches, which bounds the queue.
     */
    write(value: T) {
      output.write(`${JSON.stringify(value)}\n`);
    },
    /** Ends the writing and reads every value back, in order. */
    async *read(): AsyncGenerator<T> {
      output.end();
      await finished(output);
      if (failure) throw failure;
      const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
      for await (const line of lines) yield JSON.parse(line) as T;
    },
    /** Deletes the file (whether or not it was read). */
    async remove() {
      output.destroy();
      await rm(folder, { recursive: true, force: true });
    },
  };
}

export type JsonLinesSpool<T> = ReturnType<typeof createJsonLinesSpool<T>>;
