import {
  canTransition,
  ClockFacts,
  clockChanges,
  closingChecklist,
  computeClocks,
  dayN,
  IncidentClock,
  jipdecPreliminaryRequired,
  missingChecklistItems,
  nearestClock,
  nearestClockTone,
  NEAREST_CLOCK_WARN_DAYS,
  noticeTemplate,
  personsNotifiedAt,
  ppcReportable,
  prefillReport,
  ReportabilityFacts,
  reportabilityReasons,
  reportClock,
  requiredClocks,
  tokyoDate,
} from './incident.rules';

const none: ReportabilityFacts = {
  sensitiveData: false,
  financialDamageRisk: false,
  improperIntent: false,
  personCount: 1,
  highLevelEncryption: false,
  myNumberCount: null,
};

/** An instant given as a Tokyo wall-clock time. */
const tokyo = (local: string) => new Date(`${local}+09:00`);

const facts = (over: Partial<ClockFacts> = {}): ClockFacts => ({
  ...none,
  awareAt: tokyo('2026-06-10T10:00:00'),
  discoveredAt: null,
  ...over,
});

const byKind = (clocks: IncidentClock[]) => Object.fromEntries(clocks.map((c) => [c.kind, c]));

describe('ppcReportable (R-LK-02, My Number rule)', () => {
  it('is false when no Rule 7 category holds', () => {
    expect(ppcReportable(none)).toBe(false);
    expect(reportabilityReasons(none)).toEqual([]);
  });

  it.each([
    ['sensitiveData', { sensitiveData: true }, 'sensitive_data'],
    ['financialDamageRisk', { financialDamageRisk: true }, 'financial_damage_risk'],
    ['improperIntent', { improperIntent: true }, 'improper_intent'],
    ['personCount 1,001', { personCount: 1001 }, 'over_1000_persons'],
  ] as const)('is true for %s alone, even for one person', (_name, over, reason) => {
    const f = { ...none, ...over };
    expect(ppcReportable(f)).toBe(true);
    expect(reportabilityReasons(f)).toEqual([reason]);
  });

  it('counts more than 1,000 persons: exactly 1,000 is not reportable, 1,001 is', () => {
    expect(ppcReportable({ ...none, personCount: 1000 })).toBe(false);
    expect(ppcReportable({ ...none, personCount: 1001 })).toBe(true);
    expect(ppcReportable({ ...none, personCount: 0 })).toBe(false);
  });

  it.each([
    ['sensitiveData', { sensitiveData: true }],
    ['financialDamageRisk', { financialDamageRisk: true }],
    ['improperIntent', { improperIntent: true }],
    ['personCount 1,001', { personCount: 1001 }],
    ['all four', { sensitiveData: true, financialDamageRisk: true, improperIntent: true, personCount: 50000 }],
  ] as const)('is false for %s when the data had high-level encryption', (_name, over) => {
    expect(ppcReportable({ ...none, ...over, highLevelEncryption: true })).toBe(false);
  });

  it('is true for My Number data of more than 100 persons: 100 is not, 101 is', () => {
    expect(ppcReportable({ ...none, myNumberCount: 100 })).toBe(false);
    expect(ppcReportable({ ...none, myNumberCount: 101 })).toBe(true);
    expect(ppcReportable({ ...none, myNumberCount: 0 })).toBe(false);
    expect(reportabilityReasons({ ...none, myNumberCount: 101 })).toEqual(['my_number_over_100']);
  });

  it('keeps the My Number rule apart from the encryption exclusion, as the issue defines it', () => {
    expect(ppcReportable({ ...none, myNumberCount: 101, highLevelEncryption: true })).toBe(true);
    expect(ppcReportable({ ...none, myNumberCount: 100, highLevelEncryption: true, personCount: 5000 })).toBe(false);
  });
});

describe('jipdecPreliminaryRequired (R-LK-04)', () => {
  it('is false when no criterion holds', () => {
    expect(jipdecPreliminaryRequired(none)).toBe(false);
    expect(jipdecPreliminaryRequired({ ...none, personCount: 1000, myNumberCount: 100 })).toBe(false);
  });

  it.each([
    ['sensitiveData', { sensitiveData: true }],
    ['financialDamageRisk', { financialDamageRisk: true }],
    ['improperIntent', { improperIntent: true }],
    ['personCount 1,001', { personCount: 1001 }],
    ['myNumberCount 101', { myNumberCount: 101 }],
  ] as const)('is true for %s, with or without high-level encryption', (_name, over) => {
    expect(jipdecPreliminaryRequired({ ...none, ...over })).toBe(true);
    expect(jipdecPreliminaryRequired({ ...none, ...over, highLevelEncryption: true })).toBe(true);
  });
});

