/**
 * Management review (マネジメントレビュー, JIS Q 15001 9.3 and A.3.7.3): the inputs, and rules R-MR-01…04
 * of the domain reference. Pure functions; the service applies them.
 */
import { daysBetween } from '../../platform/notifications/notification.rules';

/**
 * The union of the two input lists an auditor checks: 9.3 a–f of the main text and A.3.7.3 a–g of
 * Annex A (the reference's §2.1). Keys are stable; labels live in the front end's translations.
 */
export const REVIEW_INPUT_KEYS = [
  'c93_a',
  'c93_b',
  'c93_c',
  'c93_d',
  'c93_e',
  'c93_f',
  'a373_a',
  'a373_b',
  'a373_c',
  'a373_d',
  'a373_e',
  'a373_f',
  'a373_g',
] as const;
export type ReviewInputKey = (typeof REVIEW_INPUT_KEYS)[number];

export function isReviewInputKey(value: unknown): value is ReviewInputKey {
  return typeof value === 'string' && (REVIEW_INPUT_KEYS as readonly string[]).includes(value);
}

/** The inputs that carry forward open actions from earlier reviews (R-MR-03). */
export const CARRY_FORWARD_INPUTS: readonly ReviewInputKey[] = ['c93_a', 'a373_c'];
/** The input the latest internal audit report belongs to (R-MR-04). */
export const AUDIT_REPORT_INPUT: ReviewInputKey = 'a373_a';

export const DECISION_TYPES = ['improvement', 'pms_change', 'resource'] as const;
export type DecisionType = (typeof DECISION_TYPES)[number];

export const REVIEW_STATUSES = ['draft', 'signed', 'superseded'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export interface ReviewInputValue {
  key: ReviewInputKey;
  commentary: string | null;
  noChange: boolean;
}

/** R-MR-01: the last review must be at most 365 days ago. */
export const REVIEW_INTERVAL_DAYS = 365;
/** The dashboard turns amber this many days before the year is up. */
export const REVIEW_WARNING_DAYS = 30;

export type ReviewFreshness = 'ok' | 'due_soon' | 'overdue' | 'never';

/** R-MR-01: days since the last signed review (null: never), and the colour they earn. */
export function reviewFreshness(
  lastReviewOn: string | null,
  today: string,
): { days: number | null; state: ReviewFreshness } {
  if (!lastReviewOn) return { days: null, state: 'never' };
  const days = daysBetween(lastReviewOn, today);
  if (days > REVIEW_INTERVAL_DAYS) return { days, state: 'overdue' };
  if (days > REVIEW_INTERVAL_DAYS - REVIEW_WARNING_DAYS) return { days, state: 'due_soon' };
  return { days, state: 'ok' };
}

/**
 * R-MR-02: the inputs still blank. An input is answered by commentary or by an explicit "no change";
 * an input missing from the list counts as blank. Returned in the order of REVIEW_INPUT_KEYS.
 */
export function blankInputs(inputs: readonly ReviewInputValue[]): ReviewInputKey[] {
  const byKey = new Map(inputs.map((i) => [i.key, i]));
  return REVIEW_INPUT_KEYS.filter((key) => {
    const input = byKey.get(key);
    return !input || (!input.noChange && !input.commentary?.trim());
  });
}

export interface DecisionValue {
  type: DecisionType;
  description: string;
  ownerPersonId: string | null;
  dueOn: string | null;
}

/**
 * R-MR-03: every decision becomes a tracked action, so each needs an owner and a due date by sign-off.
 * Returns the indexes of decisions lacking either, with the missing field.
 */
export function incompleteDecisions(
  decisions: readonly DecisionValue[],
): { index: number; field: 'ownerPersonId' | 'dueOn' | 'description' }[] {
  const out: { index: number; field: 'ownerPersonId' | 'dueOn' | 'description' }[] = [];
  decisions.forEach((d, index) => {
    if (!d.description?.trim()) out.push({ index, field: 'description' });
    if (!d.ownerPersonId) out.push({ index, field: 'ownerPersonId' });
    if (!d.dueOn) out.push({ index, field: 'dueOn' });
  });
  return out;
}

/** R-MR-03: a decision type maps onto the kind of improvement action it becomes. */
export function actionKindForDecision(type: DecisionType): 'improvement' | 'corrective' | 'preventive' {
  return type === 'improvement' ? 'improvement' : 'preventive';
}

/**
 * R-MR-04: the latest internal audit report must be attached to input a (A.3.7.3 a). Until the internal
 * audits register exists, the report is named by reference (its title or number).
 */
export function auditReportMissing(review: { auditReportReference: string | null }): boolean {
  return !review.auditReportReference?.trim();
}

/** Who may sign off: the chair, or any executive of the company. */
export function maySignOff(caller: { personId: string; isExecutive: boolean }, chairPersonId: string): boolean {
  return caller.personId === chairPersonId || caller.isExecutive;
}

/** Signed minutes are frozen (R-REC-01): only a draft may change in place. */
export function isEditable(status: ReviewStatus): boolean {
  return status === 'draft';
}
