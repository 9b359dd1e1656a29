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

/** One record parsed from `start`: its values, where the next record starts and the lines it spans. */
interface ParsedRow {
  values: string[];
  next: number;
  lines: number;
}

/** The values of a line without quotes (a carriage return is dropped, as outside quotes anywhere). */
function plainRow(text: string, start: number, end: number, delimiter: string): string[] {
  let raw = text.slice(start, end);
  if (raw.includes('\r')) raw = raw.replace(/\r/g, '');
  const values = raw.split(delimiter);
  for (let k = 0; k < values.length; k++) values[k] = values[k].trim();
  return values;
}

/**
 * A record with quotes, character by character: a quote opens a value when nothing but spaces came
 * before it in the value, `""` inside it is one quote, and line breaks inside it belong to it.
 */
function quotedRow(text: string, start: number, delimiter: string, line: number): ParsedRow {
  const values: string[] = [];
  let value = '';
  let quoted = false;
  let quoteLine = line;
  let lines = 1;
  let i = start;
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
        if (c === '\n') lines++;
      }
    } else if (c === '"' && value.trim() === '') {
      quoted = true;
      quoteLine = line + lines - 1;
      value = '';
    } else if (c === delimiter) {
      values.push(value.trim());
      value = '';
    } else if (c === '\n') break;
    else if (c !== '\r') value += c;
    i++;
  }
  if (quoted) throw new CsvError(`guillemet ouvert ligne ${quoteLine} et jamais fermé`);
  values.push(value.trim());
  return { values, next: i + 1, lines };
}

/**
 * RFC 4180 parsing (quotes, doubled quotes, line breaks inside quotes); values and names are trimmed.
 * Lines without a quote, nearly all of them, are split whole; the others are read character by
 * character. Two mistakes would otherwise lose or shift data without a word, and throw a `CsvError`:
 * a quote left open (the rest of the file would become one value) and a row with more non-empty
 * values than the header has columns (a separator inside an unquoted value shifts the columns after
 * it). A row with fewer values has the missing ones empty, as exporters that drop trailing separators
 * write it. Empty lines are skipped.
 */
export function parseCsv(text: string): CsvTable {
  const delimiter = detectDelimiter(text);
  const rows: string[][] = [];
  const lines: number[] = [];
  let line = 1;
  let i = 0;
  // Position of the next quote at or after i (-1: none left), searched again only once passed.
  let nextQuote = text.indexOf('"');
  while (i < text.length) {
    if (nextQuote >= 0 && nextQuote < i) nextQuote = text.indexOf('"', i);
    let end = text.indexOf('\n', i);
    if (end < 0) end = text.length;
    let values: string[];
    let spanned = 1;
    if (nextQuote < 0 || nextQuote > end) {
      values = plainRow(text, i, end, delimiter);
      i = end + 1;
    } else {
      const row = quotedRow(text, i, delimiter, line);
      values = row.values;
      spanned = row.lines;
      i = row.next;
    }
    if (values.length > 1 || values[0] !== '') {
      rows.push(values);
      lines.push(line);
    }
    line += spanned;
  }
  const [header = [], ...body] = rows;
  body.forEach((values, r) => {
    if (values.length > header.length && values.slice(header.length).some((v) => v !== ''))
      throw new CsvError(`ligne ${lines[r + 1]} : ${values.length} valeurs pour ${header.length} colonnes`);
  });
  return { header, rows: body, lines: lines.slice(1), delimiter };
}
