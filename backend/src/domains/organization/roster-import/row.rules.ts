import { isEmail } from 'class-validator';
import type { EmploymentType } from '../person.entity';

/** Row error codes (the front end translates each one). */
export const ROW_ERROR_CODES = [
  'REQUIRED',
  'TOO_LONG',
  'EMPLOYEE_NUMBER_INVALID',
  'DUPLICATE_EMPLOYEE_NUMBER',
  'KANA_INVALID',
  'EMAIL_INVALID',
  'DEPARTMENT_UNKNOWN',
  'EMPLOYMENT_TYPE_UNKNOWN',
  'DATE_INVALID',
  'LEAVE_BEFORE_HIRE',
] as const;
export type RowErrorCode = (typeof ROW_ERROR_CODES)[number];

export const ROW_ERROR_MESSAGES: Record<RowErrorCode, string> = {
  REQUIRED: 'The cell is empty but the field is required.',
  TOO_LONG: 'The value is longer than the field allows.',
  EMPLOYEE_NUMBER_INVALID: 'Employee numbers are letters, digits, - and _ only (at most 50).',
  DUPLICATE_EMPLOYEE_NUMBER: 'Another row of the file has the same employee number.',
  KANA_INVALID: 'The reading must be written in kana.',
  EMAIL_INVALID: 'This is not an e-mail address.',
  DEPARTMENT_UNKNOWN: 'No department of the company has this code or name.',
  EMPLOYMENT_TYPE_UNKNOWN:
    'Unknown employment type: use 役員, 正社員, 契約社員, パート・アルバイト, 派遣社員 or officer, regular, contract, part_time, dispatched.',
  DATE_INVALID: 'This is not a date (e.g. 2024/04/01, 2024-04-01, 2024年4月1日, 令和6年4月1日).',
  LEAVE_BEFORE_HIRE: 'The leave date is before the hire date.',
};

export const MAX_EMPLOYEE_NUMBER = 50;
export const MAX_NAME = 100;
export const MAX_EMAIL = 254;

const EMPLOYEE_NUMBER = /^[A-Za-z0-9_-]+$/;

/** Employee numbers as HR systems write them: full-width digits and letters become ASCII. */
export function normalizeEmployeeNumber(cell: string): string {
  return cell.normalize('NFKC').trim();
}

export function isValidEmployeeNumber(value: string): boolean {
  return value.length > 0 && value.length <= MAX_EMPLOYEE_NUMBER && EMPLOYEE_NUMBER.test(value);
}

/** Names are kept as written (variant kanji matter); only surrounding spaces go. */
export function normalizeName(cell: string): string {
  return cell.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}

/** 「山田 花子」 (half- or full-width space) → ['山田', '花子']; a name without a space is all family name. */
export function splitFullName(cell: string): [string, string] {
  const name = normalizeName(cell);
  const match = /^(\S+?)[\s\u3000]+(.+)$/u.exec(name);
  return match ? [match[1], match[2].replace(/[\s\u3000]+/g, ' ')] : [name, ''];
}

const KANA_ONLY = /^[\p{Script=Katakana}ー・ \u3000]+$/u;

/** Kana readings are stored in full-width katakana: half-width and hiragana are converted. */
export function normalizeKana(cell: string): string {
  return cell
    .normalize('NFKC')
    .replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60))
    .replace(/[\s\u3000]+/g, ' ')
    .trim();
}

export function isKana(value: string): boolean {
  return KANA_ONLY.test(value);
}

export function normalizeEmail(cell: string): string {
  return cell.normalize('NFKC').trim().toLowerCase();
}

export function isValidEmail(value: string): boolean {
  return value.length <= MAX_EMAIL && isEmail(value);
}

/** Spellings of the employment types, reduced like `employmentKey` does. */
const EMPLOYMENT_SPELLINGS: Record<string, EmploymentType> = {
  役員: 'officer',
  取締役: 'officer',
  監査役: 'officer',
  officer: 'officer',
  director: 'officer',
  正社員: 'regular',
  正規社員: 'regular',
  正規: 'regular',
  regular: 'regular',
  fulltime: 'regular',
  permanent: 'regular',
  契約社員: 'contract',
  契約: 'contract',
  嘱託: 'contract',
  嘱託社員: 'contract',
  contract: 'contract',
  パートアルバイト: 'part_time',
  パート: 'part_time',
  アルバイト: 'part_time',
  パートタイマー: 'part_time',
  parttime: 'part_time',
  派遣社員: 'dispatched',
  派遣: 'dispatched',
  dispatched: 'dispatched',
  temporarystaff: 'dispatched',
};

function employmentKey(cell: string): string {
  return cell
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s・/／_\-,、]/g, '');
}

/** 役員 / 正社員 / 契約社員 / パート・アルバイト / 派遣社員, the codes, and common variants; null if unknown. */
export function parseEmploymentType(cell: string): EmploymentType | null {
  return EMPLOYMENT_SPELLINGS[employmentKey(cell)] ?? null;
}

const ERAS: Record<string, number> = {
  明治: 1867,
  m: 1867,
  大正: 1911,
  t: 1911,
  昭和: 1925,
  s: 1925,
  平成: 1988,
  h: 1988,
  令和: 2018,
  r: 2018,
};

function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A calendar date as HR systems write it → `YYYY-MM-DD`, or null when it is not one:
 * 2024-04-01, 2024/4/1, 2024.4.1, 20240401, 2024年4月1日, 令和6年4月1日 (元年 too), R6.4.1, and any of
 * them followed by a time of day (spreadsheets add 0:00).
 */
export function parseDate(cell: string): string | null {
  const text = cell
    .normalize('NFKC')
    .trim()
    .replace(/\s+\d{1,2}:\d{2}(:\d{2})?$/, '');
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text) ?? /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(text);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m =
    /^(明治|大正|昭和|平成|令和)(\d{1,2}|元)年(\d{1,2})月(\d{1,2})日$/.exec(text) ??
    /^([MTSHRmtshr])(\d{1,2})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (m) {
    const base = ERAS[m[1].toLowerCase()];
    const year = m[2] === '元' ? 1 : Number(m[2]);
    return year >= 1 ? isoDate(base + year, Number(m[3]), Number(m[4])) : null;
  }
  return null;
}

/** Department codes and names are matched after NFKC and trimming. */
export function departmentKey(cell: string): string {
  return cell.normalize('NFKC').trim();
}
