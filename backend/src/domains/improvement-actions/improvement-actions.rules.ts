/**
 * Improvement actions (是正処置・予防処置・改善, JIS Q 15001 A.3.8 / 10.1): the state machine and the
 * checks that decide each step. Pure functions; the service applies them inside its transactions.
 */
import { daysBetween } from '../../platform/notifications/notification.rules';

export const ACTION_KINDS = ['corrective', 'preventive', 'improvement'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

export const ACTION_GRADES = ['major_nonconformity', 'minor_nonconformity', 'observation', 'opportunity'] as const;
export type ActionGrade = (typeof ACTION_GRADES)[number];

/** Where an action comes from. `manual` is one recorded by hand; the others name a record of a domain. */
export const SOURCE_TYPES = [
  'manual',
  'management_review',
  'internal_audit',
  'incident',
  'subcontractor_audit',
  'complaint',
  'operation_check',
  'training',
  'joint_use',
] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

export const ACTION_STATUSES = [
  'open',
  'in_progress',
  'implemented',
  'effectiveness_check',
  'closed',
  'reopened',
] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** The steps a person can take on an action. */
export const ACTION_STEPS = [
  'start',
  'implement',
  'verify_effective',
  'verify_not_effective',
  'close',
  'reopen',
] as const;
export type ActionStep = (typeof ACTION_STEPS)[number];

/**
 * open → in_progress → implemented → effectiveness_check → closed; a check that finds the action did not
 * work, or a reopening of a closed action, sends it to `reopened`, from where work starts again.
 */
const TRANSITIONS: Record<ActionStatus, Partial<Record<ActionStep, ActionStatus>>> = {
  open: { start: 'in_progress' },
  in_progress: { implement: 'implemented' },
  implemented: { verify_effective: 'effectiveness_check', verify_not_effective: 'reopened' },
  effectiveness_check: { close: 'closed', reopen: 'reopened' },
  closed: { reopen: 'reopened' },
  reopened: { start: 'in_progress' },
};

/** The status a step leads to, or null when the step is not allowed from `status`. */
export function nextStatus(status: ActionStatus, step: ActionStep): ActionStatus | null {
  return TRANSITIONS[status][step] ?? null;
}

/** The steps allowed from a status, in the order of the life cycle (for the UI's buttons). */
export function allowedSteps(status: ActionStatus): ActionStep[] {
  return ACTION_STEPS.filter((s) => TRANSITIONS[status][s] !== undefined);
}

export function isOpenStatus(status: ActionStatus): boolean {
  return status !== 'closed';
}

/** An action is overdue when it is not closed and its due date (Asia/Tokyo) has passed. */
export function isOverdue(action: { status: ActionStatus; dueOn: string }, today: string): boolean {
  return isOpenStatus(action.status) && daysBetween(action.dueOn, today) > 0;
}

/** Closing a major nonconformity needs an executive's approval (A.3.8, step approvals). */
export function closingNeedsApproval(grade: ActionGrade): boolean {
  return grade === 'major_nonconformity';
}

/**
 * What the effectiveness check is missing or gets wrong: the verifier must be someone other than the
 * owner (nobody confirms their own work), and the check needs a date no earlier than the implementation.
 */
export function effectivenessProblem(input: {
  ownerPersonId: string;
  verifierPersonId: string;
  checkedOn: string;
  implementedOn: string | null;
}): 'VERIFIER_IS_OWNER' | 'CHECK_BEFORE_IMPLEMENTATION' | null {
  if (input.verifierPersonId === input.ownerPersonId) return 'VERIFIER_IS_OWNER';
  if (input.implementedOn && input.checkedOn < input.implementedOn) return 'CHECK_BEFORE_IMPLEMENTATION';
  return null;
}

/** Nonconformities need their cause found before the action counts as implemented (A.3.8). */
export function implementationMissing(action: {
  grade: ActionGrade;
  rootCause: string | null;
  plan: string | null;
}): ('rootCause' | 'plan')[] {
  const missing: ('rootCause' | 'plan')[] = [];
  const nonconformity = action.grade === 'major_nonconformity' || action.grade === 'minor_nonconformity';
  if (nonconformity && !action.rootCause?.trim()) missing.push('rootCause');
  if (!action.plan?.trim()) missing.push('plan');
  return missing;
}
