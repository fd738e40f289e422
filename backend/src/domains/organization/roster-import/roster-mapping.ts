/** The person fields a roster column can be mapped to, in the order the mapping screen shows them. */
export const ROSTER_FIELDS = [
  'employeeNumber',
  'familyName',
  'givenName',
  'familyNameKana',
  'givenNameKana',
  'email',
  'departmentCode',
  'employmentType',
  'hireDate',
  'leaveDate',
] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];

/** Fields every import must map. */
export const REQUIRED_ROSTER_FIELDS: readonly RosterField[] = ['employeeNumber', 'familyName', 'employmentType'];

/** Person field → column header of the file. Unmapped fields are left out. */
export type RosterMapping = Partial<Record<RosterField, string>>;
