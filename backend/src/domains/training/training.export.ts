import type { StreamableFile } from '@nestjs/common';
import { ExportFormat, named, tableFile, TableColumn } from '../../platform/export/table-export';
import { tokyoDateTime } from '../../platform/notifications/notification.rules';
import type { CoverageRowDto, TrainingAttendeeDto } from './dto/campaign.dto';
import {
  ASSIGNMENT_KIND_LABELS_JA,
  ASSIGNMENT_STATE_LABELS_JA,
  EMPLOYMENT_TYPE_LABELS_JA,
  NO_ANNUAL_COURSE_JA,
} from './training.labels';

/**
 * The attendee list with results, as the PrivacyMark assessment asks for it: both languages in the headings,
 * coded values by their Japanese names, the time of the pass in Japan time.
 */
export const ATTENDEE_COLUMNS: readonly TableColumn<TrainingAttendeeDto>[] = [
  { header: '会社 / Company', value: (r) => r.companyName },
  { header: '部署 / Department', value: (r) => r.departmentName },
  { header: '社員番号 / Employee number', value: (r) => r.employeeNumber },
  { header: '氏名 / Name', value: (r) => `${r.familyName} ${r.givenName}` },
  { header: '雇用区分 / Employment type', value: (r) => named(EMPLOYMENT_TYPE_LABELS_JA, r.employmentType) },
  { header: '種別 / Kind', value: (r) => named(ASSIGNMENT_KIND_LABELS_JA, r.kind) },
  { header: '状況 / Status', value: (r) => named(ASSIGNMENT_STATE_LABELS_JA, r.state) },
  { header: '期限 / Due', value: (r) => r.dueOn },
  { header: '受験回数 / Attempts', value: (r) => r.attempts },
  { header: '最高点 / Best score', value: (r) => r.bestScore },
  { header: '合格日時 / Passed at', value: (r) => (r.passedAt ? tokyoDateTime(new Date(r.passedAt)) : '') },
  { header: '誓約記録 / Attestation', value: (r) => r.attestationId },
];

export function attendeesFile(format: ExportFormat, fileName: string, rows: TrainingAttendeeDto[]): StreamableFile {
  return tableFile({ fileName, format, sheetName: '受講者一覧', columns: ATTENDEE_COLUMNS, rows });
}

/**
 * The people with no annual course passed in the last 365 days (R-ED-01), for the officer who follows them
 * up: the same order as the list (never passed first, then the longest ago).
 */
export const COVERAGE_COLUMNS: readonly TableColumn<CoverageRowDto>[] = [
  { header: '会社 / Company', value: (r) => r.companyName },
  { header: '部署 / Department', value: (r) => r.departmentName },
  { header: '社員番号 / Employee number', value: (r) => r.employeeNumber },
  { header: '氏名 / Name', value: (r) => `${r.familyName} ${r.givenName}` },
  { header: '雇用区分 / Employment type', value: (r) => named(EMPLOYMENT_TYPE_LABELS_JA, r.employmentType) },
  { header: '最終修了日 / Last annual course passed', value: (r) => r.lastPassedOn ?? NO_ANNUAL_COURSE_JA },
];

export function coverageFile(format: ExportFormat, fileName: string, rows: CoverageRowDto[]): StreamableFile {
  return tableFile({ fileName, format, sheetName: '年次教育未修了者', columns: COVERAGE_COLUMNS, rows });
}
