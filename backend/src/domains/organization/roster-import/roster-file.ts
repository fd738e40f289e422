import { CsvSyntaxError, isBlankRecord, parseCsv } from './csv';
import { decodeRoster, type RequestedEncoding } from './encoding';
import { uniqueHeaders } from './header.rules';
import type { RosterEncoding } from './roster-import.entity';
import { rosterImportProblems } from './roster-import.errors';

export const MAX_ROSTER_ROWS = 100_000;
export const MAX_ROSTER_COLUMNS = 200;
export const SAMPLE_ROWS = 5;

export interface RosterFile {
  encoding: RosterEncoding;
  /** Every record, header first; index + 1 is the spreadsheet row number. */
  records: string[][];
  headers: string[];
  /** Data rows, blank lines not counted. */
  rowCount: number;
}

/** Decodes and parses an uploaded roster, or throws the problem that tells the user what to fix. */
export function readRosterFile(bytes: Uint8Array, encoding: RequestedEncoding): RosterFile {
  const decoded = decodeRoster(bytes, encoding);
  if (!decoded.ok) {
    const f = decoded.failure;
    throw f.kind === 'not_text'
      ? rosterImportProblems.notCsv(f.format)
      : rosterImportProblems.encodingInvalid(f.encoding, f.line);
  }
  let records: string[][];
  try {
    records = parseCsv(decoded.text).records;
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw rosterImportProblems.csvMalformed(error.line);
    throw error;
  }
  if (!records.length || isBlankRecord(records[0])) throw rosterImportProblems.fileEmpty();
  if (records[0].length > MAX_ROSTER_COLUMNS) throw rosterImportProblems.tooManyColumns(MAX_ROSTER_COLUMNS);
  let rowCount = 0;
  for (let r = 1; r < records.length; r++) if (!isBlankRecord(records[r])) rowCount++;
  if (rowCount === 0) throw rosterImportProblems.noRows();
  if (rowCount > MAX_ROSTER_ROWS) throw rosterImportProblems.tooManyRows(MAX_ROSTER_ROWS);
  return { encoding: decoded.encoding, records, headers: uniqueHeaders(records[0]), rowCount };
}

/** The first data rows, one cell per header, for the mapping screen. */
export function sampleRows(file: RosterFile, count = SAMPLE_ROWS): string[][] {
  const out: string[][] = [];
  for (let r = 1; r < file.records.length && out.length < count; r++) {
    const record = file.records[r];
    if (isBlankRecord(record)) continue;
    out.push(file.headers.map((_, i) => (record[i] ?? '').trim().slice(0, 200)));
  }
  return out;
}
