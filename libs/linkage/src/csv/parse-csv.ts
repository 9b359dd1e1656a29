export interface CsvTable {
  header: string[];
  rows: string[][];
  /** Line of the file on which each row starts (1 is the header's). */
  lines: number[];
  delimiter: string;
}

/** A file that is not CSV as written: the message says where, in French. */
export class CsvError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CsvError';
  }
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

/**
 * RFC 4180 parsing (quotes, doubled quotes, line breaks inside quotes); values and names are trimmed.
 * Two mistakes would otherwise lose or shift data without a word, and throw a `CsvError`: a quote
 * left open (the rest of the file would become one value) and a row with more non-empty values than
 * the header has columns (a separator inside an unquoted value shifts the columns after it). A row
 * with fewer values has the missing ones empty, as exporters that drop trailing separators write it.
 */
export function parseCsv(text: string): CsvTable {
  const delimiter = detectDelimiter(text);
  const rows: string[][] = [];
  const lines: number[] = [];
  let row: string[] = [];
  let value = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let quoteLine = 1;
  let i = 0;
  const endValue = () => {
    row.push(value.trim());
    value = '';
  };
  const endRow = () => {
    endValue();
    if (row.length > 1 || row[0] !== '') {
      rows.push(row);
      lines.push(rowLine);
    }
    row = [];
    rowLine = line + 1;
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
      else {
        value += c;
        if (c === '\n') line++;
      }
    } else if (c === '"' && value.trim() === '') {
      quoted = true;
      quoteLine = line;
      value = '';
    } else if (c === delimiter) endValue();
    else if (c === '\n') {
      endRow();
      line++;
    } else if (c !== '\r') value += c;
    i++;
  }
  if (quoted) throw new CsvError(`guillemet ouvert ligne ${quoteLine} et jamais fermé`);
  if (value !== '' || row.length > 0) endRow();
  const [header = [], ...body] = rows;
  body.forEach((values, r) => {
    if (values.slice(header.length).some((v) => v !== ''))
      throw new CsvError(`ligne ${lines[r + 1]} : ${values.length} valeurs pour ${header.length} colonnes`);
  });
  return { header, rows: body, lines: lines.slice(1), delimiter };
}
