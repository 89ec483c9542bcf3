export interface Secret {
  label: string;
  value: string;
  /** Some values (the CSRF token) legitimately appear in a body but never in a log. */
  logsOnly?: boolean;
}

/** Collects every response body and log line a stack saw, and every secret it knows, to search one for the other. */
export class LeakRecorder {
  readonly bodies: { url: string; body: string }[] = [];
  readonly logLines: string[] = [];
  readonly secrets: Secret[] = [];

  addSecret(secret: Secret): void {
    // Very short values would match by accident; every real secret here is long.
    if (secret.value.length >= 8) this.secrets.push(secret);
  }

  async recordBody(url: string, response: Response): Promise<void> {
    this.bodies.push({ url, body: await response.clone().text() });
  }

  /** A pino destination: every line the app logs lands here. */
  readonly logDestination = { write: (line: string) => void this.logLines.push(line) };

  /** Human-readable findings; empty when nothing leaked. */
  findLeaks(): string[] {
    const findings: string[] = [];
    for (const secret of this.secrets) {
      if (!secret.logsOnly) {
        const hit = this.bodies.find(({ body }) => body.includes(secret.value));
        if (hit) findings.push(`${secret.label} in the response body of ${hit.url}`);
      }
      if (this.logLines.some((line) => line.includes(secret.value)))
        findings.push(`${secret.label} in a log line`);
    }
    return findings;
  }
}
