import type { EntityManager } from 'typeorm';
import type { EmploymentType } from '../person.entity';
import type { RosterRowError } from './roster-analysis';
import type { ExistingPerson } from './roster-plan';

/** Set-based SQL of the import: a roster of 50,000 people is read and written in a few statements. */

interface PersonRow {
  id: string;
  employee_number: string;
  family_name: string;
  given_name: string;
  family_name_kana: string;
  given_name_kana: string;
  email: string | null;
  department_id: string | null;
  employment_type: EmploymentType;
  hire_date: string | null;
  leave_date: string | null;
  active: boolean;
}

/** Everyone on the company's roster, by employee number. */
export async function loadRoster(manager: EntityManager, companyId: string): Promise<Map<string, ExistingPerson>> {
  const rows: PersonRow[] = await manager.query(
    `SELECT id, employee_number, family_name, given_name, family_name_kana, given_name_kana, email, department_id,
            employment_type, hire_date::text AS hire_date, leave_date::text AS leave_date, active
       FROM people WHERE company_id = $1`,
    [companyId],
  );
  const map = new Map<string, ExistingPerson>();
  for (const r of rows) {
    map.set(r.employee_number, {
      id: r.id,
      employeeNumber: r.employee_number,
      familyName: r.family_name,
      givenName: r.given_name,
      familyNameKana: r.family_name_kana,
      givenNameKana: r.given_name_kana,
      email: r.email,
      departmentId: r.department_id,
      employmentType: r.employment_type,
      hireDate: r.hire_date,
      leaveDate: r.leave_date,
      active: r.active,
    });
  }
  return map;
}

export async function loadDepartments(
  manager: EntityManager,
  companyId: string,
): Promise<{ id: string; code: string; name: string }[]> {
  return manager.query('SELECT id, code, name FROM departments WHERE company_id = $1', [companyId]);
}

const ERROR_BATCH = 5000;

/** Replaces the stored row errors of an import. */
export async function replaceRowErrors(
  manager: EntityManager,
  importId: string,
  errors: readonly RosterRowError[],
): Promise<void> {
  await manager.query('DELETE FROM roster_import_errors WHERE import_id = $1', [importId]);
  for (let start = 0; start < errors.length; start += ERROR_BATCH) {
    const batch = errors.slice(start, start + ERROR_BATCH);
    await manager.query(
      `INSERT INTO roster_import_errors (import_id, seq, row_number, column_name, field, code, message)
       SELECT $1, t.seq, t.row, t.column, t.field, t.code, t.message
         FROM jsonb_to_recordset($2::jsonb)
           AS t(seq int, "row" int, "column" varchar, field varchar, code varchar, message varchar)`,
      [importId, JSON.stringify(batch.map((e, i) => ({ ...e, seq: start + i + 1 })))],
    );
  }
}
