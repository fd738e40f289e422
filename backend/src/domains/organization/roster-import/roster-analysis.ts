import type { FieldError } from '../../../platform/errors/problem';
import type { EmploymentType } from '../person.entity';
import { isBlankRecord } from './csv';
import { REQUIRED_ROSTER_FIELDS, ROSTER_FIELDS, type RosterField, type RosterMapping } from './roster-mapping';
import {
  departmentKey,
  isKana,
  isValidEmail,
  isValidEmployeeNumber,
  MAX_NAME,
  normalizeEmail,
  normalizeEmployeeNumber,
  normalizeKana,
  normalizeName,
  parseDate,
  parseEmploymentType,
  ROW_ERROR_MESSAGES,
  splitFullName,
  type RowErrorCode,
} from './row.rules';

export interface RosterRowError {
  /** As a spreadsheet numbers it: the header is row 1. */
  row: number;
  /** The column header in the file. */
  column: string;
  field: RosterField;
  code: RowErrorCode;
  message: string;
}

/**
 * One valid row, ready to write. An optional field whose column is not mapped is `undefined`: the
 * person keeps what they have. The leave date is always set by the file (null when not given).
 */
export interface RosterPersonInput {
  row: number;
  employeeNumber: string;
  familyName: string;
  givenName: string;
  familyNameKana?: string;
  givenNameKana?: string;
  email?: string | null;
  departmentId?: string | null;
  employmentType: EmploymentType;
  hireDate?: string | null;
  leaveDate: string | null;
}

export interface RosterAnalysis {
  /** Data rows, blank lines not counted. */
  rowCount: number;
  valid: RosterPersonInput[];
  /** Every problem, by row then column order. */
  errors: RosterRowError[];
  /** Rows with at least one problem (skipped when applying). */
  errorRowCount: number;
  /** Every well-formed employee number in the file, valid row or not: these people are not leavers. */
  employeeNumbers: Set<string>;
}

export interface DepartmentLookup {
  byCode: Map<string, string>;
  /** Department names that are unique in the company (an ambiguous name maps to null). */
  byName: Map<string, string | null>;
}

export function departmentLookup(departments: readonly { id: string; code: string; name: string }[]): DepartmentLookup {
  const byCode = new Map<string, string>();
  const byName = new Map<string, string | null>();
  for (const d of departments) {
    byCode.set(departmentKey(d.code), d.id);
    const name = departmentKey(d.name);
    byName.set(name, byName.has(name) ? null : d.id);
  }
  return { byCode, byName };
}

/** Field errors for a mapping: required fields present, every column one of the file's headers. */
export function checkMapping(mapping: RosterMapping, headers: readonly string[]): FieldError[] {
  const errors: FieldError[] = [];
  for (const field of REQUIRED_ROSTER_FIELDS) {
    if (!mapping[field]) {
      errors.push({ field: `mapping.${field}`, code: 'REQUIRED', message: `Map a column to ${field}` });
    }
  }
  for (const field of ROSTER_FIELDS) {
    const column = mapping[field];
    if (column && !headers.includes(column)) {
      errors.push({
        field: `mapping.${field}`,
        code: 'UNKNOWN_COLUMN',
        message: `The file has no column named ${JSON.stringify(column)}`,
      });
    }
  }
  return errors;
}

/**
 * Validates every data row of a file against a mapping, without touching the database. Rows with a
 * problem are listed, never thrown: the caller applies the valid rows only.
 */
