/**
 * Sends many small statements as one: an item added while a statement is in flight waits for it and goes
 * with every other one added meanwhile, in the next statement; items added in the same turn of the event
 * loop start out together. At low load an item still goes at once; at high load a hundred cost one round
 * trip instead of a hundred. Each caller's promise settles with its own statement (and answer), so a
 * caller that must know its write is committed (a mark before a Zoho call) still waits for exactly that.
 */
export function coalescedCalls<T, R>(run: (items: T[]) => Promise<R[]>): (item: T) => Promise<R> {
  let waiting: { item: T; resolve: (answer: R) => void; reject: (error: unknown) => void }[] = [];
  let sending = false;

  const flush = async () => {
    while (waiting.length > 0) {
      const batch = waiting;
      waiting = [];
      try {
        const answers = await run(batch.map((w) => w.item));
        batch.forEach((w, i) => w.resolve(answers[i] as R));
      } catch (error) {
        for (const w of batch) w.reject(error);
      }
    }
    sending = false;
  };

  return (item) =>
    new Promise<R>((resolve, reject) => {
      waiting.push({ item, resolve, reject });
      if (sending) return;
      sending = true;
      setImmediate(() => void flush());
    });
}

/** coalescedCalls for writes without an answer. */
export function coalesced<T>(send: (items: T[]) => Promise<void>): (item: T) => Promise<void> {
  return coalescedCalls(async (items: T[]) => {
    await send(items);
    return items.map(() => undefined);
  });
}
