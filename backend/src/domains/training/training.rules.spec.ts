import {
  answerErrors,
  assignmentState,
  attemptRefusal,
  Audience,
  canBeAnnual,
  completionRate,
  covered,
  coverageSince,
  coveredUntil,
  grade,
  inAudience,
  makeUpRefusal,
  missingTopics,
  newHireAssignment,
  QuizQuestion,
  quizErrors,
  RosterEntry,
  shouldWithdraw,
  shuffled,
  shuffleQuiz,
  windowErrors,
  windowOpen,
  withoutAnswers,
} from './training.rules';
import { addDays } from '../../platform/notifications/notification.rules';

const single: QuizQuestion = {
  id: 'q1',
  kind: 'single',
  textJa: '方針は？',
  textEn: 'Policy?',
  options: [
    { id: 'a', textJa: 'A', textEn: 'A', correct: true },
    { id: 'b', textJa: 'B', textEn: 'B', correct: false },
  ],
};
const multiple: QuizQuestion = {
  id: 'q2',
  kind: 'multiple',
  textJa: '違反の結果は？',
  textEn: 'Consequences?',
  options: [
    { id: 'x', textJa: 'X', textEn: 'X', correct: true },
    { id: 'y', textJa: 'Y', textEn: 'Y', correct: true },
    { id: 'z', textJa: 'Z', textEn: 'Z', correct: false },
  ],
};
const quiz = [single, multiple];

describe('topics (R-ED-02)', () => {
  it('an annual course must cover policy, importance, roles and consequences', () => {
    expect(canBeAnnual(['policy', 'importance', 'roles', 'consequences'])).toBe(true);
    expect(canBeAnnual(['consequences', 'roles', 'policy', 'importance'])).toBe(true);
    expect(canBeAnnual(['policy', 'importance', 'roles'])).toBe(false);
    expect(canBeAnnual([])).toBe(false);
  });

  it('names the missing topics in the standard order', () => {
    expect(missingTopics(['roles'])).toEqual(['policy', 'importance', 'consequences']);
    expect(missingTopics(['policy', 'importance', 'roles', 'consequences'])).toEqual([]);
  });
});

describe('quizErrors', () => {
  it('accepts a well-formed quiz', () => {
    expect(quizErrors(quiz)).toEqual([]);
  });

  it('refuses an empty quiz, too few options, wrong number of correct options and duplicate ids', () => {
    expect(quizErrors([]).map((e) => e.code)).toEqual(['QUIZ_EMPTY']);
    expect(quizErrors([{ ...single, options: [single.options[0]] }]).map((e) => e.code)).toEqual(['TOO_FEW_OPTIONS']);
    expect(
      quizErrors([{ ...single, options: single.options.map((o) => ({ ...o, correct: true })) }]).map((e) => e.code),
    ).toEqual(['SINGLE_NEEDS_ONE_CORRECT']);
    expect(
      quizErrors([{ ...multiple, options: multiple.options.map((o) => ({ ...o, correct: false })) }]).map(
        (e) => e.code,
      ),
    ).toEqual(['MULTIPLE_NEEDS_A_CORRECT']);
    expect(quizErrors([single, { ...single }]).map((e) => e.code)).toEqual(['DUPLICATE']);
    expect(
      quizErrors([{ ...single, options: [single.options[0], { ...single.options[1], id: 'a' }] }]).map((e) => e.code),
    ).toEqual(['DUPLICATE']);
  });

  it('names the field of the question at fault', () => {
    expect(quizErrors([single, { ...multiple, options: [multiple.options[2]] }])[0].field).toBe('questions.1.options');
  });
});

describe('answerErrors', () => {
  const ok = [
    { questionId: 'q1', optionIds: ['a'] },
    { questionId: 'q2', optionIds: ['x', 'y'] },
  ];

  it('accepts one answer per question with its own options', () => {
    expect(answerErrors(quiz, ok)).toEqual([]);
  });

  it('refuses unknown questions and options', () => {
    expect(answerErrors(quiz, [ok[0], { questionId: 'q2', optionIds: ['a'] }]).map((e) => e.code)).toEqual([
      'UNKNOWN_OPTION',
    ]);
    expect(answerErrors(quiz, [...ok, { questionId: 'q9', optionIds: ['a'] }]).map((e) => e.code)).toEqual([
      'UNKNOWN_QUESTION',
    ]);
  });

  it('refuses a missing answer, a question answered twice and an option chosen twice', () => {
    expect(answerErrors(quiz, [ok[0]]).map((e) => e.code)).toEqual(['UNANSWERED']);
    expect(answerErrors(quiz, [...ok, ok[0]]).map((e) => e.code)).toEqual(['DUPLICATE']);
    expect(answerErrors(quiz, [ok[0], { questionId: 'q2', optionIds: ['x', 'x'] }]).map((e) => e.code)).toEqual([
      'DUPLICATE',
    ]);
  });

  it('single choice takes exactly one option; multiple choice at least one', () => {
    expect(answerErrors(quiz, [{ questionId: 'q1', optionIds: ['a', 'b'] }, ok[1]]).map((e) => e.code)).toEqual([
      'CHOOSE_ONE',
    ]);
    expect(answerErrors(quiz, [ok[0], { questionId: 'q2', optionIds: [] }]).map((e) => e.code)).toEqual([
      'CHOOSE_AT_LEAST_ONE',
    ]);
  });
});

