/**
 * The rules of subcontractor supervision (委託先の監督, APPI Art. 25, JIS Q 15001 A.3.4.3.4), as pure
 * functions: risk tier, status transitions, the selection evaluation's pass mark, the contract clause
 * checklist, the audit schedule, contract retention and the re-subcontractor chain.
 */

export const RISK_TIERS = ['high', 'medium', 'low'] as const;
export type RiskTier = (typeof RISK_TIERS)[number];

export const SUBCONTRACTOR_STATUSES = [
  'candidate',
  'evaluating',
  'approved',
  'conditionally_approved',
  'suspended',
  'terminated',
] as const;
export type SubcontractorStatus = (typeof SUBCONTRACTOR_STATUSES)[number];

/** Statuses in which the subcontractor may handle personal information (R-SC-01's "active"). */
export const ACTIVE_STATUSES: readonly SubcontractorStatus[] = ['approved', 'conditionally_approved'];

export const CONTRACT_CLAUSES = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'] as const;
export type ContractClause = (typeof CONTRACT_CLAUSES)[number];

export const AUDIT_KINDS = ['questionnaire', 'evidence_review', 'on_site'] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

export const AUDIT_RESULTS = ['satisfactory', 'needs_improvement', 'unsatisfactory'] as const;
export type AuditResult = (typeof AUDIT_RESULTS)[number];

export const RESUBCONTRACT_BASES = ['prior_approval', 'prior_report'] as const;
export type ResubcontractBasis = (typeof RESUBCONTRACT_BASES)[number];

export const DATA_DISPOSITIONS = ['held', 'returned', 'deleted'] as const;
export type DataDisposition = (typeof DATA_DISPOSITIONS)[number];

/** Persons entrusted at or above which the volume alone makes the tier high. */
export const HIGH_VOLUME_PERSONS = 5000;
/** Persons entrusted at or above which the tier is at least medium. */
export const MEDIUM_VOLUME_PERSONS = 500;

export interface RiskInput {
  /** 要配慮個人情報 entrusted. */
  sensitiveData: boolean;
  /** Individual numbers (My Number) entrusted. */
  myNumber: boolean;
  /** Approximate number of persons whose data is entrusted. */
  approxPersons: number;
}

/**
 * The computed risk tier: sensitive data, My Number or a large volume → high; a medium volume → medium;
 * otherwise low. The policy asks for supervision sized to the risk (PPC guideline 3-4-4).
 */
export function computeRiskTier(input: RiskInput): RiskTier {
  if (input.sensitiveData || input.myNumber || input.approxPersons >= HIGH_VOLUME_PERSONS) return 'high';
  if (input.approxPersons >= MEDIUM_VOLUME_PERSONS) return 'medium';
  return 'low';
}

/**
 * The tier in force: the override when one is set (it must carry a reason), the computed tier otherwise.
 * Returns `null` with the problem when an override lacks its reason.
 */
export function effectiveRiskTier(
  computed: RiskTier,
  override: RiskTier | null | undefined,
  reason: string | null | undefined,
): { tier: RiskTier; error: null } | { tier: null; error: 'OVERRIDE_REASON_REQUIRED' } {
  if (!override) return { tier: computed, error: null };
  if (!reason || !reason.trim()) return { tier: null, error: 'OVERRIDE_REASON_REQUIRED' };
  return { tier: override, error: null };
}

/** The status machine: candidate → evaluating → approved / conditionally approved → suspended → terminated. */
const TRANSITIONS: Record<SubcontractorStatus, readonly SubcontractorStatus[]> = {
  candidate: ['evaluating', 'terminated'],
  evaluating: ['approved', 'conditionally_approved', 'candidate', 'terminated'],
  approved: ['conditionally_approved', 'suspended', 'terminated'],
  conditionally_approved: ['approved', 'suspended', 'terminated'],
  suspended: ['approved', 'conditionally_approved', 'terminated'],
  terminated: [],
};

export function allowedTransitions(from: SubcontractorStatus): readonly SubcontractorStatus[] {
  return TRANSITIONS[from];
}

export type TransitionRefusal = 'INVALID_TRANSITION' | 'EVALUATION_REQUIRED';

/**
 * R-SC-01: a subcontractor becomes approved (or conditionally approved) only with a passed selection
 * evaluation. Returns the refusal, or null when the transition may happen.
 */
export function checkTransition(
  from: SubcontractorStatus,
  to: SubcontractorStatus,
  hasPassedEvaluation: boolean,
): TransitionRefusal | null {
  if (!TRANSITIONS[from].includes(to)) return 'INVALID_TRANSITION';
  if (ACTIVE_STATUSES.includes(to) && !hasPassedEvaluation) return 'EVALUATION_REQUIRED';
  return null;
}

export interface Criterion {
  key: string;
  labelJa: string;
  labelEn: string;
  minScore: number;
  maxScore: number;
}

