/** UTF-8 byte order mark: Excel opens the file as UTF-8 (Japanese text intact) only with it. */
export const BOM = '\uFEFF';

/**
 * One CSV field (RFC 4180). Text starting with = + - @ or a tab/CR is prefixed with an apostrophe so a
 * spreadsheet does not run it as a formula.
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text =
    value instanceof Date ? value.toISOString() : typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly unknown[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return BOM + csvLine(header) + rows.map(csvLine).join('');
}
