import type { AuditQuestion } from './subcontractor.entity';

/** The standard supervision questionnaire (the safeguards the contract clauses a–h promise). */
export const DEFAULT_QUESTIONS: readonly AuditQuestion[] = [
  {
    key: 'handlers',
    textJa: '委託業務で個人情報を取り扱う従業者の範囲と人数を記入してください。',
    textEn: 'Who (roles, number of people) handles the entrusted personal information?',
  },
  {
    key: 'training',
    textJa: '当該従業者への個人情報保護教育の実施状況（直近の実施日）を記入してください。',
    textEn: 'How and when were those people last trained on personal-information protection?',
  },
  {
    key: 'access_control',
    textJa: '個人情報へのアクセス制御・ログ管理の方法を記入してください。',
    textEn: 'How is access to the personal information controlled and logged?',
  },
  {
    key: 'physical',
    textJa: '作業場所・保管場所の物理的な安全管理措置を記入してください。',
    textEn: 'What physical safeguards protect the places where the data is handled or stored?',
  },
  {
    key: 'resubcontracting',
    textJa: '再委託の有無と、ある場合はその管理方法を記入してください。',
    textEn: 'Is any of the work re-subcontracted? If so, how is the re-subcontractor supervised?',
  },
  {
    key: 'incidents',
    textJa: '前回の確認以降に発生した事故・違反の有無と対応を記入してください。',
    textEn: 'Any incidents or violations since the last review, and what was done about them?',
  },
  {
    key: 'disposal',
    textJa: '契約終了時・不要時の返却・削除・廃棄の手順を記入してください。',
    textEn: 'How is the data returned, erased or disposed of when no longer needed or at contract end?',
  },
];
