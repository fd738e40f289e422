import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '../../../platform/errors/problem';
import type { RosterEncoding } from './roster-import.entity';

/** Error codes of the roster import. Problems in single rows are not errors: the preview lists them. */
export const rosterImportProblems = {
  encodingInvalid: (encoding: RosterEncoding, line: number) =>
    new ProblemException(HttpStatus.BAD_REQUEST, 'ROSTER_ENCODING_INVALID', {
      detail: `The file is not valid ${encoding === 'utf-8' ? 'UTF-8' : 'Shift_JIS (CP932)'}: line ${line} has bytes that are not text in that encoding. Choose the other encoding, or save the file again from the HR system or spreadsheet.`,
      extensions: { encoding, line },
    }),
  notCsv: (format: 'xlsx' | 'xls' | 'binary') =>
    new ProblemException(HttpStatus.BAD_REQUEST, 'ROSTER_FILE_NOT_CSV', {
      detail:
        format === 'binary'
          ? 'The file is not a text file. Export the roster as CSV (UTF-8 or Shift_JIS).'
          : 'The file is an Excel workbook. Save it as CSV (UTF-8 or Shift_JIS) and upload that.',
      extensions: { format },
    }),
  csvMalformed: (line: number) =>
    new ProblemException(HttpStatus.BAD_REQUEST, 'ROSTER_CSV_MALFORMED', {
      detail: `A quoted value that starts on line ${line} is never closed, so the rest of the file cannot be read.`,
      extensions: { line },
    }),
  fileEmpty: () =>
    new ProblemException(HttpStatus.BAD_REQUEST, 'ROSTER_FILE_EMPTY', {
      detail: 'The file has no header row and no data rows.',
    }),
  noRows: () =>
    new ProblemException(HttpStatus.BAD_REQUEST, 'ROSTER_FILE_NO_ROWS', {
      detail: 'The file has a header row but no data rows.',
    }),
  tooManyRows: (max: number) =>
    new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, 'ROSTER_TOO_MANY_ROWS', {
      detail: `A roster may have at most ${max} rows. Split the file by company.`,
      extensions: { max },
    }),
  tooManyColumns: (max: number) =>
    new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, 'ROSTER_TOO_MANY_COLUMNS', {
      detail: `A roster may have at most ${max} columns.`,
      extensions: { max },
    }),
  bodyMissing: () =>
    new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'UNSUPPORTED_MEDIA_TYPE', {
      detail: 'Send the file itself as the request body, with Content-Type text/csv or application/octet-stream.',
    }),
  notMapped: () =>
    new ProblemException(HttpStatus.CONFLICT, 'ROSTER_IMPORT_NOT_MAPPED', {
      detail: 'Map the columns and check the preview before applying the import.',
    }),
  alreadyApplied: () =>
    new ProblemException(HttpStatus.CONFLICT, 'ROSTER_IMPORT_ALREADY_APPLIED', {
      detail: 'This import has already been applied (or is being applied). Upload the file again to import it again.',
    }),
  busy: () =>
    new ProblemException(HttpStatus.CONFLICT, 'ROSTER_IMPORT_IN_PROGRESS', {
      detail: 'The import is being applied. Wait until it has finished.',
    }),
};