describe('requiredClocks', () => {
  it('gives every incident a JIPDEC final report, and nothing else when no criterion holds', () => {
    expect(requiredClocks(none)).toEqual(['jipdec_final']);
  });
  it('adds the PPC reports, the notice and the JIPDEC preliminary when reportable', () => {
    expect(requiredClocks({ ...none, sensitiveData: true })).toEqual([
      'ppc_preliminary',
      'ppc_final',
      'notify_persons',
      'jipdec_preliminary',
      'jipdec_final',
    ]);
  });
  it('keeps only the JIPDEC reports when encryption excludes the PPC duty', () => {
    expect(requiredClocks({ ...none, sensitiveData: true, highLevelEncryption: true })).toEqual([
      'jipdec_preliminary',
      'jipdec_final',
    ]);
  });
});

describe('day counting (§3.2: the Tokyo calendar day of the start is day 1)', () => {
  it('counts day n as start + n - 1', () => {
    expect(dayN('2026-06-10', 1)).toBe('2026-06-10');
    expect(dayN('2026-06-10', 3)).toBe('2026-06-12');
    expect(dayN('2026-06-10', 5)).toBe('2026-06-14');
    expect(dayN('2026-06-10', 30)).toBe('2026-07-09');
    expect(dayN('2026-06-10', 60)).toBe('2026-08-08');
  });

  it('takes the date in Tokyo, not in UTC: 08:00 in Tokyo is the previous day in UTC', () => {
    const at = tokyo('2026-06-10T08:00:00');
    expect(at.toISOString().slice(0, 10)).toBe('2026-06-09');
    expect(tokyoDate(at)).toBe('2026-06-10');
    expect(tokyoDate(tokyo('2026-06-10T00:00:00'))).toBe('2026-06-10');
    expect(tokyoDate(tokyo('2026-06-09T23:59:59'))).toBe('2026-06-09');
  });
});