/** The default selection criteria (reference §6): scored 0–5 each, pass mark 60 % of the maximum. */
export const DEFAULT_CRITERIA: readonly Criterion[] = [
  {
    key: 'certification',
    labelJa: '第三者認証（Pマーク・ISMS）',
    labelEn: 'Third-party certification (PrivacyMark, ISMS)',
  },
  { key: 'internal_rules', labelJa: '個人情報保護に関する内部規程', labelEn: 'Internal rules on personal information' },
  { key: 'responsibility', labelJa: '責任体制', labelEn: 'Responsibility structure' },
  { key: 'physical', labelJa: '物理的安全管理措置', labelEn: 'Physical safeguards' },
  { key: 'human', labelJa: '人的安全管理措置', labelEn: 'Human safeguards' },
  { key: 'technical', labelJa: '技術的安全管理措置', labelEn: 'Technical safeguards' },
  { key: 'resubcontracting', labelJa: '再委託の管理', labelEn: 'Handling of re-subcontracting' },
  { key: 'incidents', labelJa: '過去の事故と再発防止策', labelEn: 'Past incidents and recurrence prevention' },
  { key: 'compliance', labelJa: 'コンプライアンスへの姿勢', labelEn: 'Attitude to compliance' },
].map((c) => ({ ...c, minScore: 0, maxScore: 5 }));

export const DEFAULT_PASS_MARK = 27;

export interface Score {
  criterionKey: string;
  score: number;
}

export type ScoreError = {
  index: number;
  code: 'UNKNOWN_CRITERION' | 'OUT_OF_RANGE' | 'DUPLICATE' | 'MISSING';
  key: string;
};

/** Every criterion scored once, each score an integer within the criterion's range. */
export function validateScores(criteria: readonly Criterion[], scores: readonly Score[]): ScoreError[] {
  const errors: ScoreError[] = [];
  const byKey = new Map(criteria.map((c) => [c.key, c]));
  const seen = new Set<string>();
  scores.forEach((s, index) => {
    const criterion = byKey.get(s.criterionKey);
    if (!criterion) errors.push({ index, code: 'UNKNOWN_CRITERION', key: s.criterionKey });
    else if (seen.has(s.criterionKey)) errors.push({ index, code: 'DUPLICATE', key: s.criterionKey });
    else if (!Number.isInteger(s.score) || s.score < criterion.minScore || s.score > criterion.maxScore)
      errors.push({ index, code: 'OUT_OF_RANGE', key: s.criterionKey });
    seen.add(s.criterionKey);
  });
  for (const c of criteria) if (!seen.has(c.key)) errors.push({ index: scores.length, code: 'MISSING', key: c.key });
  return errors;
}

/** The evaluation's total and whether it reaches the pass mark. */
export function evaluationOutcome(scores: readonly Score[], passMark: number): { total: number; passed: boolean } {
  const total = scores.reduce((sum, s) => sum + s.score, 0);
  return { total, passed: total >= passMark };
}

/** A template is usable: unique keys, min ≤ max, and a pass mark the criteria can reach. */
export function templateProblems(criteria: readonly Criterion[], passMark: number): string[] {
  const problems: string[] = [];
  const keys = new Set<string>();
  criteria.forEach((c, i) => {
    if (keys.has(c.key)) problems.push(`criteria.${i}.key`);
    keys.add(c.key);
    if (c.minScore > c.maxScore) problems.push(`criteria.${i}.maxScore`);
  });
  const max = criteria.reduce((sum, c) => sum + c.maxScore, 0);
  if (passMark > max) problems.push('passMark');
  return problems;
}

export interface ClauseException {
  clause: ContractClause;
  reason: string;
  approvedBy: string;
}

/**
 * R-SC-02: every clause a–h is in the contract or covered by an approved exception (with its reason and
 * who approved it). Returns the clauses that are neither, in order.
 */
export function missingClauses(
  clauses: Partial<Record<ContractClause, boolean>>,
  exceptions: readonly ClauseException[],
): ContractClause[] {
  const excepted = new Set(exceptions.filter((e) => e.reason.trim() && e.approvedBy.trim()).map((e) => e.clause));
  return CONTRACT_CLAUSES.filter((c) => !clauses[c] && !excepted.has(c));
}

/** Months between audits per tier, and the kind of audit each tier gets. Configurable per company. */
export interface AuditSchedule {
  high: { months: number; kind: AuditKind };
  medium: { months: number; kind: AuditKind };
  low: { months: number; kind: AuditKind };
}

export const DEFAULT_AUDIT_SCHEDULE: AuditSchedule = {
  high: { months: 12, kind: 'evidence_review' },
  medium: { months: 12, kind: 'questionnaire' },
  low: { months: 24, kind: 'questionnaire' },
};

/** `YYYY-MM-DD` plus whole months; the day is clamped to the end of a shorter month. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * R-SC-03: the next supervision audit is due one interval (by tier) after the last one, or after the
 * approval when there has been none. A subcontractor not (or no longer) active has no audit due.
 */
