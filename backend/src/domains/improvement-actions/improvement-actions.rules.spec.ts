import {
  ACTION_STATUSES,
  ACTION_STEPS,
  ActionStatus,
  ActionStep,
  allowedSteps,
  closingNeedsApproval,
  effectivenessProblem,
  implementationMissing,
  isOverdue,
  nextStatus,
} from './improvement-actions.rules';

describe('improvement action state machine', () => {
  const expected: Record<ActionStatus, Partial<Record<ActionStep, ActionStatus>>> = {
    open: { start: 'in_progress' },
    in_progress: { implement: 'implemented' },
    implemented: { verify_effective: 'effectiveness_check', verify_not_effective: 'reopened' },
    effectiveness_check: { close: 'closed', reopen: 'reopened' },
    closed: { reopen: 'reopened' },
    reopened: { start: 'in_progress' },
  };

  for (const status of ACTION_STATUSES) {
    for (const step of ACTION_STEPS) {
      const to = expected[status][step] ?? null;
      it(`${status} --${step}--> ${to ?? 'refused'}`, () => {
        expect(nextStatus(status, step)).toBe(to);
      });
    }
  }

  it('lists the allowed steps in life-cycle order', () => {
    expect(allowedSteps('implemented')).toEqual(['verify_effective', 'verify_not_effective']);
    expect(allowedSteps('effectiveness_check')).toEqual(['close', 'reopen']);
    expect(allowedSteps('open')).toEqual(['start']);
  });

  it('walks the whole life cycle, a failed check included', () => {
    let s: ActionStatus = 'open';
    for (const step of [
      'start',
      'implement',
      'verify_not_effective',
      'start',
      'implement',
      'verify_effective',
      'close',
    ] as const) {
      const next = nextStatus(s, step);
      expect(next).not.toBeNull();
      s = next!;
    }
    expect(s).toBe('closed');
  });
});

describe('overdue', () => {
  it('is overdue the day after the due date (Tokyo dates), never when closed', () => {
    expect(isOverdue({ status: 'open', dueOn: '2026-06-10' }, '2026-06-10')).toBe(false);
    expect(isOverdue({ status: 'open', dueOn: '2026-06-10' }, '2026-06-11')).toBe(true);
    expect(isOverdue({ status: 'reopened', dueOn: '2025-12-31' }, '2026-01-01')).toBe(true);
    expect(isOverdue({ status: 'closed', dueOn: '2025-12-31' }, '2026-06-11')).toBe(false);
  });
});

describe('closing approval', () => {
  it('only a major nonconformity needs an executive to approve closing', () => {
    expect(closingNeedsApproval('major_nonconformity')).toBe(true);
    expect(closingNeedsApproval('minor_nonconformity')).toBe(false);
    expect(closingNeedsApproval('observation')).toBe(false);
    expect(closingNeedsApproval('opportunity')).toBe(false);
  });
});

describe('effectiveness check', () => {
  const base = { ownerPersonId: 'a', verifierPersonId: 'b', checkedOn: '2026-07-01', implementedOn: '2026-06-20' };
  it('accepts another person on or after the implementation date', () => {
    expect(effectivenessProblem(base)).toBeNull();
    expect(effectivenessProblem({ ...base, checkedOn: '2026-06-20' })).toBeNull();
  });
  it('refuses the owner as verifier', () => {
    expect(effectivenessProblem({ ...base, verifierPersonId: 'a' })).toBe('VERIFIER_IS_OWNER');
  });
  it('refuses a check dated before the implementation', () => {
    expect(effectivenessProblem({ ...base, checkedOn: '2026-06-19' })).toBe('CHECK_BEFORE_IMPLEMENTATION');
  });
});

describe('implementation needs', () => {
  it('a nonconformity needs its root cause and a plan; an opportunity only a plan', () => {
    expect(implementationMissing({ grade: 'major_nonconformity', rootCause: ' ', plan: null })).toEqual([
      'rootCause',
      'plan',
    ]);
    expect(
      implementationMissing({ grade: 'minor_nonconformity', rootCause: '手順未整備', plan: '手順書を作る' }),
    ).toEqual([]);
    expect(implementationMissing({ grade: 'opportunity', rootCause: null, plan: '改善する' })).toEqual([]);
    expect(implementationMissing({ grade: 'observation', rootCause: null, plan: '' })).toEqual(['plan']);
  });
});