describe('computeClocks (R-LK-03, R-LK-04)', () => {
  const today = '2026-06-10';

  it('sets the PPC preliminary target on day 3 and its due date on day 5, from awareAt', () => {
    const c = byKind(computeClocks(facts({ sensitiveData: true }), {}, today));
    expect(c.ppc_preliminary).toMatchObject({ targetDate: '2026-06-12', dueDate: '2026-06-14', status: 'open' });
    expect(c.ppc_preliminary.rule).toMatchObject({
      startsFrom: 'awareAt',
      dayOne: '2026-06-10',
      targetDay: 3,
      dueDay: 5,
    });
  });

  it('sets the PPC final due date on day 30, or day 60 with improper intent', () => {
    expect(byKind(computeClocks(facts({ sensitiveData: true }), {}, today)).ppc_final).toMatchObject({
      dueDate: '2026-07-09',
      targetDate: null,
    });
    const c = byKind(computeClocks(facts({ improperIntent: true }), {}, today));
    expect(c.ppc_final).toMatchObject({ dueDate: '2026-08-08' });
    expect(c.ppc_final.rule.dueDay).toBe(60);
    expect(c.jipdec_final).toMatchObject({ dueDate: '2026-08-08' });
  });

  it('tracks notify_persons as "promptly" with no date until done', () => {
    const c = byKind(computeClocks(facts({ financialDamageRisk: true }), {}, '2026-12-31'));
    expect(c.notify_persons).toMatchObject({ dueDate: null, targetDate: null, status: 'promptly', daysLeft: null });
    const done = tokyo('2026-06-11T15:00:00');
    expect(
      byKind(computeClocks(facts({ financialDamageRisk: true }), { notify_persons: done }, today)).notify_persons,
    ).toMatchObject({ status: 'done', doneAt: done, late: false });
  });

  it('counts the JIPDEC clocks from discoveredAt, and from awareAt when it is missing', () => {
    const f = facts({ personCount: 1500, discoveredAt: tokyo('2026-06-12T09:00:00') });
    const c = byKind(computeClocks(f, {}, today));
    expect(c.ppc_preliminary.dueDate).toBe('2026-06-14');
    expect(c.jipdec_preliminary).toMatchObject({ targetDate: '2026-06-14', dueDate: '2026-06-16' });
    expect(c.jipdec_preliminary.rule).toMatchObject({ startsFrom: 'discoveredAt', dayOne: '2026-06-12' });
    expect(c.jipdec_final.dueDate).toBe('2026-07-11');
    const same = byKind(computeClocks(facts({ personCount: 1500 }), {}, today));
    expect(same.jipdec_final.dueDate).toBe('2026-07-09');
  });

  it('gives a non-reportable incident only the JIPDEC final clock (30 days)', () => {
    const clocks = computeClocks(facts(), {}, today);
    expect(clocks.map((c) => c.kind)).toEqual(['jipdec_final']);
    expect(clocks[0]).toMatchObject({ dueDate: '2026-07-09', rule: { dueDay: 30, targetDay: null } });
  });

  it('starts an awareAt of 08:00 in Tokyo on that Tokyo day, not on the previous UTC day', () => {
    const c = byKind(computeClocks(facts({ sensitiveData: true, awareAt: tokyo('2026-06-10T08:00:00') }), {}, today));
    expect(c.ppc_preliminary.rule.dayOne).toBe('2026-06-10');
    expect(c.ppc_preliminary.dueDate).toBe('2026-06-14');
    expect(c.ppc_final.dueDate).toBe('2026-07-09');
  });

  it('starts an awareAt of 23:30 in Tokyo on that day, and one of 00:30 on the next', () => {
    expect(computeClocks(facts({ awareAt: tokyo('2026-06-10T23:30:00') }), {}, today)[0].rule.dayOne).toBe(
      '2026-06-10',
    );
    expect(computeClocks(facts({ awareAt: tokyo('2026-06-11T00:30:00') }), {}, today)[0].rule.dayOne).toBe(
      '2026-06-11',
    );
  });

  it('crosses month ends (including February) and the year end', () => {
    const jan29 = byKind(
      computeClocks(facts({ sensitiveData: true, awareAt: tokyo('2026-01-29T12:00:00') }), {}, today),
    );
    expect(jan29.ppc_preliminary).toMatchObject({ targetDate: '2026-01-31', dueDate: '2026-02-02' });
    expect(jan29.ppc_final.dueDate).toBe('2026-02-27');
    const feb27 = byKind(
      computeClocks(facts({ sensitiveData: true, awareAt: tokyo('2026-02-27T12:00:00') }), {}, today),
    );
    expect(feb27.ppc_preliminary).toMatchObject({ targetDate: '2026-03-01', dueDate: '2026-03-03' });
    const leap = byKind(
      computeClocks(facts({ sensitiveData: true, awareAt: tokyo('2028-02-27T12:00:00') }), {}, today),
    );
    expect(leap.ppc_preliminary).toMatchObject({ targetDate: '2028-02-29', dueDate: '2028-03-02' });
    const dec30 = byKind(
      computeClocks(facts({ improperIntent: true, awareAt: tokyo('2026-12-30T18:00:00') }), {}, today),
    );
    expect(dec30.ppc_preliminary).toMatchObject({ targetDate: '2027-01-01', dueDate: '2027-01-03' });
    expect(dec30.ppc_final.dueDate).toBe('2027-02-27');
    const dec2 = byKind(
      computeClocks(facts({ sensitiveData: true, awareAt: tokyo('2026-12-02T09:00:00') }), {}, today),
    );
    expect(dec2.ppc_final.dueDate).toBe('2026-12-31');
    const dec3 = byKind(
      computeClocks(facts({ sensitiveData: true, awareAt: tokyo('2026-12-03T09:00:00') }), {}, today),
    );
    expect(dec3.ppc_final.dueDate).toBe('2027-01-01');
  });

  it('crosses the year end when the Tokyo date is already January 1 but UTC is still December 31', () => {
    const at = tokyo('2027-01-01T08:00:00');
    expect(at.toISOString().slice(0, 10)).toBe('2026-12-31');
    const c = byKind(computeClocks(facts({ sensitiveData: true, awareAt: at }), {}, today));
    expect(c.ppc_preliminary).toMatchObject({ targetDate: '2027-01-03', dueDate: '2027-01-05' });
    expect(c.ppc_final.dueDate).toBe('2027-01-30');
  });

  it('reports the status against today: open, due soon (target reached or 1 day left), due today, overdue', () => {
    const f = facts({ sensitiveData: true });
    const at = (d: string) => byKind(computeClocks(f, {}, d)).ppc_preliminary;
    expect(at('2026-06-10')).toMatchObject({ status: 'open', daysLeft: 4 });
    expect(at('2026-06-11')).toMatchObject({ status: 'open', daysLeft: 3 });
    expect(at('2026-06-12')).toMatchObject({ status: 'due_soon', daysLeft: 2 });
    expect(at('2026-06-13')).toMatchObject({ status: 'due_soon', daysLeft: 1 });
    expect(at('2026-06-14')).toMatchObject({ status: 'due_today', daysLeft: 0 });
    expect(at('2026-06-15')).toMatchObject({ status: 'overdue', daysLeft: -1 });
    const final = (d: string) => byKind(computeClocks(f, {}, d)).ppc_final;
    expect(final('2026-07-07').status).toBe('open');
    expect(final('2026-07-08').status).toBe('due_soon');
    expect(final('2026-07-09').status).toBe('due_today');
    expect(final('2026-07-10').status).toBe('overdue');
  });

  it('marks a clock done when its report was submitted, late when after the due date', () => {
    const f = facts({ sensitiveData: true });
    const onTime = tokyo('2026-06-14T23:59:00');
    const late = tokyo('2026-06-15T00:01:00');
    expect(byKind(computeClocks(f, { ppc_preliminary: onTime }, '2026-06-20')).ppc_preliminary).toMatchObject({
      status: 'done',
      late: false,
      daysLeft: null,
    });
    expect(byKind(computeClocks(f, { ppc_preliminary: late }, '2026-06-20')).ppc_preliminary).toMatchObject({
      status: 'done',
      late: true,
    });
  });

  it('keeps a done clock listed after an edit made it no longer required', () => {
    const done = tokyo('2026-06-11T10:00:00');
    const kinds = computeClocks(facts({ personCount: 10 }), { ppc_preliminary: done }, today).map((c) => c.kind);
    expect(kinds).toEqual(['ppc_preliminary', 'jipdec_final']);
  });
});

