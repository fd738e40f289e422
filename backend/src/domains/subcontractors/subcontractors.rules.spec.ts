import {
  addMonths,
  allowedTransitions,
  chainDepth,
  chainParentValid,
  checkTransition,
  computeRiskTier,
  DEFAULT_AUDIT_SCHEDULE,
  DEFAULT_CRITERIA,
  DEFAULT_PASS_MARK,
  dispositionProblems,
  effectiveRiskTier,
  evaluationOutcome,
  isExpiringWithin,
  isOverdue,
  linkState,
  mayDiscardContract,
  missingClauses,
  nextAuditDue,
  resubcontractorProblems,
  retentionProblems,
  SUBCONTRACTOR_STATUSES,
  templateProblems,
  validateScores,
} from './subcontractors.rules';

describe('risk tier', () => {
  it('is high for sensitive data, My Number or 5,000 persons and more', () => {
    expect(computeRiskTier({ sensitiveData: true, myNumber: false, approxPersons: 10 })).toBe('high');
    expect(computeRiskTier({ sensitiveData: false, myNumber: true, approxPersons: 10 })).toBe('high');
    expect(computeRiskTier({ sensitiveData: false, myNumber: false, approxPersons: 5000 })).toBe('high');
  });

  it('is medium from 500 persons and low below', () => {
    expect(computeRiskTier({ sensitiveData: false, myNumber: false, approxPersons: 4999 })).toBe('medium');
    expect(computeRiskTier({ sensitiveData: false, myNumber: false, approxPersons: 500 })).toBe('medium');
    expect(computeRiskTier({ sensitiveData: false, myNumber: false, approxPersons: 499 })).toBe('low');
    expect(computeRiskTier({ sensitiveData: false, myNumber: false, approxPersons: 0 })).toBe('low');
  });

  it('takes an override only with a reason', () => {
    expect(effectiveRiskTier('low', null, null)).toEqual({ tier: 'low', error: null });
    expect(effectiveRiskTier('low', 'high', 'クラウド上で広告配信データを処理')).toEqual({ tier: 'high', error: null });
    expect(effectiveRiskTier('high', 'low', '  ')).toEqual({ tier: null, error: 'OVERRIDE_REASON_REQUIRED' });
    expect(effectiveRiskTier('high', 'medium', undefined)).toEqual({ tier: null, error: 'OVERRIDE_REASON_REQUIRED' });
  });
});

describe('status machine and R-SC-01', () => {
  it('follows candidate → evaluating → approved / conditionally approved → suspended → terminated', () => {
    expect(checkTransition('candidate', 'evaluating', false)).toBeNull();
    expect(checkTransition('evaluating', 'approved', true)).toBeNull();
    expect(checkTransition('evaluating', 'conditionally_approved', true)).toBeNull();
    expect(checkTransition('approved', 'suspended', true)).toBeNull();
    expect(checkTransition('suspended', 'terminated', true)).toBeNull();
  });

  it('refuses skipping steps and leaving terminated', () => {
    expect(checkTransition('candidate', 'approved', true)).toBe('INVALID_TRANSITION');
    expect(checkTransition('candidate', 'suspended', true)).toBe('INVALID_TRANSITION');
    for (const to of SUBCONTRACTOR_STATUSES) expect(checkTransition('terminated', to, true)).toBe('INVALID_TRANSITION');
    expect(allowedTransitions('terminated')).toEqual([]);
  });

  it('R-SC-01: refuses approval without a passed selection evaluation', () => {
    expect(checkTransition('evaluating', 'approved', false)).toBe('EVALUATION_REQUIRED');
    expect(checkTransition('evaluating', 'conditionally_approved', false)).toBe('EVALUATION_REQUIRED');
    expect(checkTransition('suspended', 'approved', false)).toBe('EVALUATION_REQUIRED');
    // Suspending or terminating never needs one.
    expect(checkTransition('approved', 'suspended', false)).toBeNull();
    expect(checkTransition('evaluating', 'terminated', false)).toBeNull();
  });
});

