export interface FilePart {
  name: string;
  fileName: string;
  contentType: string;
  data: Buffer;
}

/** The boundary of a `multipart/form-data` content type, if any. */
export function boundaryOf(contentType: string | undefined): string | undefined {
  const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? '');
  return m ? (m[1] ?? m[2])?.trim() : undefined;
}

/** Splits a buffered multipart body into its parts (enough for the Attachments API's `file` field). */
export function parseMultipart(body: Buffer, boundary: string): FilePart[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: FilePart[] = [];
  let start = body.indexOf(delimiter);
  while (start >= 0) {
    const next = body.indexOf(delimiter, start + delimiter.length);
    if (next < 0) break;
    const chunk = body.subarray(start + delimiter.length, next);
    const headerEnd = chunk.indexOf('\r\n\r\n');
    if (headerEnd >= 0) {
      const headers = chunk.subarray(0, headerEnd).toString('utf8');
      const name = /name="([^"]*)"/i.exec(headers)?.[1];
      const fileName = /filename="([^"]*)"/i.exec(headers)?.[1] ?? '';
      const contentType = /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1] ?? 'application/octet-stream';
      // The part's data ends before the CRLF that precedes the next delimiter.
      const data = chunk.subarray(headerEnd + 4, chunk.length - 2);
      if (name) parts.push({ name, fileName, contentType, data });
    }
    start = next;
  }
  return parts;
}