describe('recomputation after edits', () => {
  const today = '2026-06-10';

  it('adds the PPC clocks and the JIPDEC preliminary when personCount rises from 800 to 1,500', () => {
    const before = computeClocks(facts({ personCount: 800 }), {}, today);
    const after = computeClocks(facts({ personCount: 1500 }), {}, today);
    expect(before.map((c) => c.kind)).toEqual(['jipdec_final']);
    expect(after.map((c) => c.kind)).toEqual([
      'ppc_preliminary',
      'ppc_final',
      'notify_persons',
      'jipdec_preliminary',
      'jipdec_final',
    ]);
    expect(clockChanges(before, after)).toEqual({
      ppc_preliminary: { before: null, after: 'target 2026-06-12, due 2026-06-14' },
      ppc_final: { before: null, after: 'due 2026-07-09' },
      notify_persons: { before: null, after: 'due promptly' },
      jipdec_preliminary: { before: null, after: 'target 2026-06-12, due 2026-06-14' },
    });
  });

  it('moves the final due dates from day 30 to day 60 when improper intent is found', () => {
    const before = computeClocks(facts({ sensitiveData: true }), {}, today);
    const after = computeClocks(facts({ sensitiveData: true, improperIntent: true }), {}, today);
    expect(clockChanges(before, after)).toEqual({
      ppc_final: { before: 'due 2026-07-09', after: 'due 2026-08-08' },
      jipdec_final: { before: 'due 2026-07-09', after: 'due 2026-08-08' },
    });
  });

  it('moves every PPC date when awareAt is corrected, and only the JIPDEC ones when discoveredAt is', () => {
    const before = computeClocks(facts({ sensitiveData: true }), {}, today);
    const aware = computeClocks(facts({ sensitiveData: true, awareAt: tokyo('2026-06-08T10:00:00') }), {}, today);
    expect(Object.keys(clockChanges(before, aware))).toEqual([
      'ppc_preliminary',
      'ppc_final',
      'jipdec_preliminary',
      'jipdec_final',
    ]);
    const discovered = computeClocks(
      facts({ sensitiveData: true, discoveredAt: tokyo('2026-06-11T10:00:00') }),
      {},
      today,
    );
    expect(Object.keys(clockChanges(before, discovered))).toEqual(['jipdec_preliminary', 'jipdec_final']);
  });

  it('drops the PPC clocks when high-level encryption is confirmed, keeping the JIPDEC ones', () => {
    const before = computeClocks(facts({ sensitiveData: true }), {}, today);
    const after = computeClocks(facts({ sensitiveData: true, highLevelEncryption: true }), {}, today);
    expect(after.map((c) => c.kind)).toEqual(['jipdec_preliminary', 'jipdec_final']);
    expect(Object.keys(clockChanges(before, after))).toEqual(['ppc_preliminary', 'ppc_final', 'notify_persons']);
  });

  it('adds the PPC and JIPDEC preliminary clocks when the My Number count goes from 100 to 101', () => {
    const before = computeClocks(facts({ myNumberCount: 100 }), {}, today);
    const after = computeClocks(facts({ myNumberCount: 101 }), {}, today);
    expect(before.map((c) => c.kind)).toEqual(['jipdec_final']);
    expect(after.map((c) => c.kind)).toContain('ppc_preliminary');
    expect(after.map((c) => c.kind)).toContain('jipdec_preliminary');
  });

  it('reports no change when nothing a clock depends on changed', () => {
    const a = computeClocks(facts({ sensitiveData: true }), {}, today);
    const b = computeClocks(facts({ sensitiveData: true, financialDamageRisk: true, personCount: 3 }), {}, today);
    expect(clockChanges(a, b)).toEqual({});
  });
});

