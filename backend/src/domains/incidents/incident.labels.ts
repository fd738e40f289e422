import type {
  ClockKind,
  ClockStatus,
  IncidentCause,
  IncidentEvent,
  IncidentMedium,
  IncidentStatus,
  IncidentType,
} from './incident.rules';

/**
 * The Japanese names of an incident's codes, as the register's export and the printed management-review
 * minutes write them (the web app has the same names in its dictionaries, `incidents.*`;
 * test/repo/labels.spec.ts keeps the two the same).
 */
export const INCIDENT_STATUS_LABELS_JA: Record<IncidentStatus, string> = {
  reported: '報告受付',
  triage: '初動・評価',
  contained: '封じ込め済み',
  reporting: '報告対応中',
  notifying: '本人通知中',
  closed: '完了',
};

/** JIPDEC's event taxonomy (2022 onward). */
export const INCIDENT_EVENT_LABELS_JA: Record<IncidentEvent, string> = {
  leak: '漏えい',
  loss: '紛失',
  destruction: '滅失・き損',
  falsification: '改ざん・正確性の未確保',
  improper_acquisition: '不正・不適正取得',
  use_beyond_purpose: '目的外利用・提供',
  misuse: '不正利用',
  request_refusal: '開示等の求め等の拒否',
  risk: 'おそれ',
};

export const INCIDENT_TYPE_LABELS_JA: Record<IncidentType, string> = {
  misdelivery: '誤配達・誤交付',
  mis_sending: '誤送信',
  loss_damage: '紛失・滅失・毀損',
  unauthorized_access: '不正アクセス',
  misdisplay: '誤表示',
  misregistration: '誤登録',
  malware: 'マルウェア・ウイルス',
  wrong_disposal: '誤廃棄',
  theft: '盗難',
  insider_fraud: '内部不正行為',
};

export const INCIDENT_CAUSE_LABELS_JA: Record<IncidentCause, string> = {
  operation_error: '作業・操作ミス',
  rule_violation: '手順・ルール違反',
  insufficient_checking: '確認不足',
  insufficient_training: '従業員教育不十分',
  insufficient_risk_identification: 'リスク特定不十分',
  access_control_deficiency: 'アクセス制御不備',
  design_or_configuration_deficiency: 'プログラム設計・設定不備',
  unpatched: 'パッチ未適用',
  weak_password: '簡易なパスワード',
  other: 'その他',
};

export const INCIDENT_MEDIUM_LABELS_JA: Record<IncidentMedium, string> = { paper: '紙媒体', electronic: '電子媒体' };

export const CLOCK_LABELS_JA: Record<ClockKind, string> = {
  ppc_preliminary: '個人情報保護委員会への速報',
  ppc_final: '個人情報保護委員会への確報',
  notify_persons: '本人への通知',
  jipdec_preliminary: 'JIPDECへの速報',
  jipdec_final: 'JIPDECへの確報',
};

export const CLOCK_STATUS_LABELS_JA: Record<ClockStatus, string> = {
  open: '期限内',
  due_soon: '期限間近',
  due_today: '本日期限',
  overdue: '期限超過',
  promptly: '速やかに',
  done: '完了',
};
