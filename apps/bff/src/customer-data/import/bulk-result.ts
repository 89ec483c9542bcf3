import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { ZohoApiError } from '../../zoho/zoho-errors.ts';
import { csvRows } from './csv-rows.ts';

/** A Bulk Read result page holds one CSV; anything far larger than 200,000 records' worth is refused. */
const MAX_CSV_BYTES = 8 * 1024 ** 3;

function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: false }, (error, zip) => {
      if (error) reject(error);
      else resolve(zip);
    });
  });
}

/** The first `.csv` entry of the zip as a byte stream (the zip holds `<job id>.csv`). */
function csvEntry(zip: yauzl.ZipFile): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.on('error', reject);
    zip.on('end', () =>
      reject(new ZohoApiError(200, 'UNEXPECTED_RESPONSE', 'the Bulk Read result has no CSV')),
    );
    zip.on('entry', (entry: yauzl.Entry) => {
      if (!entry.fileName.endsWith('.csv') || entry.uncompressedSize > MAX_CSV_BYTES) {
        zip.readEntry();
        return;
      }
      zip.openReadStream(entry, (error, stream) => {
        if (error) reject(error);
        else resolve(stream);
      });
    });
    zip.readEntry();
  });
}

/**
 * The rows of a downloaded result page, one at a time. The zip goes to a temporary file first (its
 * directory sits at the end, so it cannot be read from the socket as it arrives), then the CSV entry is
 * inflated and parsed as a stream: memory stays flat whatever the page's size. The file is removed when
 * the rows are read or the reader stops early.
 */
export async function* resultRows(zipStream: ReadableStream<Uint8Array>): AsyncGenerator<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'cxc-bulk-'));
  try {
    const path = join(dir, 'result.zip');
    await pipeline(Readable.fromWeb(zipStream), createWriteStream(path));
    const zip = await openZip(path);
    const csv = await csvEntry(zip);
    csv.setEncoding('utf8');
    try {
      yield* csvRows(csv);
    } finally {
      csv.destroy();
      zip.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
