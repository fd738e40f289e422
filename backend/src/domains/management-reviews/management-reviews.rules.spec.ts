import {
  actionKindForDecision,
  auditReportMissing,
  blankInputs,
  incompleteDecisions,
  isEditable,
  maySignOff,
  REVIEW_INPUT_KEYS,
  reviewFreshness,
} from './management-reviews.rules';

describe('R-MR-01 days since the last review', () => {
  it('is never reviewed without a signed review', () => {
    expect(reviewFreshness(null, '2026-06-10')).toEqual({ days: null, state: 'never' });
  });
  it('is fine up to 335 days, amber to 365, red after 365', () => {
    expect(reviewFreshness('2025-06-10', '2026-05-11')).toEqual({ days: 335, state: 'ok' });
    expect(reviewFreshness('2025-06-10', '2026-05-12')).toEqual({ days: 336, state: 'due_soon' });
    expect(reviewFreshness('2025-06-10', '2026-06-10')).toEqual({ days: 365, state: 'due_soon' });
    expect(reviewFreshness('2025-06-10', '2026-06-11')).toEqual({ days: 366, state: 'overdue' });
  });
  it('counts a leap year day', () => {
    expect(reviewFreshness('2027-06-10', '2028-06-10').days).toBe(366);
  });
});

describe('R-MR-02 no blank input at sign-off', () => {
  const all = REVIEW_INPUT_KEYS.map((key) => ({ key, commentary: '状況を確認した', noChange: false }));
  it('accepts commentary or an explicit no change for every input', () => {
    expect(blankInputs(all)).toEqual([]);
    expect(blankInputs(all.map((i) => ({ ...i, commentary: null, noChange: true })))).toEqual([]);
  });
  it('names blank, whitespace-only and missing inputs in list order', () => {
    const inputs = all
      .filter((i) => i.key !== 'a373_g')
      .map((i) =>
        i.key === 'c93_b' ? { ...i, commentary: '  ' } : i.key === 'c93_d' ? { ...i, commentary: null } : i,
      );
    expect(blankInputs(inputs)).toEqual(['c93_b', 'c93_d', 'a373_g']);
  });
  it('an empty review has all thirteen inputs blank', () => {
    expect(blankInputs([])).toEqual([...REVIEW_INPUT_KEYS]);
    expect(REVIEW_INPUT_KEYS).toHaveLength(13);
  });
});

describe('R-MR-03 decisions become actions', () => {
  it('needs a description, an owner and a due date on each decision', () => {
    expect(
      incompleteDecisions([
        { type: 'improvement', description: '教育を追加', ownerPersonId: 'p', dueOn: '2026-09-30' },
        { type: 'resource', description: '', ownerPersonId: null, dueOn: null },
      ]),
    ).toEqual([
      { index: 1, field: 'description' },
      { index: 1, field: 'ownerPersonId' },
      { index: 1, field: 'dueOn' },
    ]);
  });
  it('maps decision types to action kinds', () => {
    expect(actionKindForDecision('improvement')).toBe('improvement');
    expect(actionKindForDecision('pms_change')).toBe('preventive');
    expect(actionKindForDecision('resource')).toBe('preventive');
  });
});

describe('R-MR-04 the latest internal audit report', () => {
  it('must be named before sign-off', () => {
    expect(auditReportMissing({ auditReportReference: null })).toBe(true);
    expect(auditReportMissing({ auditReportReference: ' ' })).toBe(true);
    expect(auditReportMissing({ auditReportReference: '2026年度 内部監査報告書' })).toBe(false);
  });
});

describe('sign-off and freezing', () => {
  it('the chair or an executive signs off', () => {
    expect(maySignOff({ personId: 'chair', isExecutive: false }, 'chair')).toBe(true);
    expect(maySignOff({ personId: 'other', isExecutive: true }, 'chair')).toBe(true);
    expect(maySignOff({ personId: 'other', isExecutive: false }, 'chair')).toBe(false);
  });
  it('only drafts change in place', () => {
    expect(isEditable('draft')).toBe(true);
    expect(isEditable('signed')).toBe(false);
    expect(isEditable('superseded')).toBe(false);
  });
});
