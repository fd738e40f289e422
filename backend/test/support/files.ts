import { parseCsv } from '../../src/domains/organization/roster-import/csv';

/**
 * Files for the upload tests: a minimal PDF, a PNG (its signature and some bytes), and a Windows program
 * that a name alone would call a PDF.
 */
export const SAMPLE_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);
export const SAMPLE_PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 1),
]);
export const SAMPLE_EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);

/** The request options of a raw file upload: `client.post(url, SAMPLE_PDF, RAW_UPLOAD)`. */
export const RAW_UPLOAD = { headers: { 'content-type': 'application/octet-stream' } };

/** A CSV export read back (BOM dropped) with the project's CSV reader: the heading row, then the data rows as objects. */
export function csvRecords(text: string): { header: string[]; rows: Record<string, string>[] } {
  const records = parseCsv(text.replace(/^\uFEFF/, ''), ',').records.filter((r) => !(r.length === 1 && r[0] === ''));
  const [header = [], ...data] = records;
  return { header, rows: data.map((cells) => Object.fromEntries(header.map((h, n) => [h, cells[n] ?? '']))) };
}
