import { SIM_SEARCH_INDEX_LAG_SECONDS } from './sim-defaults.ts';

/**
 * Reads again, as an agent reloading the panel would, until `found` holds or the search-index lag has
 * surely passed (twice over); then answers the last read for the test's own assertion.
 */
export async function untilSearchable<T>(read: () => Promise<T>, found: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + SIM_SEARCH_INDEX_LAG_SECONDS * 2000 + 1000;
  for (;;) {
    const value = await read();
    if (found(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
