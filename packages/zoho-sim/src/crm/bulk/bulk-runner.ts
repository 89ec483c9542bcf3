import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BulkJob, downloadUrl, renderCallback } from './bulk-job.ts';
import { type BulkSettings, type BulkSettingsInput, DEFAULT_BULK_SETTINGS } from './bulk-settings.ts';
import { type PageSpec, writePage } from './bulk-writer.ts';

/** What a job reads, fixed when it is created (columns and criteria are validated then). */
export type JobSource = Omit<PageSpec, 'page' | 'perPage' | 'rowsPerSlice' | 'signal'>;

const MINUTE = 60_000;
/** Zoho keeps a result downloadable for one day. */
export const RESULT_TTL_MS = 86_400_000;

/**
 * Bulk Read jobs of every org: ADDED → IN PROGRESS → COMPLETED (file written) or FAILURE, one job
 * written at a time, callbacks posted without blocking anything. Result files live in a temporary
 * directory removed on reset and close.
 */
export class BulkRunner {
  private readonly jobs = new Map<string, { job: BulkJob; source: JobSource }>();
  private readonly queue: string[] = [];
  private readonly downloads = new Map<string, number[]>();
  private readonly pending = new Set<Promise<void>>();
  private settingsNow: BulkSettings = { ...DEFAULT_BULK_SETTINGS };
  private aborter = new AbortController();
  private running = false;
  private dir: string | undefined;

  constructor(private readonly now: () => number) {}

  settings(): BulkSettings {
    return { ...this.settingsNow };
  }

  configure(input: BulkSettingsInput): BulkSettings {
    this.settingsNow = { ...this.settingsNow, ...input };
    return this.settings();
  }

  activeJobs(orgId: string): number {
    let n = 0;
    for (const { job } of this.jobs.values())
      if (job.orgId === orgId && (job.state === 'ADDED' || job.state === 'IN PROGRESS')) n += 1;
    return n;
  }

  add(job: BulkJob, source: JobSource): void {
    this.jobs.set(job.id, { job, source });
    const timer = setTimeout(() => {
      this.queue.push(job.id);
      void this.drain();
    }, this.settingsNow.queued_ms);
    this.aborter.signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  }

  job(orgId: string, id: string): BulkJob | undefined {
    const entry = this.jobs.get(id);
    return entry && entry.job.orgId === orgId ? entry.job : undefined;
  }

  list(orgId: string): BulkJob[] {
    return [...this.jobs.values()].map((e) => e.job).filter((j) => j.orgId === orgId);
  }

  /** Counts a download in the org's one-minute window; false when the window is full. */
  takeDownload(orgId: string): boolean {
    const now = this.now();
    const recent = (this.downloads.get(orgId) ?? []).filter((t) => now - t < MINUTE);
    if (recent.length >= this.settingsNow.downloads_per_minute) {
      this.downloads.set(orgId, recent);
      return false;
    }
    recent.push(now);
    this.downloads.set(orgId, recent);
    return true;
  }

  /** Resolves once no job is waiting or being written and every callback has been posted. */
  async idle(): Promise<void> {
    while (this.running || this.queue.length > 0 || this.pending.size > 0 || this.hasAdded()) {
      await Promise.allSettled([...this.pending]);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  reset(): void {
    this.aborter.abort();
    this.aborter = new AbortController();
    this.jobs.clear();
    this.queue.length = 0;
    this.downloads.clear();
    this.settingsNow = { ...DEFAULT_BULK_SETTINGS };
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.dir = undefined;
  }

  async close(): Promise<void> {
    this.reset();
    await Promise.allSettled([...this.pending]);
  }

  private hasAdded(): boolean {
    for (const { job } of this.jobs.values()) if (job.state === 'ADDED') return true;
    return false;
  }

  private async drain(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (let id = this.queue.shift(); id !== undefined; id = this.queue.shift()) {
        const entry = this.jobs.get(id);
        if (entry) await this.run(entry.job, entry.source, this.aborter.signal);
      }
    } finally {
      this.running = false;
    }
  }

  private async run(job: BulkJob, source: JobSource, signal: AbortSignal): Promise<void> {
    job.state = 'IN PROGRESS';
    const s = this.settingsNow;
    try {
      if (s.fail_next > 0) {
        s.fail_next -= 1;
        throw new Error('injected bulk read failure');
      }
      this.dir ??= mkdtempSync(join(tmpdir(), 'zoho-sim-bulk-'));
      const path = join(this.dir, `${job.id}.zip`);
      const spec = {
        ...source,
        page: job.query.page,
        perPage: s.per_page,
        rowsPerSlice: s.rows_per_slice,
        signal,
      };
      const outcome = await writePage(spec, path, `${job.id}.csv`);
      if (signal.aborted) return;
      job.file = path;
      job.result = {
        page: job.query.page,
        per_page: s.per_page,
        count: outcome.count,
        download_url: downloadUrl(job.id),
        more_records: outcome.moreRecords,
      };
      job.state = 'COMPLETED';
      job.completedAt = this.now();
    } catch {
      if (signal.aborted) return;
      job.state = 'FAILURE';
    }
    this.postCallback(job);
  }

  private postCallback(job: BulkJob): void {
    if (!job.callback) return;
    const p = fetch(job.callback.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(renderCallback(job)),
      signal: this.aborter.signal,
    })
      .then(async (r) => {
        await r.arrayBuffer();
      })
      .catch(() => undefined)
      .finally(() => this.pending.delete(p));
    this.pending.add(p);
  }
}