describe('grade (R-ED-03)', () => {
  it('scores exact matches only, no partial credit for multiple choice', () => {
    expect(
      grade(
        quiz,
        [
          { questionId: 'q1', optionIds: ['a'] },
          { questionId: 'q2', optionIds: ['x', 'y'] },
        ],
        80,
      ),
    ).toEqual({ score: 100, correct: 2, total: 2, passed: true });
    expect(
      grade(
        quiz,
        [
          { questionId: 'q1', optionIds: ['a'] },
          { questionId: 'q2', optionIds: ['x'] },
        ],
        80,
      ),
    ).toEqual({ score: 50, correct: 1, total: 2, passed: false });
    expect(
      grade(
        quiz,
        [
          { questionId: 'q1', optionIds: ['b'] },
          { questionId: 'q2', optionIds: ['x', 'y', 'z'] },
        ],
        0,
      ),
    ).toEqual({ score: 0, correct: 0, total: 2, passed: true });
  });

  it('passes exactly at the pass mark and rounds the score down', () => {
    const three = [single, multiple, { ...single, id: 'q3' }];
    const answers = [
      { questionId: 'q1', optionIds: ['a'] },
      { questionId: 'q2', optionIds: ['x', 'y'] },
      { questionId: 'q3', optionIds: ['b'] },
    ];
    expect(grade(three, answers, 66)).toEqual({ score: 66, correct: 2, total: 3, passed: true });
    expect(grade(three, answers, 67).passed).toBe(false);
  });

  it('an unanswered question counts as wrong', () => {
    expect(grade(quiz, [{ questionId: 'q1', optionIds: ['a'] }], 50).score).toBe(50);
  });
});

describe('withoutAnswers', () => {
  it('leaves no correct flag in what staff see', () => {
    const visible = withoutAnswers(quiz);
    expect(JSON.stringify(visible)).not.toContain('correct');
    expect(visible[1].options.map((o) => o.id)).toEqual(['x', 'y', 'z']);
  });
});

describe('shuffled', () => {
  const items = Array.from({ length: 20 }, (_, i) => i);

  it('is a permutation, stable for a seed, different across seeds, and leaves the input alone', () => {
    const a = shuffled(items, 'seed-1');
    expect([...a].sort((x, y) => x - y)).toEqual(items);
    expect(shuffled(items, 'seed-1')).toEqual(a);
    expect(shuffled(items, 'seed-2')).not.toEqual(a);
    expect(items[0]).toBe(0);
  });

  it('shuffles questions and options and keeps every option with its question', () => {
    const s = shuffleQuiz(quiz, 'abc');
    expect(s.map((q) => q.id).sort()).toEqual(['q1', 'q2']);
    for (const q of s) {
      const original = quiz.find((o) => o.id === q.id)!;
      expect(q.options.map((o) => o.id).sort()).toEqual(original.options.map((o) => o.id).sort());
    }
  });
});

describe('audience', () => {
  const audience: Audience = { companyIds: ['c1'], departmentIds: [], employmentTypes: [] };
  const person = (o: Partial<RosterEntry> = {}): RosterEntry => ({
    companyId: 'c1',
    departmentId: 'd1',
    employmentType: 'regular',
    active: true,
    hireDate: '2020-04-01',
    ...o,
  });

  it('takes every active person of the chosen companies, officers, contract, part-time and dispatched included', () => {
    for (const employmentType of ['officer', 'regular', 'contract', 'part_time', 'dispatched'] as const)
      expect(inAudience(person({ employmentType }), audience)).toBe(true);
    expect(inAudience(person({ departmentId: null }), audience)).toBe(true);
  });

  it('leaves out leavers and other companies', () => {
    expect(inAudience(person({ active: false }), audience)).toBe(false);
    expect(inAudience(person({ companyId: 'c2' }), audience)).toBe(false);
  });

  it('narrows by department and employment type when chosen', () => {
    const narrow: Audience = { companyIds: ['c1', 'c2'], departmentIds: ['d1'], employmentTypes: ['contract'] };
    expect(inAudience(person({ employmentType: 'contract' }), narrow)).toBe(true);
    expect(inAudience(person({ employmentType: 'regular' }), narrow)).toBe(false);
    expect(inAudience(person({ employmentType: 'contract', departmentId: 'd2' }), narrow)).toBe(false);
    expect(inAudience(person({ employmentType: 'contract', departmentId: null }), narrow)).toBe(false);
  });

  const w = { windowStart: '2026-04-01', windowEnd: '2026-09-30', dueOn: '2026-06-30' };

  it('assigns a new hire inside the window with the campaign due date', () => {
    expect(newHireAssignment(person({ hireDate: '2026-05-01' }), audience, w, '2026-05-02', false)).toEqual({
      dueOn: '2026-06-30',
    });
  });

  it('gives a new hire after the due date 30 days, but never past the window', () => {
    expect(newHireAssignment(person(), audience, w, '2026-07-10', false)).toEqual({ dueOn: '2026-08-09' });
    expect(newHireAssignment(person(), audience, w, '2026-09-20', false)).toEqual({ dueOn: '2026-09-30' });
  });

  it('does not assign outside the window, twice, or outside the audience', () => {
    expect(newHireAssignment(person(), audience, w, '2026-10-01', false)).toBeNull();
    expect(newHireAssignment(person(), audience, w, '2026-03-31', false)).toBeNull();
    expect(newHireAssignment(person(), audience, w, '2026-05-02', true)).toBeNull();
    expect(newHireAssignment(person({ active: false }), audience, w, '2026-05-02', false)).toBeNull();
  });

  it('window checks: order and due date inside', () => {
    expect(windowErrors(w)).toEqual([]);
    expect(windowErrors({ ...w, windowEnd: '2026-03-01' }).map((e) => e.field)).toEqual(['windowEnd', 'dueOn']);
    expect(windowErrors({ ...w, dueOn: '2026-10-01' }).map((e) => e.code)).toEqual(['OUTSIDE_WINDOW']);
    expect(windowOpen(w, '2026-04-01')).toBe(true);
    expect(windowOpen(w, '2026-09-30')).toBe(true);
    expect(windowOpen(w, '2026-10-01')).toBe(false);
  });
});

