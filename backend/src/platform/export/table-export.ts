import { StreamableFile } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { toCsv } from './csv';
import { CellValue, toXlsx } from './xlsx';

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** `?format=csv|xlsx` of an export route (CSV by default). */
export class ExportFormatQueryDto {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, default: 'csv' })
  @IsOptional()
  @IsIn(EXPORT_FORMATS)
  format?: ExportFormat;
}

export interface TableColumn<Row> {
  header: string;
  value: (row: Row) => CellValue;
}

export interface TableExport<Row> {
  /** Without extension, e.g. `subcontractors-2026-11-28`; the extension follows the format. */
  fileName: string;
  format?: ExportFormat;
  /** The XLSX sheet's name. */
  sheetName?: string;
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * A register's rows as a download: CSV (UTF-8 with BOM, RFC 4180, formula-injection guard) or XLSX
 * (text cells as inline strings, never formulas). Return it from a route handler.
 */
export function tableFile<Row>(table: TableExport<Row>): StreamableFile {
  const format = table.format ?? 'csv';
  const header = table.columns.map((c) => c.header);
  const values = table.rows.map((row) => table.columns.map((c) => c.value(row)));
  const body =
    format === 'xlsx'
      ? toXlsx(table.sheetName ?? table.fileName, header, values)
      : Buffer.from(toCsv(header, values), 'utf8');
  const name = `${table.fileName}.${format}`;
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/[\\"]/g, '_');
  return new StreamableFile(body, {
    type: CONTENT_TYPES[format],
    length: body.length,
    disposition: `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
  });
}

/**
 * A coded value (a status, a tier …) by its name, for a column of an export: an officer reads 「報告対応中」,
 * not `reporting`. Empty for none; a code the names do not know is written as it is.
 */
export function named(names: Readonly<Record<string, string>>, code: string | null | undefined): string {
  if (code === null || code === undefined) return '';
  return Object.hasOwn(names, code) ? names[code] : code;
}

/** A yes/no column as the Japanese records write it: はい / いいえ. */
export function yesNo(value: boolean): string {
  return value ? 'はい' : 'いいえ';
}