export function analyseRoster(
  records: readonly string[][],
  headers: readonly string[],
  mapping: RosterMapping,
  departments: DepartmentLookup,
): RosterAnalysis {
  const index = (field: RosterField): number => (mapping[field] ? headers.indexOf(mapping[field]) : -1);
  const col: Record<RosterField, number> = Object.fromEntries(ROSTER_FIELDS.map((f) => [f, index(f)])) as Record<
    RosterField,
    number
  >;
  const splitName = col.givenName === -1 || col.givenName === col.familyName;
  const splitKana = col.familyNameKana !== -1 && (col.givenNameKana === -1 || col.givenNameKana === col.familyNameKana);
  const hasKana = col.familyNameKana !== -1 || col.givenNameKana !== -1;

  // Employee numbers seen more than once: every occurrence is an error, since which one is right is unknowable.
  const occurrences = new Map<string, number>();
  const numberOf = (record: readonly string[]) => normalizeEmployeeNumber(record[col.employeeNumber] ?? '');
  for (let r = 1; r < records.length; r++) {
    if (isBlankRecord(records[r])) continue;
    const n = numberOf(records[r]);
    if (n) occurrences.set(n, (occurrences.get(n) ?? 0) + 1);
  }

  const valid: RosterPersonInput[] = [];
  const errors: RosterRowError[] = [];
  const employeeNumbers = new Set<string>();
  let rowCount = 0;
  let errorRowCount = 0;

  for (let r = 1; r < records.length; r++) {
    const record = records[r];
    if (isBlankRecord(record)) continue;
    rowCount++;
    const row = r + 1;
    const rowErrors: RosterRowError[] = [];
    const fail = (field: RosterField, code: RowErrorCode, column = col[field]) =>
      rowErrors.push({ row, column: headers[column], field, code, message: ROW_ERROR_MESSAGES[code] });
    const cell = (field: RosterField) => (col[field] === -1 ? undefined : (record[col[field]] ?? ''));

    const employeeNumber = numberOf(record);
    if (!employeeNumber) fail('employeeNumber', 'REQUIRED');
    else if (!isValidEmployeeNumber(employeeNumber)) fail('employeeNumber', 'EMPLOYEE_NUMBER_INVALID');
    else {
      employeeNumbers.add(employeeNumber);
      if ((occurrences.get(employeeNumber) ?? 0) > 1) fail('employeeNumber', 'DUPLICATE_EMPLOYEE_NUMBER');
    }

    let familyName: string;
    let givenName: string;
    if (splitName) [familyName, givenName] = splitFullName(cell('familyName') ?? '');
    else [familyName, givenName] = [normalizeName(cell('familyName') ?? ''), normalizeName(cell('givenName') ?? '')];
    if (!familyName) fail('familyName', 'REQUIRED');
    else if (familyName.length > MAX_NAME) fail('familyName', 'TOO_LONG');
    if (givenName.length > MAX_NAME) fail('givenName', 'TOO_LONG', splitName ? col.familyName : col.givenName);

    let familyNameKana: string | undefined;
    let givenNameKana: string | undefined;
    if (hasKana) {
      if (splitKana) [familyNameKana, givenNameKana] = splitFullName(normalizeKana(cell('familyNameKana') ?? ''));
      else {
        familyNameKana = normalizeKana(cell('familyNameKana') ?? '');
        givenNameKana = normalizeKana(cell('givenNameKana') ?? '');
      }
      const kanaColumn = (field: 'familyNameKana' | 'givenNameKana') =>
        splitKana || col[field] === -1 ? col.familyNameKana : col[field];
      for (const [field, value] of [
        ['familyNameKana', familyNameKana],
        ['givenNameKana', givenNameKana],
      ] as const) {
        if (!value) continue;
        if (!isKana(value)) fail(field, 'KANA_INVALID', kanaColumn(field));
        else if (value.length > MAX_NAME) fail(field, 'TOO_LONG', kanaColumn(field));
      }
      // A kana column that is mapped but empty leaves the reading as it is.
      if (!familyNameKana && !givenNameKana) familyNameKana = givenNameKana = undefined;
    }

    let email: string | null | undefined;
    const emailCell = cell('email');
    if (emailCell !== undefined) {
      email = normalizeEmail(emailCell) || null;
      if (email && !isValidEmail(email)) fail('email', 'EMAIL_INVALID');
    }

    let departmentId: string | null | undefined;
    const departmentCell = cell('departmentCode');
    if (departmentCell !== undefined) {
      const key = departmentKey(departmentCell);
      if (!key) departmentId = null;
      else {
        departmentId = departments.byCode.get(key) ?? departments.byName.get(key) ?? null;
        if (!departmentId) fail('departmentCode', 'DEPARTMENT_UNKNOWN');
      }
    }

    const typeCell = (cell('employmentType') ?? '').trim();
    const employmentType = typeCell ? parseEmploymentType(typeCell) : null;
    if (!typeCell) fail('employmentType', 'REQUIRED');
    else if (!employmentType) fail('employmentType', 'EMPLOYMENT_TYPE_UNKNOWN');

    const date = (field: 'hireDate' | 'leaveDate'): string | null | undefined => {
      const text = cell(field);
      if (text === undefined) return undefined;
      if (!text.trim()) return null;
      const parsed = parseDate(text);
      if (!parsed) fail(field, 'DATE_INVALID');
      return parsed;
    };
    const hireDate = date('hireDate');
    const leaveDate = date('leaveDate') ?? null;
    if (hireDate && leaveDate && leaveDate < hireDate) fail('leaveDate', 'LEAVE_BEFORE_HIRE');

    if (rowErrors.length) {
      errorRowCount++;
      errors.push(...rowErrors);
      continue;
    }
    valid.push({
      row,
      employeeNumber,
      familyName,
      givenName,
      familyNameKana,
      givenNameKana,
      email,
      departmentId,
      employmentType: employmentType as EmploymentType,
      hireDate,
      leaveDate,
    });
  }
  return { rowCount, valid, errors, errorRowCount, employeeNumbers };
}
