import { tokyoDate } from '../../../platform/notifications/notification.rules';
import type { EmploymentType } from '../person.entity';
import type { RosterAnalysis, RosterPersonInput } from './roster-analysis';
import type { RosterMode } from './roster-import.entity';

/** The stored fields of a person that an import sets. */
export interface PersonValues {
  employeeNumber: string;
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  email: string | null;
  departmentId: string | null;
  employmentType: EmploymentType;
  hireDate: string | null;
  leaveDate: string | null;
  active: boolean;
}

export interface ExistingPerson extends PersonValues {
  id: string;
}

export const PERSON_VALUE_FIELDS: readonly (keyof PersonValues)[] = [
  'employeeNumber',
  'familyName',
  'givenName',
  'familyNameKana',
  'givenNameKana',
  'email',
  'departmentId',
  'employmentType',
  'hireDate',
  'leaveDate',
  'active',
];

export interface PlannedChange {
  row: number;
  existing: ExistingPerson | null;
  values: PersonValues;
}

export interface RosterPlan {
  /** New people, from valid rows. */
  creates: PlannedChange[];
  /** Existing people whose row changes something and keeps them active (or inactive). */
  updates: PlannedChange[];
  /** Existing active people whose row gives a leave date that has passed. */
  leavesByRow: PlannedChange[];
  /** Full import: active people of the company missing from the file. */
  missing: { existing: ExistingPerson; values: PersonValues }[];
  /** Valid rows that change nothing. */
  unchanged: number;
}

/** Someone with a leave date on or before today has left; a later date keeps them active until then. */
export function isActiveOn(leaveDate: string | null, today: string): boolean {
  return leaveDate === null || leaveDate > today;
}

function valuesFor(input: RosterPersonInput, existing: ExistingPerson | null, today: string): PersonValues {
  const keep = <T>(given: T | undefined, current: T | undefined, fallback: T): T =>
    given !== undefined ? given : current !== undefined ? current : fallback;
  return {
    employeeNumber: input.employeeNumber,
    familyName: input.familyName,
    givenName: input.givenName,
    familyNameKana: keep(input.familyNameKana, existing?.familyNameKana, ''),
    givenNameKana: keep(input.givenNameKana, existing?.givenNameKana, ''),
    email: keep(input.email, existing?.email, null),
    departmentId: keep(input.departmentId, existing?.departmentId, null),
    employmentType: input.employmentType,
    hireDate: keep(input.hireDate, existing?.hireDate, null),
    leaveDate: input.leaveDate,
    active: isActiveOn(input.leaveDate, today),
  };
}

export function sameValues(a: PersonValues, b: PersonValues): boolean {
  return PERSON_VALUE_FIELDS.every((f) => a[f] === b[f]);
}

/**
 * What applying the valid rows does to the company's roster: who is created, changed, left alone, and
 * (full import) who leaves because the file no longer lists them. `keepPersonId` (the person behind
 * the account applying the import) is never made a leaver for being missing.
 */
export function planRoster(
  analysis: Pick<RosterAnalysis, 'valid' | 'employeeNumbers'>,
  existing: ReadonlyMap<string, ExistingPerson>,
  mode: RosterMode,
  today: string,
  keepPersonId: string | null = null,
): RosterPlan {
  const plan: RosterPlan = { creates: [], updates: [], leavesByRow: [], missing: [], unchanged: 0 };
  for (const input of analysis.valid) {
    const current = existing.get(input.employeeNumber) ?? null;
    const values = valuesFor(input, current, today);
    if (!current) plan.creates.push({ row: input.row, existing: null, values });
    else if (sameValues(current, values)) plan.unchanged++;
    else if (current.active && !values.active) plan.leavesByRow.push({ row: input.row, existing: current, values });
    else plan.updates.push({ row: input.row, existing: current, values });
  }
  if (mode === 'full') {
    for (const person of existing.values()) {
      if (!person.active || analysis.employeeNumbers.has(person.employeeNumber) || person.id === keepPersonId) continue;
      const leaveDate = person.leaveDate !== null && person.leaveDate <= today ? person.leaveDate : today;
      plan.missing.push({ existing: person, values: { ...person, leaveDate, active: false } });
    }
  }
  return plan;
}

/** The calendar date in Asia/Tokyo, where the law counts days (the platform's helper). */
export { tokyoDate };
