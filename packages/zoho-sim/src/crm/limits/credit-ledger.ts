const WINDOW_MS = 24 * 3_600_000;
const BUCKET_MS = 60_000;

/**
 * Credits spent by one org over a rolling 24 hours, in one-minute buckets: credits spent in a minute
 * become available again 24 hours later (Zoho's "rolling window").
 */
export class CreditLedger {
  private readonly buckets: { start: number; credits: number }[] = [];

  used(now: number): number {
    while (this.buckets.length > 0 && (this.buckets[0]?.start ?? 0) + WINDOW_MS <= now) this.buckets.shift();
    return this.buckets.reduce((sum, b) => sum + b.credits, 0);
  }

  charge(now: number, credits: number): void {
    if (credits <= 0) return;
    const start = now - (now % BUCKET_MS);
    const last = this.buckets[this.buckets.length - 1];
    if (last && last.start === start) last.credits += credits;
    else this.buckets.push({ start, credits });
  }
}