describe('nearestClock', () => {
  it('picks the earliest open due date, then "promptly", and nothing when all are done', () => {
    const f = facts({ sensitiveData: true, discoveredAt: tokyo('2026-06-09T10:00:00') });
    expect(nearestClock(computeClocks(f, {}, '2026-06-10'))).toMatchObject({ kind: 'jipdec_preliminary' });
    const d = tokyo('2026-06-11T10:00:00');
    const allButNotice = { ppc_preliminary: d, ppc_final: d, jipdec_preliminary: d, jipdec_final: d };
    expect(nearestClock(computeClocks(f, allButNotice, '2026-06-12'))).toMatchObject({ kind: 'notify_persons' });
    expect(nearestClock(computeClocks(f, { ...allButNotice, notify_persons: d }, '2026-06-12'))).toBeNull();
  });
});

describe('nearestClockTone (the dashboard figure of the nearest legal clock)', () => {
  it('is green without a running clock and while the due date is more than the warning days away', () => {
    expect(nearestClockTone(null, '2026-06-10')).toBe('ok');
    expect(nearestClockTone('2026-06-14', '2026-06-10')).toBe('ok');
    expect(nearestClockTone('2026-07-31', '2026-06-10')).toBe('ok');
  });
  it('is amber from the warning days before the due date up to the due day itself', () => {
    expect(NEAREST_CLOCK_WARN_DAYS).toBe(3);
    expect(nearestClockTone('2026-06-13', '2026-06-10')).toBe('warn');
    expect(nearestClockTone('2026-06-11', '2026-06-10')).toBe('warn');
    expect(nearestClockTone('2026-06-10', '2026-06-10')).toBe('warn');
  });
  it('is red once the due date has passed, across month and year ends', () => {
    expect(nearestClockTone('2026-06-09', '2026-06-10')).toBe('bad');
    expect(nearestClockTone('2026-05-31', '2026-06-01')).toBe('bad');
    expect(nearestClockTone('2026-12-31', '2027-01-01')).toBe('bad');
    expect(nearestClockTone('2027-01-02', '2026-12-30')).toBe('warn');
  });
});

describe('personsNotifiedAt', () => {
  const n = (method: 'post' | 'email' | 'phone' | 'public_notice', day: number, count: number) => ({
    method,
    notifiedAt: tokyo(`2026-06-${String(day).padStart(2, '0')}T10:00:00`),
    personCount: count,
  });
  it('is done when the notices reached every person, at the notice that completed it', () => {
    expect(personsNotifiedAt(1500, [])).toBeNull();
    expect(personsNotifiedAt(1500, [n('email', 12, 1000)])).toBeNull();
    expect(personsNotifiedAt(1500, [n('post', 14, 500), n('email', 12, 1000)])).toEqual(tokyo('2026-06-14T10:00:00'));
  });
  it('is done at a public notice made as the substitute measure', () => {
    expect(personsNotifiedAt(1500, [n('email', 12, 10), n('public_notice', 13, 0)])).toEqual(
      tokyo('2026-06-13T10:00:00'),
    );
  });
});

