import type { FieldError } from '../../platform/errors/problem';
import { addDays, daysBetween } from '../../platform/notifications/notification.rules';
import type { EmploymentType } from '../organization/person.entity';

/**
 * Pure rules of staff training (JIS Q 15001 A.3.4.5, 7.3; reference §7 R-ED-01…04). No database, no clock:
 * the service passes today's date (Asia/Tokyo) and the rows.
 */

/** The four things every member of staff must understand (A.3.4.5 a–d). */
export const TRAINING_TOPICS = ['policy', 'importance', 'roles', 'consequences'] as const;
export type TrainingTopic = (typeof TRAINING_TOPICS)[number];

export const QUESTION_KINDS = ['single', 'multiple'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export interface QuizOption {
  id: string;
  textJa: string;
  textEn: string;
  correct: boolean;
}

export interface QuizQuestion {
  id: string;
  kind: QuestionKind;
  textJa: string;
  textEn: string;
  options: QuizOption[];
}

export interface Answer {
  questionId: string;
  optionIds: string[];
}

/** R-ED-02: the topics an annual course lacks (empty when it covers all four). */
export function missingTopics(topics: readonly string[]): TrainingTopic[] {
  return TRAINING_TOPICS.filter((t) => !topics.includes(t));
}

/** R-ED-02: only a course covering all four topics may be the annual course. */
export function canBeAnnual(topics: readonly string[]): boolean {
  return missingTopics(topics).length === 0;
}

/**
 * The quiz must be answerable and gradable: at least one question; each with two or more options;
 * a single-choice question with exactly one correct option, a multiple-choice one with at least one;
 * option and question ids unique.
 */
export function quizErrors(questions: readonly QuizQuestion[], field = 'questions'): FieldError[] {
  const errors: FieldError[] = [];
  if (!questions.length) errors.push({ field, code: 'QUIZ_EMPTY', message: 'A course needs at least one question' });
  const questionIds = new Set<string>();
  questions.forEach((q, i) => {
    const at = `${field}.${i}`;
    if (questionIds.has(q.id))
      errors.push({ field: `${at}.id`, code: 'DUPLICATE', message: 'question ids must be unique' });
    questionIds.add(q.id);
    if (q.options.length < 2)
      errors.push({
        field: `${at}.options`,
        code: 'TOO_FEW_OPTIONS',
        message: 'a question needs at least two options',
      });
    const optionIds = new Set(q.options.map((o) => o.id));
    if (optionIds.size !== q.options.length)
      errors.push({ field: `${at}.options`, code: 'DUPLICATE', message: 'option ids must be unique' });
    const correct = q.options.filter((o) => o.correct).length;
    if (q.kind === 'single' && correct !== 1)
      errors.push({
        field: `${at}.options`,
        code: 'SINGLE_NEEDS_ONE_CORRECT',
        message: 'a single-choice question has exactly one correct option',
      });
    if (q.kind === 'multiple' && correct < 1)
      errors.push({
        field: `${at}.options`,
        code: 'MULTIPLE_NEEDS_A_CORRECT',
        message: 'a multiple-choice question has at least one correct option',
      });
  });
  return errors;
}

/**
 * Checks submitted answers against the quiz: every question answered once, only its own options, one
 * option for a single-choice question. Unknown questions or options are refused (400), never graded.
 */
export function answerErrors(questions: readonly QuizQuestion[], answers: readonly Answer[]): FieldError[] {
  const errors: FieldError[] = [];
  const byId = new Map(questions.map((q) => [q.id, q]));
  const seen = new Set<string>();
  answers.forEach((a, i) => {
    const q = byId.get(a.questionId);
    if (!q) {
      errors.push({
        field: `answers.${i}.questionId`,
        code: 'UNKNOWN_QUESTION',
        message: 'no such question in this course',
      });
      return;
    }
    if (seen.has(a.questionId))
      errors.push({ field: `answers.${i}.questionId`, code: 'DUPLICATE', message: 'the question is answered twice' });
    seen.add(a.questionId);
    const options = new Set(q.options.map((o) => o.id));
    if (a.optionIds.some((o) => !options.has(o)))
      errors.push({
        field: `answers.${i}.optionIds`,
        code: 'UNKNOWN_OPTION',
        message: 'no such option for this question',
      });
    if (new Set(a.optionIds).size !== a.optionIds.length)
      errors.push({ field: `answers.${i}.optionIds`, code: 'DUPLICATE', message: 'an option is chosen twice' });
    if (q.kind === 'single' && a.optionIds.length !== 1)
      errors.push({ field: `answers.${i}.optionIds`, code: 'CHOOSE_ONE', message: 'choose exactly one option' });
    if (q.kind === 'multiple' && a.optionIds.length < 1)
      errors.push({
        field: `answers.${i}.optionIds`,
        code: 'CHOOSE_AT_LEAST_ONE',
        message: 'choose at least one option',
      });
  });
  questions.forEach((q) => {
    if (!seen.has(q.id))
      errors.push({ field: 'answers', code: 'UNANSWERED', message: `question ${q.id} is not answered` });
  });
  return errors;
}

export interface Grade {
  /** Percent of questions answered exactly right, rounded down (0–100). */
  score: number;
  correct: number;
  total: number;
  passed: boolean;
}

/**
 * Grades answers that passed `answerErrors`: a question counts when the chosen options are exactly the
 * correct ones (no partial credit). R-ED-03: passed when the score reaches the pass mark.
 */
export function grade(questions: readonly QuizQuestion[], answers: readonly Answer[], passMark: number): Grade {
  const chosen = new Map(answers.map((a) => [a.questionId, new Set(a.optionIds)]));
  let correct = 0;
  for (const q of questions) {
    const picked = chosen.get(q.id) ?? new Set<string>();
    const right = q.options.filter((o) => o.correct).map((o) => o.id);
    if (right.length === picked.size && right.every((id) => picked.has(id))) correct++;
  }
  const total = questions.length;
  const score = total ? Math.floor((correct * 100) / total) : 0;
  return { score, correct, total, passed: score >= passMark };
}

/** The quiz as staff see it before submitting: no `correct` flags anywhere. */
export function withoutAnswers(questions: readonly QuizQuestion[]) {
  return questions.map((q) => ({
    id: q.id,
    kind: q.kind,
    textJa: q.textJa,
    textEn: q.textEn,
    options: q.options.map((o) => ({ id: o.id, textJa: o.textJa, textEn: o.textEn })),
  }));
}

/** A small deterministic PRNG (mulberry32) seeded from a string, so a reload shows the same order. */
function rng(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates with a seeded generator: the same seed gives the same order; the input is not changed. */
export function shuffled<T>(items: readonly T[], seed: string): T[] {
  const out = [...items];
  const random = rng(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Questions and each question's options in an order of their own per seed (assignment and attempt). */
export function shuffleQuiz<Q extends { options: readonly unknown[] }>(questions: readonly Q[], seed: string): Q[] {
  return shuffled(questions, seed).map((q, i) => ({ ...q, options: shuffled(q.options, `${seed}:${i}`) }));
}

export interface Audience {
  companyIds: string[];
  /** Empty: every department (and people without one). */
  departmentIds: string[];
  /** Empty: every employment type: officers, regular, contract, part-time and dispatched staff alike. */
  employmentTypes: EmploymentType[];
}

export interface RosterEntry {
  companyId: string;
  departmentId: string | null;
  employmentType: EmploymentType;
  active: boolean;
  hireDate: string | null;
}

/**
 * Whether a person belongs to a campaign's audience: active, in one of its companies, and in its
 * departments and employment types when those are narrowed. A.3.4.5 counts every kind of staff.
 */
export function inAudience(person: RosterEntry, audience: Audience): boolean {
  if (!person.active) return false;
  if (!audience.companyIds.includes(person.companyId)) return false;
  if (audience.departmentIds.length && (!person.departmentId || !audience.departmentIds.includes(person.departmentId)))
    return false;
  if (audience.employmentTypes.length && !audience.employmentTypes.includes(person.employmentType)) return false;
  return true;
}

export interface CampaignWindow {
  windowStart: string;
  windowEnd: string;
  dueOn: string;
}

/** The window must be in order and the due date inside it. */
export function windowErrors(w: CampaignWindow): FieldError[] {
  const errors: FieldError[] = [];
  if (w.windowEnd < w.windowStart)
    errors.push({
      field: 'windowEnd',
      code: 'BEFORE_WINDOW_START',
      message: 'windowEnd must not be before windowStart',
    });
  if (w.dueOn < w.windowStart || w.dueOn > w.windowEnd)
    errors.push({ field: 'dueOn', code: 'OUTSIDE_WINDOW', message: 'dueOn must be inside the window' });
  return errors;
}

export function windowOpen(w: CampaignWindow, today: string): boolean {
  return w.windowStart <= today && today <= w.windowEnd;
}

/**
 * A person who joined (or came into the audience) while the campaign's window is open is assigned
 * automatically, unless already assigned. Their due date is the campaign's, or `newHireDays` after today
 * when that is later (a new hire is never born overdue).
 */
export function newHireAssignment(
  person: RosterEntry,
  audience: Audience,
  w: CampaignWindow,
  today: string,
  alreadyAssigned: boolean,
  newHireDays = 30,
): { dueOn: string } | null {
  if (alreadyAssigned || !windowOpen(w, today) || !inAudience(person, audience)) return null;
  const late = addDays(today, newHireDays);
  return { dueOn: w.dueOn >= today ? w.dueOn : late > w.windowEnd ? w.windowEnd : late };
}

export const ASSIGNMENT_STATUSES = ['assigned', 'passed', 'withdrawn'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

/** A leaver's open assignment is withdrawn; passed ones stay as the record they are. */
export function shouldWithdraw(status: AssignmentStatus, personActive: boolean): boolean {
  return status === 'assigned' && !personActive;
}

export type AttemptRefusal = 'ALREADY_PASSED' | 'WITHDRAWN' | null;

/** R-ED-03: a fail allows another try; a pass ends the assignment; a withdrawn one takes no attempts. */
export function attemptRefusal(status: AssignmentStatus): AttemptRefusal {
  if (status === 'passed') return 'ALREADY_PASSED';
  if (status === 'withdrawn') return 'WITHDRAWN';
  return null;
}

export type AssignmentState = 'open' | 'overdue' | 'passed' | 'withdrawn';

export function assignmentState(status: AssignmentStatus, dueOn: string, today: string): AssignmentState {
  if (status !== 'assigned') return status;
  return dueOn < today ? 'overdue' : 'open';
}

/**
 * 補講: an absentee (not passed, past due or withdrawn back into the roster) may get a make-up assignment
 * with a new due date after today, when they hold no open make-up already.
 */
export function makeUpRefusal(
  states: readonly { kind: 'regular' | 'makeup'; state: AssignmentState }[],
  newDueOn: string,
  today: string,
): 'ALREADY_PASSED' | 'MAKEUP_OPEN' | 'NOT_ABSENT' | 'DUE_IN_PAST' | null {
  if (newDueOn < today) return 'DUE_IN_PAST';
  if (states.some((s) => s.state === 'passed')) return 'ALREADY_PASSED';
  if (states.some((s) => s.kind === 'makeup' && (s.state === 'open' || s.state === 'overdue'))) return 'MAKEUP_OPEN';
  if (!states.some((s) => s.kind === 'regular' && s.state === 'overdue')) return 'NOT_ABSENT';
  return null;
}

/** R-ED-01: an annual course passed within the last 365 days (Tokyo dates) covers the person. */
export const COVERAGE_DAYS = 365;

export function covered(lastPassedOn: string | null, today: string): boolean {
  return lastPassedOn !== null && daysBetween(lastPassedOn, today) <= COVERAGE_DAYS;
}

/** The earliest last-pass date that still covers a person on `today`: before it, or none, is not covered. */
export function coverageSince(today: string): string {
  return addDays(today, -COVERAGE_DAYS);
}

/** The last day the person is still covered, or null when never trained. */
export function coveredUntil(lastPassedOn: string | null): string | null {
  return lastPassedOn ? addDays(lastPassedOn, COVERAGE_DAYS) : null;
}

/** Percent passed of the people counted (withdrawn assignments are not counted), one decimal. */
export function completionRate(passed: number, counted: number): number {
  return counted ? Math.round((passed * 1000) / counted) / 10 : 0;
}
