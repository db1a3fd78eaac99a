/**
 * Starts an import's writes without waiting for them, so that the next batch is checked and prepared
 * while the database writes the last ones (on PostgreSQL that work runs on the other core). The
 * transaction's one connection runs them in the order they were started. Two writes may be in flight:
 * while the database executes one, the next is already serialised and queued behind it. No more, so
 * that unwritten batches cannot pile up in memory.
 */
export function createWritePipeline(depth = 2) {
  let inFlight: Promise<void>[] = [];
  let failure: { error: unknown } | undefined;

  /** Waits for every write in flight; throws the first failure, which aborted the transaction. */
  async function settle(): Promise<void> {
    await Promise.all(inFlight);
    inFlight = [];
    if (failure) throw failure.error;
  }

  return {
    /** Starts `write` once fewer than `depth` writes are in flight, and returns while it runs. */
    async push(write: () => Promise<void>): Promise<void> {
      if (inFlight.length >= depth) await inFlight.shift();
      if (failure) throw failure.error;
      inFlight.push(
        write().catch((error: unknown) => {
          failure ??= { error };
        }),
      );
    },
    settle,
  };
}