describe('status machine', () => {
  it('moves forward, may skip steps, never backward, never out of closed', () => {
    expect(canTransition('reported', 'triage')).toBe(true);
    expect(canTransition('triage', 'reporting')).toBe(true);
    expect(canTransition('notifying', 'closed')).toBe(true);
    expect(canTransition('reporting', 'triage')).toBe(false);
    expect(canTransition('triage', 'triage')).toBe(false);
    expect(canTransition('closed', 'triage')).toBe(false);
  });
});

describe('closing checklist (R-LK-05)', () => {
  const f = facts({ sensitiveData: true });
  const d = tokyo('2026-06-11T10:00:00');
  const allDone = computeClocks(
    f,
    { ppc_preliminary: d, ppc_final: d, notify_persons: d, jipdec_preliminary: d, jipdec_final: d },
    '2026-06-12',
  );
  const complete = {
    noticeCount: 1,
    publicationDecision: 'not_published' as const,
    causeAnalysis: '宛先確認の不足',
    recurrencePrevention: '送信前の二重確認',
    clocks: allDone,
  };

  it('is complete when every item is done', () => {
    expect(missingChecklistItems(complete)).toEqual([]);
    expect(closingChecklist(complete).every((i) => i.done)).toBe(true);
  });

  it.each([
    ['persons_notified', { noticeCount: 0 }],
    ['publication_decision', { publicationDecision: null }],
    ['cause_analysis', { causeAnalysis: '  ' }],
    ['recurrence_prevention', { recurrencePrevention: null }],
    ['reports_to_bodies', { clocks: computeClocks(f, { notify_persons: d }, '2026-06-12') }],
  ] as const)('names %s when it is missing', (item, over) => {
    expect(missingChecklistItems({ ...complete, ...over })).toContain(item);
  });

  it('needs every person reached when the PPC notice duty applies', () => {
    const open = computeClocks(
      f,
      { ppc_preliminary: d, ppc_final: d, jipdec_preliminary: d, jipdec_final: d },
      '2026-06-12',
    );
    expect(missingChecklistItems({ ...complete, clocks: open })).toEqual(['persons_notified']);
  });
});

describe('report drafts and the notice', () => {
  const prefill = prefillReport({
    summary: '顧客へのメール誤送信',
    dataItems: '氏名、メールアドレス',
    personCount: 1500,
    personCountEstimated: true,
    causeAnalysis: 'BCC設定漏れ',
    secondaryHarm: null,
    publicationDecision: 'published',
    publicationNote: 'ウェブサイト',
    recurrencePrevention: null,
    noticeCount: 0,
    notifiedPersons: 0,
    occurredAt: null,
    awareAt: tokyo('2026-06-10T08:00:00'),
    discoveredAt: null,
  });

  it('prefills the nine items of Rule 8 from the record', () => {
    expect(prefill.summary).toContain('覚知日: 2026/06/10');
    expect(prefill.summary).toContain('発生日: 不明');
    expect(prefill.personCount).toBe('1,500人（推定）');
    expect(prefill.dataItems).toBe('氏名、メールアドレス');
    expect(prefill.cause).toBe('BCC設定漏れ');
    expect(prefill.publication).toBe('公表済み（ウェブサイト）');
    expect(prefill.actionsForPersons).toBe('本人への通知は未実施');
    expect(Object.keys(prefill)).toHaveLength(9);
  });

  it('builds the notice from items 1, 2, 4, 5 and 9 only', () => {
    const text = noticeTemplate('GMO TECH株式会社', { ...prefill, recurrencePrevention: '内部限り' }, '03-5489-6370');
    expect(text).toContain('GMO TECH株式会社');
    expect(text).toContain('氏名、メールアドレス');
    expect(text).toContain('BCC設定漏れ');
    expect(text).toContain('二次被害');
    expect(text).toContain('03-5489-6370');
    expect(text).not.toContain('1,500人');
    expect(text).not.toContain('内部限り');
  });

  it('maps a report to the clock it completes', () => {
    expect(reportClock('ppc', 'preliminary')).toBe('ppc_preliminary');
    expect(reportClock('jipdec', 'final')).toBe('jipdec_final');
  });
});
