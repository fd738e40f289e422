import type { RosterPersonInput } from './roster-analysis';
import { isActiveOn, planRoster, tokyoDate, type ExistingPerson } from './roster-plan';

const TODAY = '2026-06-10';

const person = (n: string, over: Partial<ExistingPerson> = {}): ExistingPerson => ({
  id: `id-${n}`,
  employeeNumber: n,
  familyName: '山田',
  givenName: '花子',
  familyNameKana: 'ヤマダ',
  givenNameKana: 'ハナコ',
  email: `${n}@example.jp`,
  departmentId: null,
  employmentType: 'regular',
  hireDate: '2020-04-01',
  leaveDate: null,
  active: true,
  ...over,
});

const row = (n: string, over: Partial<RosterPersonInput> = {}): RosterPersonInput => ({
  row: 2,
  employeeNumber: n,
  familyName: '山田',
  givenName: '花子',
  employmentType: 'regular',
  leaveDate: null,
  ...over,
});

const roster = (...people: ExistingPerson[]) => new Map(people.map((p) => [p.employeeNumber, p]));

describe('planRoster', () => {
  it('creates, updates, keeps unchanged rows, and leaves unmapped fields as they are', () => {
    const plan = planRoster(
      {
        valid: [row('N1'), row('U1', { familyName: '佐藤' }), row('S1')],
        employeeNumbers: new Set(['N1', 'U1', 'S1']),
      },
      roster(person('U1'), person('S1')),
      'partial',
      TODAY,
    );
    expect(plan.creates.map((c) => c.values)).toEqual([
      expect.objectContaining({ employeeNumber: 'N1', familyNameKana: '', email: null, hireDate: null, active: true }),
    ]);
    expect(plan.updates).toHaveLength(1);
    expect(plan.updates[0].values).toMatchObject({
      familyName: '佐藤',
      email: 'U1@example.jp',
      hireDate: '2020-04-01',
    });
    expect(plan.unchanged).toBe(1);
    expect(plan.missing).toEqual([]);
  });

  it('full import: active people missing from the file leave today; present rows with errors do not', () => {
    const plan = planRoster(
      { valid: [row('A')], employeeNumbers: new Set(['A', 'BADROW']) },
      roster(
        person('A'),
        person('BADROW'),
        person('GONE'),
        person('FUTURE', { leaveDate: '2026-12-31' }),
        person('OLD', { active: false, leaveDate: '2020-01-01' }),
        person('ME', { id: 'me' }),
      ),
      'full',
      TODAY,
      'me',
    );
    expect(plan.missing.map((m) => [m.existing.employeeNumber, m.values.leaveDate, m.values.active])).toEqual([
      ['GONE', TODAY, false],
      ['FUTURE', TODAY, false],
    ]);
    expect(
      planRoster({ valid: [], employeeNumbers: new Set() }, roster(person('X')), 'partial', TODAY).missing,
    ).toEqual([]);
  });

  it('a leave date that has passed makes the person a leaver; a future one keeps them active', () => {
    const plan = planRoster(
      {
        valid: [row('L', { leaveDate: '2026-06-10' }), row('F', { leaveDate: '2026-06-11' })],
        employeeNumbers: new Set(['L', 'F']),
      },
      roster(person('L'), person('F')),
      'partial',
      TODAY,
    );
    expect(plan.leavesByRow.map((c) => c.values.employeeNumber)).toEqual(['L']);
    expect(plan.updates.map((c) => [c.values.employeeNumber, c.values.active])).toEqual([['F', true]]);
  });

  it('a leaver listed again without a leave date comes back', () => {
    const plan = planRoster(
      { valid: [row('R')], employeeNumbers: new Set(['R']) },
      roster(person('R', { active: false, leaveDate: '2025-03-31' })),
      'full',
      TODAY,
    );
    expect(plan.updates[0].values).toMatchObject({ active: true, leaveDate: null });
  });
});

describe('dates', () => {
  it('today is the calendar date in Tokyo', () => {
    expect(tokyoDate(new Date('2026-06-09T14:59:59Z'))).toBe('2026-06-09');
    expect(tokyoDate(new Date('2026-06-09T15:00:00Z'))).toBe('2026-06-10');
  });
  it('active until the leave date', () => {
    expect(isActiveOn(null, TODAY)).toBe(true);
    expect(isActiveOn('2026-06-11', TODAY)).toBe(true);
    expect(isActiveOn('2026-06-10', TODAY)).toBe(false);
  });
});
