import type { RiskTier, SubcontractorStatus } from './subcontractors.rules';

/**
 * The Japanese names of a subcontractor's codes, as the register's export writes them (the web app has the
 * same names under `subcontractors.*`; test/repo/labels.spec.ts keeps the two the same).
 */
export const SUBCONTRACTOR_STATUS_LABELS_JA: Record<SubcontractorStatus, string> = {
  candidate: '候補',
  evaluating: '評価中',
  approved: '承認済み',
  conditionally_approved: '条件付き承認',
  suspended: '取引停止',
  terminated: '取引終了',
};

export const RISK_TIER_LABELS_JA: Record<RiskTier, string> = { high: '高', medium: '中', low: '低' };
