/**
 * RFC 4180 rows out of a stream of text chunks, one row at a time: a quoted cell may hold commas,
 * doubled quotes and line breaks, and may be split across chunks. Only the current row is held, so a
 * 200,000-record Bulk Read page never sits in memory.
 */
export async function* csvRows(chunks: AsyncIterable<string>): AsyncGenerator<string[]> {
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  // After a closing quote: a second quote is an escaped one, anything else ends the quoted part.
  let quoteSeen = false;
  let pendingCr = false;
  let started = false;
  for await (const chunk of chunks) {
    for (const ch of chunk) {
      if (quoted) {
        if (quoteSeen) {
          quoteSeen = false;
          if (ch === '"') {
            cell += '"';
            continue;
          }
          quoted = false;
        } else if (ch === '"') {
          quoteSeen = true;
          continue;
        } else {
          cell += ch;
          continue;
        }
      }
      if (pendingCr) {
        pendingCr = false;
        if (ch === '\n') continue;
      }
      if (ch === '"' && cell === '') {
        quoted = true;
        started = true;
      } else if (ch === ',') {
        row.push(cell);
        cell = '';
        started = true;
      } else if (ch === '\r' || ch === '\n') {
        pendingCr = ch === '\r';
        if (started || cell !== '') {
          row.push(cell);
          yield row;
        }
        row = [];
        cell = '';
        started = false;
      } else {
        cell += ch;
        started = true;
      }
    }
  }
  if (started || cell !== '' || row.length > 0) {
    row.push(cell);
    yield row;
  }
}
