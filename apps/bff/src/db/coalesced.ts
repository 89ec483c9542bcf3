/**
 * Sends many small writes as one statement: an item added while a statement is in flight waits for it
 * and goes with every other one added meanwhile, in the next statement; items added in the same turn of
 * the event loop start out together. At low load an item still goes at once; at high load a hundred cost
 * one round trip instead of a hundred. Each caller's promise settles with its statement, so a caller
 * that must know its write is committed (a mark before a Zoho call) still waits for exactly that.
 */
export function coalesced<T>(send: (items: T[]) => Promise<void>): (item: T) => Promise<void> {
  let waiting: { item: T; settle: (error?: unknown) => void }[] = [];
  let sending = false;

  const flush = async () => {
    while (waiting.length > 0) {
      const batch = waiting;
      waiting = [];
      const error = await send(batch.map((w) => w.item)).then(
        () => undefined,
        (failure: unknown) => failure ?? new Error('the coalesced statement failed'),
      );
      for (const w of batch) w.settle(error);
    }
    sending = false;
  };

  return (item) =>
    new Promise<void>((resolve, reject) => {
      waiting.push({ item, settle: (error) => (error === undefined ? resolve() : reject(error)) });
      if (sending) return;
      sending = true;
      setImmediate(() => void flush());
    });
}
