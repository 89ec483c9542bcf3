import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import type { ModuleStore } from '../store/module-store.ts';
import type { RecordTest } from './bulk-criteria.ts';
import { type Column, csvRow } from './bulk-csv.ts';

export interface PageSpec {
  store: ModuleStore;
  columns: Column[];
  test?: RecordTest;
  idOf: (seq: number) => string;
  page: number;
  perPage: number;
  /** Records handled between two yields to the event loop, so the simulator keeps answering. */
  rowsPerSlice: number;
  signal: AbortSignal;
}

export interface PageOutcome {
  count: number;
  moreRecords: boolean;
}

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Streams one page of a module (records in id order, after the criteria) as `<name>.csv` inside a
 * zip written to `path`. Memory stays flat whatever the page size: rows go out in small chunks with
 * back-pressure, and generated records are rebuilt one at a time.
 */
export async function writePage(spec: PageSpec, path: string, csvName: string): Promise<PageOutcome> {
  const csv = new PassThrough();
  const zip = new ZipFile();
  zip.addReadStream(csv, csvName);
  zip.end();
  const written = pipeline(zip.outputStream, createWriteStream(path));
  let outcome: PageOutcome;
  try {
    outcome = await feedRows(spec, csv);
  } catch (error) {
    csv.destroy(error as Error);
    await written.catch(() => undefined);
    throw error;
  }
  await written;
  return outcome;
}

async function feedRows(spec: PageSpec, csv: PassThrough): Promise<PageOutcome> {
  const skip = (spec.page - 1) * spec.perPage;
  let matched = 0;
  let count = 0;
  let sinceYield = 0;
  let chunk = csvRow(spec.columns.map((c) => c.header));
  for (const seq of spec.store.seqs()) {
    if (++sinceYield >= spec.rowsPerSlice) {
      sinceYield = 0;
      if (chunk && !csv.write(chunk)) await once(csv, 'drain');
      chunk = '';
      await yieldToLoop();
      spec.signal.throwIfAborted();
    }
    // Without criteria, records before the page are only counted, never rebuilt.
    if (!spec.test && matched < skip) {
      matched += 1;
      continue;
    }
    const rec = spec.store.get(seq);
    if (!rec || (spec.test && !spec.test(rec, spec.idOf(seq)))) continue;
    matched += 1;
    if (matched <= skip) continue;
    if (count === spec.perPage) {
      csv.end(chunk);
      return { count, moreRecords: true };
    }
    count += 1;
    chunk += csvRow(spec.columns.map((c) => c.value(rec)));
  }
  csv.end(chunk);
  return { count, moreRecords: false };
}