export function nextAuditDue(
  status: SubcontractorStatus,
  tier: RiskTier,
  lastAuditOn: string | null,
  approvedOn: string | null,
  schedule: AuditSchedule = DEFAULT_AUDIT_SCHEDULE,
): string | null {
  if (!ACTIVE_STATUSES.includes(status)) return null;
  const from = lastAuditOn ?? approvedOn;
  if (!from) return null;
  return addMonths(from, schedule[tier].months);
}

export function isOverdue(dueOn: string | null, today: string): boolean {
  return !!dueOn && dueOn < today;
}

/** Whether a date falls within the next `days` days (today included), e.g. a contract end within 60 days. */
export function isExpiringWithin(date: string | null, today: string, days: number): boolean {
  if (!date || date < today) return false;
  const horizon = new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  return date <= horizon;
}

export const CONTRACT_EXPIRY_NOTICE_DAYS = 60;
export const CERTIFICATION_NOTICE_DAYS = 60;
export const QUESTIONNAIRE_ANSWER_DAYS = 14;

/**
 * R-SC-04: the contract is kept as long as the entrusted data is: its retention date is not before the
 * contract's end nor before the retention of the linked ledger rows, and while the data is still held
 * (not returned or deleted) the contract may not be discarded.
 */
export function retentionProblems(input: {
  endsOn: string | null;
  retainUntil: string | null;
  ledgerRetentionUntil?: string | null;
}): ('BEFORE_CONTRACT_END' | 'BEFORE_LEDGER_RETENTION')[] {
  const out: ('BEFORE_CONTRACT_END' | 'BEFORE_LEDGER_RETENTION')[] = [];
  if (!input.retainUntil) return out;
  if (input.endsOn && input.retainUntil < input.endsOn) out.push('BEFORE_CONTRACT_END');
  if (input.ledgerRetentionUntil && input.retainUntil < input.ledgerRetentionUntil) out.push('BEFORE_LEDGER_RETENTION');
  return out;
}

export function mayDiscardContract(disposition: DataDisposition, retainUntil: string | null, today: string): boolean {
  if (disposition === 'held') return false;
  return !retainUntil || retainUntil < today;
}

/** Return or deletion needs a date, and the date cannot be in the future. */
export function dispositionProblems(
  disposition: DataDisposition,
  disposedOn: string | null,
  today: string,
): ('DATE_REQUIRED' | 'DATE_IN_FUTURE' | 'DATE_NOT_EXPECTED')[] {
  if (disposition === 'held') return disposedOn ? ['DATE_NOT_EXPECTED'] : [];
  if (!disposedOn) return ['DATE_REQUIRED'];
  if (disposedOn > today) return ['DATE_IN_FUTURE'];
  return [];
}

export interface ResubcontractorInput {
  basis: ResubcontractBasis | null;
  /** The date of the approval or of the contractor's report. */
  basisOn: string | null;
  /** When the re-subcontractor starts handling the data. */
  startsOn: string | null;
}

/**
 * R-SC-05: a re-subcontractor needs the outsourcer's prior approval or a prior report from the contractor,
 * dated no later than the start of the re-subcontracted work.
 */
export function resubcontractorProblems(
  input: ResubcontractorInput,
): ('BASIS_REQUIRED' | 'BASIS_DATE_REQUIRED' | 'BASIS_AFTER_START')[] {
  if (!input.basis) return ['BASIS_REQUIRED'];
  if (!input.basisOn) return ['BASIS_DATE_REQUIRED'];
  if (input.startsOn && input.basisOn > input.startsOn) return ['BASIS_AFTER_START'];
  return [];
}

/**
 * The chain of re-subcontractors: a parent must be in the same subcontractor's chain and not the record
 * itself or one below it. `parentOf` maps each existing record to its parent.
 */
export function chainParentValid(
  id: string | null,
  parentId: string | null,
  parentOf: ReadonlyMap<string, string | null>,
): boolean {
  if (!parentId) return true;
  if (!parentOf.has(parentId)) return false;
  if (!id) return true;
  let cursor: string | null = parentId;
  const seen = new Set<string>();
  while (cursor) {
    if (cursor === id || seen.has(cursor)) return false;
    seen.add(cursor);
    cursor = parentOf.get(cursor) ?? null;
  }
  return true;
}

/** The depth of each record in the chain (1 = the contractor's direct re-subcontractor). */
export function chainDepth(id: string, parentOf: ReadonlyMap<string, string | null>): number {
  let depth = 1;
  let cursor = parentOf.get(id) ?? null;
  const seen = new Set<string>([id]);
  while (cursor && !seen.has(cursor)) {
    seen.add(cursor);
    depth++;
    cursor = parentOf.get(cursor) ?? null;
  }
  return depth;
}

export type LinkState = 'usable' | 'expired' | 'used' | 'revoked';

/** A questionnaire link works once, until its expiry; a submitted, revoked or expired link is gone (410). */
export function linkState(
  link: { expiresAt: Date; submittedAt: Date | null; revokedAt: Date | null },
  now: Date,
): LinkState {
  if (link.submittedAt) return 'used';
  if (link.revokedAt) return 'revoked';
  if (link.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'usable';
}
