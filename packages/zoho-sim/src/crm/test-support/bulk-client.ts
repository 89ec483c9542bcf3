import { fromBuffer, type Entry, type ZipFile } from 'yauzl';
import type { RunningZohoSim } from '../../index.ts';
import type { Json } from './crm-client.ts';

/** A client for `/crm/bulk/v2/read`, authenticated like Zoho's clients. */
export class BulkClient {
  constructor(
    private readonly sim: RunningZohoSim,
    private readonly token: string,
  ) {}

  get base(): string {
    return `${this.sim.dcs.us.api}/crm/bulk/v2/read`;
  }

  async call(method: string, path = '', body?: string, contentType = 'application/json') {
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers: {
        authorization: `Zoho-oauthtoken ${this.token}`,
        ...(body === undefined ? {} : { 'content-type': contentType }),
      },
      ...(body === undefined ? {} : { body }),
    });
    const bytes = Buffer.from(await res.arrayBuffer());
    const isJson = (res.headers.get('content-type') ?? '').includes('json');
    return {
      status: res.status,
      headers: res.headers,
      bytes,
      body: isJson ? (JSON.parse(bytes.toString()) as Json) : undefined,
    };
  }

  create(request: unknown) {
    return this.call('POST', '', JSON.stringify(request));
  }

  /** Creates a job and returns its id (throws unless Zoho's 201 answer came back). */
  async start(request: unknown): Promise<string> {
    const res = await this.create(request);
    const details = (res.body?.data as { details?: { id?: string } }[] | undefined)?.[0]?.details;
    if (res.status !== 201 || !details?.id)
      throw new Error(`create failed: ${res.status} ${res.bytes.toString()}`);
    return details.id;
  }

  async job(id: string): Promise<Json> {
    const res = await this.call('GET', `/${id}`);
    return (res.body?.data as Json[])[0] as Json;
  }

  /** Polls until the job leaves ADDED / IN PROGRESS (bounded; nothing is timed). */
  async settle(id: string): Promise<Json> {
    for (let i = 0; i < 1_000; i += 1) {
      const job = await this.job(id);
      if (job.state === 'COMPLETED' || job.state === 'FAILURE') return job;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`job ${id} never settled`);
  }

  /** Downloads the result and returns the zip's entries as text. */
  async download(id: string): Promise<{ headers: Headers; files: Map<string, string> }> {
    const res = await this.call('GET', `/${id}/result`);
    if (res.status !== 200) throw new Error(`download failed: ${res.status} ${res.bytes.toString()}`);
    return { headers: res.headers, files: await unzip(res.bytes) };
  }
}

export function unzip(bytes: Buffer): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    fromBuffer(bytes, { lazyEntries: true }, (err, zip?: ZipFile) => {
      if (err || !zip) return reject(err ?? new Error('no zip'));
      const files = new Map<string, string>();
      zip.on('entry', (entry: Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e ?? new Error('no stream'));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            files.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(files));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** RFC 4180 CSV into rows of cells (quoted cells may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}
