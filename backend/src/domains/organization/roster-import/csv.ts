/**
 * A CSV reader for files exported by HR systems and spreadsheets (RFC 4180 and what Excel writes):
 * comma or tab separated (the header line decides), fields in double quotes may hold separators,
 * line breaks and doubled quotes, lines end in CRLF, LF or CR. A quote inside an unquoted field is
 * kept as it is. Every record is returned, blank lines included (as `['']`), so the index of a record
 * is its row number in a spreadsheet minus one.
 */
export interface CsvResult {
  records: string[][];
  delimiter: ',' | '\t';
}

export class CsvSyntaxError extends Error {
  constructor(
    /** Physical line (1-based) where the unterminated quoted field starts. */
    readonly line: number,
  ) {
    super(`A quoted field that starts on line ${line} is never closed`);
    this.name = 'CsvSyntaxError';
  }
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** Comma unless the first line has tabs and no commas. */
export function detectDelimiter(text: string): ',' | '\t' {
  const end = text.search(/[\r\n]/);
  const first = end === -1 ? text : text.slice(0, end);
  return first.includes('\t') && !first.includes(',') ? '\t' : ',';
}

export function parseCsv(text: string, delimiter: ',' | '\t' = detectDelimiter(text)): CsvResult {
  const sep = delimiter.charCodeAt(0);
  const records: string[][] = [];
  const length = text.length;
  let record: string[] = [];
  let i = 0;
  let line = 1;

  const endRecord = () => {
    records.push(record);
    record = [];
  };

  while (i < length) {
    let c = text.charCodeAt(i);
    if (c === QUOTE) {
      // Quoted field: up to the closing quote, "" standing for one quote.
      const startLine = line;
      let value = '';
      let from = ++i;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q === -1) throw new CsvSyntaxError(startLine);
        line += countLineBreaks(text, i, q);
        if (text.charCodeAt(q + 1) === QUOTE) {
          value += text.slice(from, q + 1);
          i = from = q + 2;
          continue;
        }
        value += text.slice(from, q);
        i = q + 1;
        break;
      }
      // Anything between the closing quote and the separator is kept (lenient, as spreadsheets are).
      let rest = i;
      while (rest < length) {
        const r = text.charCodeAt(rest);
        if (r === sep || r === CR || r === LF) break;
        rest++;
      }
      if (rest > i) value += text.slice(i, rest);
      i = rest;
      record.push(value);
    } else {
      let end = i;
      while (end < length) {
        const r = text.charCodeAt(end);
        if (r === sep || r === CR || r === LF) break;
        end++;
      }
      record.push(text.slice(i, end));
      i = end;
    }
    if (i >= length) {
      endRecord();
      break;
    }
    c = text.charCodeAt(i);
    if (c === sep) {
      i++;
      // A separator at the very end: the record ends with an empty field.
      if (i >= length) {
        record.push('');
        endRecord();
      }
      continue;
    }
    // A line break ends the record.
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    line++;
    endRecord();
    // A blank line (or the end of the file after a line break).
    while (i < length) {
      const n = text.charCodeAt(i);
      if (n !== CR && n !== LF) break;
      records.push(['']);
      i += n === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
    }
  }
  return { records, delimiter };
}

function countLineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === LF || (c === CR && text.charCodeAt(k + 1) !== LF)) n++;
  }
  return n;
}

/** A record with nothing in it (a blank line, or only separators and spaces). */
export function isBlankRecord(record: readonly string[]): boolean {
  return record.every((cell) => cell.trim() === '');
}
