import type { DecisionType, ReviewInputKey } from './management-reviews.rules';

/** The inputs' numbers and Japanese wording, as in JIS Q 15001:2017 9.3 and A.3.7.3 (the reference's §2.1). */
export const INPUT_LABELS_JA: Record<ReviewInputKey, { number: string; text: string }> = {
  c93_a: { number: '9.3 a)', text: '前回までのマネジメントレビューの結果とった処置の状況' },
  c93_b: { number: '9.3 b)', text: 'PMSに関連する外部及び内部の課題の変化' },
  c93_c: {
    number: '9.3 c)',
    text: '個人情報保護パフォーマンスに関するフィードバック（不適合及び是正処置、監視及び測定の結果、監査結果、個人情報保護目的の達成）',
  },
  c93_d: { number: '9.3 d)', text: '利害関係者からのフィードバック' },
  c93_e: { number: '9.3 e)', text: 'リスクアセスメントの結果及びリスク対応計画の状況' },
  c93_f: { number: '9.3 f)', text: '継続的改善の機会' },
  a373_a: { number: 'A.3.7.3 a)', text: '監査及び個人情報保護マネジメントシステムの運用状況に関する報告' },
  a373_b: { number: 'A.3.7.3 b)', text: '苦情を含む外部からの意見' },
  a373_c: { number: 'A.3.7.3 c)', text: '前回までの見直しの結果に対するフォローアップ' },
  a373_d: { number: 'A.3.7.3 d)', text: '個人情報の取扱いに関する法令、国の定める指針その他の規範の改正状況' },
  a373_e: { number: 'A.3.7.3 e)', text: '社会情勢の変化、国民の認識の変化、技術の進歩などの諸環境の変化' },
  a373_f: { number: 'A.3.7.3 f)', text: '組織の事業領域の変化' },
  a373_g: { number: 'A.3.7.3 g)', text: '内外から寄せられた改善のための提案' },
};

export const DECISION_LABELS_JA: Record<DecisionType, string> = {
  improvement: '改善の機会',
  pms_change: 'PMSの変更',
  resource: '資源',
};

/**
 * Labels of compiled figures, in the printed minutes (the web app's are `managementReviews.figure.*`, the
 * dot written as `_`). The review integration test checks that every figure a compile gives has one here;
 * test/repo/labels.spec.ts holds them to the web app's Japanese word for word, and translations.spec.ts
 * checks that the English web app has each.
 */
export const FIGURE_LABELS_JA: Record<string, string> = {
  'improvement.openTotal': '未完了の改善処置',
  'improvement.overdue': '期限超過の改善処置',
  'improvement.openFromReviews': '過去のレビューからの未完了処置',
  'improvement.openedSince': '前回以降に起票された処置',
  'improvement.closedSince': '前回以降に完了した処置',
  'improvement.nonconformitiesOpen': '未完了の不適合',
  'improvement.opportunitiesOpen': '未完了の改善の機会',
  'reviews.previousOn': '前回のレビュー',
  'reviews.daysSincePrevious': '前回からの日数',
  'organization.activePeople': '在籍従業者数',
  'organization.joinedSince': '前回以降の入社',
  'organization.leftSince': '前回以降の退職',
  'organization.departments': '部署数',
  'incidents.recordedSince': '前回レビュー以降に記録した事故',
  'incidents.open': '対応中の事故',
  'incidents.clocksMet': '期限内に行った報告・通知',
  'incidents.clocksMissed': '期限を過ぎた報告・通知',
  'subcontractors.total': '委託先台帳の委託先数',
  'subcontractors.auditOverdue': '監督の期限を過ぎた委託先',
  'subcontractors.expiring': '60日以内に満了する契約・認証',
  'subcontractors.auditsSince': '前回レビュー以降に完了した委託先監督',
  'training.annualCompletion': '年次教育キャンペーンの修了率',
  'training.annualOverdue': '期限を過ぎた年次教育',
  'training.notCovered': '365日以内に年次教育を修了していない従業者',
  'joint_use.versionsSince': '前回レビュー以降に公表した共同利用の通知版',
  'joint_use.arrangementsChanged': '前回レビュー以降に変更した共同利用',
  'joint_use.published': '実施中の共同利用',
};

export const STATUS_LABELS_JA: Record<string, string> = {
  draft: '下書き',
  signed: '承認済み',
  superseded: '改訂済み（旧版）',
};