describe('assignments', () => {
  it("withdraws a leaver's open assignment only", () => {
    expect(shouldWithdraw('assigned', false)).toBe(true);
    expect(shouldWithdraw('assigned', true)).toBe(false);
    expect(shouldWithdraw('passed', false)).toBe(false);
    expect(shouldWithdraw('withdrawn', false)).toBe(false);
  });

  it('allows retries after a fail, none after a pass or a withdrawal', () => {
    expect(attemptRefusal('assigned')).toBeNull();
    expect(attemptRefusal('passed')).toBe('ALREADY_PASSED');
    expect(attemptRefusal('withdrawn')).toBe('WITHDRAWN');
  });

  it('is overdue the day after the due date', () => {
    expect(assignmentState('assigned', '2026-06-30', '2026-06-30')).toBe('open');
    expect(assignmentState('assigned', '2026-06-30', '2026-07-01')).toBe('overdue');
    expect(assignmentState('passed', '2026-06-30', '2026-07-01')).toBe('passed');
    expect(assignmentState('withdrawn', '2026-06-30', '2026-07-01')).toBe('withdrawn');
  });

  it('gives a make-up (補講) to absentees only, once at a time, due in the future', () => {
    const today = '2026-07-10';
    expect(makeUpRefusal([{ kind: 'regular', state: 'overdue' }], '2026-07-31', today)).toBeNull();
    expect(makeUpRefusal([{ kind: 'regular', state: 'overdue' }], '2026-07-01', today)).toBe('DUE_IN_PAST');
    expect(makeUpRefusal([{ kind: 'regular', state: 'open' }], '2026-07-31', today)).toBe('NOT_ABSENT');
    expect(makeUpRefusal([], '2026-07-31', today)).toBe('NOT_ABSENT');
    expect(makeUpRefusal([{ kind: 'regular', state: 'passed' }], '2026-07-31', today)).toBe('ALREADY_PASSED');
    expect(
      makeUpRefusal(
        [
          { kind: 'regular', state: 'overdue' },
          { kind: 'makeup', state: 'open' },
        ],
        '2026-07-31',
        today,
      ),
    ).toBe('MAKEUP_OPEN');
    expect(
      makeUpRefusal(
        [
          { kind: 'regular', state: 'overdue' },
          { kind: 'makeup', state: 'overdue' },
        ],
        '2026-07-31',
        today,
      ),
    ).toBe('MAKEUP_OPEN');
  });
});

describe('coverage (R-ED-01)', () => {
  it('covers for 365 days after a pass, not a day more', () => {
    expect(covered('2025-07-01', '2026-07-01')).toBe(true);
    expect(covered('2025-07-01', '2026-07-02')).toBe(false);
    expect(covered(null, '2026-07-01')).toBe(false);
    expect(coveredUntil('2025-07-01')).toBe('2026-07-01');
    expect(coveredUntil(null)).toBeNull();
  });

  it('the lists and the dashboard cut at coverageSince: a pass on that day covers, the day before does not', () => {
    for (const today of ['2026-07-01', '2028-03-01', '2027-01-01']) {
      const since = coverageSince(today);
      expect(covered(since, today)).toBe(true);
      expect(covered(addDays(since, -1), today)).toBe(false);
    }
  });

  it('counts a leap year by days', () => {
    expect(covered('2027-03-01', '2028-02-29')).toBe(true);
    expect(covered('2027-02-28', '2028-02-29')).toBe(false);
  });

  it('rates completion with one decimal', () => {
    expect(completionRate(1, 3)).toBe(33.3);
    expect(completionRate(2, 3)).toBe(66.7);
    expect(completionRate(0, 0)).toBe(0);
    expect(completionRate(5, 5)).toBe(100);
  });
});
