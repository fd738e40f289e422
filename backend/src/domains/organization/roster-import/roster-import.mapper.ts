import type { RosterImportDto, RosterRowErrorDto } from './dto/roster-import.dto';
import type { RosterImportError } from './roster-import-error.entity';
import type { RosterImport } from './roster-import.entity';

/** The one response shape of an import (the stored file never leaves the server). */
export function toRosterImportDto(r: RosterImport): RosterImportDto {
  return {
    id: r.id,
    companyId: r.companyId,
    status: r.status,
    encoding: r.encoding,
    mode: r.mode,
    fileName: r.fileName,
    byteSize: r.byteSize,
    headers: r.headers,
    sampleRows: r.sampleRows ?? [],
    suggestedMapping: r.suggestedMapping,
    mapping: r.mapping,
    rowCount: r.rowCount,
    validCount: r.validCount,
    errorCount: r.errorCount,
    toCreate: r.toCreate,
    toUpdate: r.toUpdate,
    toLeave: r.toLeave,
    unchanged: r.unchanged,
    processed: r.processed,
    total: r.total,
    created: r.createdCount,
    updated: r.updatedCount,
    left: r.leftCount,
    failureCode: r.failureCode,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    finishedAt: r.finishedAt ? r.finishedAt.toISOString() : null,
    version: r.version,
  };
}

export function toRowErrorDto(e: RosterImportError): RosterRowErrorDto {
  return {
    row: e.rowNumber,
    column: e.columnName,
    field: e.field as RosterRowErrorDto['field'],
    code: e.code as RosterRowErrorDto['code'],
    message: e.message,
  };
}
