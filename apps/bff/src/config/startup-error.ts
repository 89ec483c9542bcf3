/**
 * A start-up step failed for a reason the operator fixes in the environment: the message names the variable
 * (never its secret parts), so "fetch failed: connect ECONNREFUSED" says which of several URLs was meant.
 */
export class StartupError extends Error {
  constructor(
    readonly setting: string,
    message: string,
  ) {
    super(`${setting}: ${message}`);
    this.name = 'StartupError';
  }
}

/** "fetch failed: connect ECONNREFUSED 127.0.0.1:9": messages only, because causes may carry response bodies. */
export function causeChain(error: unknown): string {
  const messages: string[] = [];
  for (let at: unknown = error; at instanceof Error && messages.length < 5; at = at.cause) {
    if (at.message && !messages.includes(at.message)) messages.push(at.message);
  }
  return messages.join(': ') || String(error);
}

/** Runs one start-up step; its failure becomes a StartupError naming `setting`. */
export async function namingSetting<T>(setting: string, what: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    throw new StartupError(setting, `${what}: ${causeChain(error)}`);
  }
}

/** Where DATABASE_URL points, without user or password: `host:port/database`. */
export function databaseTarget(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return 'an unparsable URL';
  }
}