describe('selection evaluation', () => {
  const criteria = DEFAULT_CRITERIA;
  const all = (score: number) => criteria.map((c) => ({ criterionKey: c.key, score }));

  it('has the criteria of reference §6 by default', () => {
    expect(criteria.map((c) => c.key)).toEqual([
      'certification',
      'internal_rules',
      'responsibility',
      'physical',
      'human',
      'technical',
      'resubcontracting',
      'incidents',
      'compliance',
    ]);
    expect(templateProblems(criteria, DEFAULT_PASS_MARK)).toEqual([]);
  });

  it('accepts one score per criterion within its range', () => {
    expect(validateScores(criteria, all(0))).toEqual([]);
    expect(validateScores(criteria, all(5))).toEqual([]);
  });

  it('names scores outside the range, unknown, duplicate and missing criteria', () => {
    const scores = all(3);
    scores[1] = { criterionKey: 'internal_rules', score: 6 };
    scores[2] = { criterionKey: 'responsibility', score: -1 };
    scores[3] = { criterionKey: 'physical', score: 2.5 };
    expect(validateScores(criteria, scores).map((e) => [e.index, e.code])).toEqual([
      [1, 'OUT_OF_RANGE'],
      [2, 'OUT_OF_RANGE'],
      [3, 'OUT_OF_RANGE'],
    ]);
    const odd = [...all(3).slice(1), { criterionKey: 'nope', score: 1 }, { criterionKey: 'human', score: 1 }];
    expect(validateScores(criteria, odd).map((e) => e.code)).toEqual(['UNKNOWN_CRITERION', 'DUPLICATE', 'MISSING']);
  });

  it('passes at the pass mark and fails below it', () => {
    expect(evaluationOutcome(all(3), 27)).toEqual({ total: 27, passed: true });
    const below = all(3);
    below[0] = { criterionKey: 'certification', score: 2 };
    expect(evaluationOutcome(below, 27)).toEqual({ total: 26, passed: false });
  });

  it('refuses templates with duplicate keys, inverted ranges or an unreachable pass mark', () => {
    const bad = [
      { key: 'x', labelJa: 'x', labelEn: 'x', minScore: 0, maxScore: 5 },
      { key: 'x', labelJa: 'y', labelEn: 'y', minScore: 3, maxScore: 1 },
    ];
    expect(templateProblems(bad, 100)).toEqual(['criteria.1.key', 'criteria.1.maxScore', 'passMark']);
  });
});

describe('R-SC-02 contract clauses', () => {
  const allTrue = { a: true, b: true, c: true, d: true, e: true, f: true, g: true, h: true };

  it('accepts a contract with every clause a–h', () => {
    expect(missingClauses(allTrue, [])).toEqual([]);
  });

  it('names the missing clauses in order', () => {
    expect(missingClauses({ ...allTrue, e: false, c: false }, [])).toEqual(['c', 'e']);
    expect(missingClauses({}, [])).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
  });

  it('accepts a missing clause covered by an approved exception with its reason', () => {
    expect(
      missingClauses({ ...allTrue, c: false }, [
        { clause: 'c', reason: '再委託なしの契約', approvedBy: '個人情報保護管理者' },
      ]),
    ).toEqual([]);
  });

  it('does not count an exception without a reason or an approver', () => {
    expect(missingClauses({ ...allTrue, e: false }, [{ clause: 'e', reason: ' ', approvedBy: '管理者' }])).toEqual([
      'e',
    ]);
    expect(missingClauses({ ...allTrue, e: false }, [{ clause: 'e', reason: '理由', approvedBy: '' }])).toEqual(['e']);
  });
});

describe('R-SC-03 audit schedule', () => {
  it('adds months, clamping the day', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2026-11-15', 2)).toBe('2027-01-15');
  });

  it('is due one interval by tier after the last audit, or after approval', () => {
    expect(nextAuditDue('approved', 'high', '2026-04-01', '2025-01-01')).toBe('2027-04-01');
    expect(nextAuditDue('approved', 'medium', null, '2026-04-01')).toBe('2027-04-01');
    expect(nextAuditDue('conditionally_approved', 'low', '2026-04-01', null)).toBe('2028-04-01');
  });

  it('follows a configured schedule', () => {
    const schedule = { ...DEFAULT_AUDIT_SCHEDULE, high: { months: 6, kind: 'on_site' as const } };
    expect(nextAuditDue('approved', 'high', '2026-04-01', null, schedule)).toBe('2026-10-01');
  });

  it('has nothing due for a subcontractor not active', () => {
    expect(nextAuditDue('candidate', 'high', null, null)).toBeNull();
    expect(nextAuditDue('suspended', 'high', '2026-01-01', null)).toBeNull();
    expect(nextAuditDue('terminated', 'low', '2026-01-01', null)).toBeNull();
  });

  it('tells overdue and expiring dates', () => {
    expect(isOverdue('2026-05-31', '2026-06-01')).toBe(true);
    expect(isOverdue('2026-06-01', '2026-06-01')).toBe(false);
    expect(isOverdue(null, '2026-06-01')).toBe(false);
    expect(isExpiringWithin('2026-07-31', '2026-06-01', 60)).toBe(true);
    expect(isExpiringWithin('2026-08-01', '2026-06-01', 60)).toBe(false);
    expect(isExpiringWithin('2026-05-31', '2026-06-01', 60)).toBe(false);
  });
});

