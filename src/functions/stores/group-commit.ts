/**
 * Group commit: writes that arrive together share one transaction, and so one fsync, and each is acknowledged only
 * once the commit that holds it has returned. Hand-written, as it is small: DataLoader, the usual batcher, caches by
 * key, starts a new batch while the last is still committing instead of gathering the next one behind it, and has no
 * way to wait for what is pending, which close() needs.
 */

/** Per item of a batch, in order: `undefined` when it was committed, or why it alone was refused. */
export type Outcome = Error | undefined;

/**
 * Commits a batch in one transaction and says what became of each item. Throwing means nothing in the batch was
 * committed: every item's add() rejects with that error.
 */
export type CommitBatch<T> = (items: readonly T[]) => Outcome[] | Promise<Outcome[]>;

export interface GroupCommit<T> {
  /** Resolves once the transaction holding `item` has committed; rejects if it was refused or its batch failed. */
  add: (item: T) => Promise<void>;
  /** Resolves once every item added so far has been committed or refused. Never rejects. */
  flush: () => Promise<void>;
}

interface Waiter<T> {
  item: T;
  resolve: () => void;
  reject: (error: Error) => void;
}

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));

export function groupCommit<T>(commitBatch: CommitBatch<T>): GroupCommit<T> {
  let queue: Waiter<T>[] = [];
  let draining: Promise<void> | undefined;

  const drain = async () => {
    // setImmediate runs after this turn's I/O callbacks and the promise jobs they start, so the posts that arrived
    // together (read in one poll of the sockets) are in the queue before the first batch is taken.
    await new Promise((resolve) => setImmediate(resolve));
    // While one batch commits (if the commit is asynchronous), the next one gathers.
    while (queue.length > 0) {
      const batch = queue;
      queue = [];
      let outcomes: Outcome[];
      try {
        outcomes = await commitBatch(batch.map((waiter) => waiter.item));
        // An answer that does not match the batch cannot say which items are on disk: none is acknowledged.
        if (outcomes.length !== batch.length) throw new Error('The commit did not answer for every item in its batch.');
      } catch (error) {
        outcomes = batch.map(() => asError(error));
      }
      batch.forEach((waiter, index) => {
        const refused = outcomes[index];
        if (refused) waiter.reject(refused);
        else waiter.resolve();
      });
    }
    draining = undefined;
  };

  return {
    add: (item) =>
      new Promise<void>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        draining ??= drain();
      }),
    flush: () => draining ?? Promise.resolve(),
  };
}
