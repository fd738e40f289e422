import { TEST_COMPANY } from '../../../core/auth/testing';
import type { RosterImport } from './roster-import.data';

/** Fixtures of the roster-import tests. */
export const IMPORT_ID = '55555555-5555-4555-8555-555555555555';

export function importFixture(overrides: Partial<RosterImport> = {}): RosterImport {
  return {
    id: IMPORT_ID,
    companyId: TEST_COMPANY,
    status: 'uploaded',
    encoding: 'shift_jis',
    mode: 'partial',
    fileName: 'roster.csv',
    byteSize: 1234,
    headers: ['社員番号', '氏名', 'フリガナ', '雇用形態', '備考'],
    sampleRows: [['E1', '山田 花子', 'ヤマダ ハナコ', '正社員', '']],
    suggestedMapping: {
      employeeNumber: '社員番号',
      familyName: '氏名',
      familyNameKana: 'フリガナ',
      employmentType: '雇用形態',
    },
    mapping: null,
    rowCount: 1000,
    validCount: null,
    errorCount: null,
    toCreate: null,
    toUpdate: null,
    toLeave: null,
    unchanged: null,
    processed: 0,
    total: 0,
    created: null,
    updated: null,
    left: null,
    failureCode: null,
    createdAt: '2026-06-10T00:00:00.000Z',
    updatedAt: '2026-06-10T00:00:00.000Z',
    finishedAt: null,
    version: 1,
    ...overrides,
  };
}