describe('R-SC-04 contract retention', () => {
  it('keeps the contract at least until its end and the ledger retention', () => {
    expect(retentionProblems({ endsOn: '2027-03-31', retainUntil: '2028-03-31' })).toEqual([]);
    expect(retentionProblems({ endsOn: '2027-03-31', retainUntil: '2027-03-30' })).toEqual(['BEFORE_CONTRACT_END']);
    expect(
      retentionProblems({ endsOn: '2027-03-31', retainUntil: '2028-03-31', ledgerRetentionUntil: '2029-03-31' }),
    ).toEqual(['BEFORE_LEDGER_RETENTION']);
    expect(retentionProblems({ endsOn: '2027-03-31', retainUntil: null })).toEqual([]);
  });

  it('never lets a contract go while the entrusted data is held', () => {
    expect(mayDiscardContract('held', null, '2030-01-01')).toBe(false);
    expect(mayDiscardContract('deleted', '2029-12-31', '2030-01-01')).toBe(true);
    expect(mayDiscardContract('returned', '2030-12-31', '2030-01-01')).toBe(false);
  });

  it('needs a past date for a return or deletion, none while held', () => {
    expect(dispositionProblems('held', null, '2026-06-01')).toEqual([]);
    expect(dispositionProblems('held', '2026-05-01', '2026-06-01')).toEqual(['DATE_NOT_EXPECTED']);
    expect(dispositionProblems('returned', null, '2026-06-01')).toEqual(['DATE_REQUIRED']);
    expect(dispositionProblems('deleted', '2026-06-02', '2026-06-01')).toEqual(['DATE_IN_FUTURE']);
    expect(dispositionProblems('deleted', '2026-06-01', '2026-06-01')).toEqual([]);
  });
});

describe('R-SC-05 re-subcontractors', () => {
  it('needs a prior approval or report, dated no later than the start', () => {
    expect(resubcontractorProblems({ basis: 'prior_approval', basisOn: '2026-04-01', startsOn: '2026-04-01' })).toEqual(
      [],
    );
    expect(resubcontractorProblems({ basis: 'prior_report', basisOn: '2026-03-01', startsOn: null })).toEqual([]);
    expect(resubcontractorProblems({ basis: null, basisOn: '2026-03-01', startsOn: null })).toEqual(['BASIS_REQUIRED']);
    expect(resubcontractorProblems({ basis: 'prior_report', basisOn: null, startsOn: null })).toEqual([
      'BASIS_DATE_REQUIRED',
    ]);
    expect(resubcontractorProblems({ basis: 'prior_approval', basisOn: '2026-04-02', startsOn: '2026-04-01' })).toEqual(
      ['BASIS_AFTER_START'],
    );
  });

  it('keeps the chain a tree within the subcontractor', () => {
    const parents = new Map<string, string | null>([
      ['r1', null],
      ['r2', 'r1'],
      ['r3', 'r2'],
    ]);
    expect(chainParentValid(null, 'r2', parents)).toBe(true);
    expect(chainParentValid(null, null, parents)).toBe(true);
    expect(chainParentValid(null, 'elsewhere', parents)).toBe(false);
    expect(chainParentValid('r1', 'r3', parents)).toBe(false);
    expect(chainParentValid('r2', 'r2', parents)).toBe(false);
    expect(chainParentValid('r3', 'r1', parents)).toBe(true);
    expect(chainDepth('r3', parents)).toBe(3);
    expect(chainDepth('r1', parents)).toBe(1);
  });
});

describe('questionnaire link', () => {
  const now = new Date('2026-06-01T00:00:00Z');
  const link = { expiresAt: new Date('2026-06-15T00:00:00Z'), submittedAt: null, revokedAt: null };

  it('works until it expires, once', () => {
    expect(linkState(link, now)).toBe('usable');
    expect(linkState(link, new Date('2026-06-15T00:00:00Z'))).toBe('expired');
    expect(linkState({ ...link, submittedAt: now }, now)).toBe('used');
    expect(linkState({ ...link, revokedAt: now }, now)).toBe('revoked');
  });
});
