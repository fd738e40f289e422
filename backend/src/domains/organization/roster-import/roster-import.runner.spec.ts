import { diffSnapshots } from '../../../platform/audit/canonical';
import { creationChanges } from './roster-import.runner';

describe('creationChanges', () => {
  it('is what diffSnapshots(null, after) gives, key order included', () => {
    const after = {
      companyId: 'c1',
      employeeNumber: 'E1',
      familyName: '山田',
      givenName: '',
      familyNameKana: 'ヤマダ',
      givenNameKana: 'ハナコ',
      email: null,
      departmentId: 'd1',
      employmentType: 'regular',
      hireDate: '2020-04-01',
      leaveDate: null,
      active: true,
    };
    const expected = diffSnapshots(null, after);
    expect(creationChanges(after)).toEqual(expected);
    expect(JSON.stringify(creationChanges(after))).toBe(JSON.stringify(expected));
  });
});
