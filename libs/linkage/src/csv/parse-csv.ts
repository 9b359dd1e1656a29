export interface CsvTable {
  header: string[];
  rows: string[][];
  delimiter: string;
}

/** Picks the delimiter that appears most often in the header line, outside quotes. */
export function detectDelimiter(text: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c in counts) counts[c]++;
  }
  const [best, count] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0];
  return count > 0 ? best : ',';
}

/** RFC 4180 parsing (quotes, doubled quotes, line breaks inside quotes); values and names are trimmed. */
export function parseCsv(text: string): CsvTable {
  const delimiter = detectDelimiter(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let value = '';
  let quoted = false;
  let i = 0;
  const endValue = () => {
    row.push(value.trim());
    value = '';
  };
  const endRow = () => {
    endValue();
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        value += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else value += c;
    } else if (c === '"' && value.trim() === '') {
      quoted = true;
      value = '';
    } else if (c === delimiter) endValue();
    else if (c === '\n') endRow();
    else if (c !== '\r') value += c;
    i++;
  }
  if (value !== '' || row.length > 0) endRow();
  const [header = [], ...body] = rows;
  return { header, rows: body, delimiter };
}
