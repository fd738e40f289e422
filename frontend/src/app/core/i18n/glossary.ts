/**
 * The one glossary both languages draw from: the standard's and the law's Japanese terms with the
 * English used in the English UI. Dictionaries build their sentences from these entries, so a term
 * reads the same on every screen.
 */
export const glossary = {
  personalInformation: { ja: '個人情報', en: 'personal information' },
  pms: { ja: '個人情報保護マネジメントシステム', en: 'personal information protection management system' },
  pmsShort: { ja: 'PMS', en: 'PMS' },
  standard: { ja: 'JIS Q 15001', en: 'JIS Q 15001' },
  privacyMark: { ja: 'プライバシーマーク', en: 'PrivacyMark' },
  topManagement: { ja: 'トップマネジメント', en: 'top management' },
  piProtectionManager: { ja: '個人情報保護管理者', en: 'personal information protection manager' },
  piAuditManager: { ja: '個人情報保護監査責任者', en: 'personal information protection audit manager' },
  staff: { ja: '従業者', en: 'staff' },
  piLedger: { ja: '個人情報管理台帳', en: 'personal information ledger' },
  riskAssessment: { ja: 'リスクアセスメント', en: 'risk assessment' },
  subcontractor: { ja: '委託先', en: 'subcontractor' },
  jointUse: { ja: '共同利用', en: 'joint use' },
  thirdPartyProvision: { ja: '第三者提供', en: 'provision to third parties' },
  training: { ja: '教育', en: 'training' },
  disclosureRequest: { ja: '開示等の請求', en: 'disclosure and other requests' },
  complaint: { ja: '苦情及び相談', en: 'complaints and consultations' },
  incident: { ja: '漏えい等事案', en: 'incident' },
  preliminaryReport: { ja: '速報', en: 'preliminary report' },
  finalReport: { ja: '確報', en: 'final report' },
  ppc: { ja: '個人情報保護委員会', en: 'Personal Information Protection Commission' },
  internalAudit: { ja: '内部監査', en: 'internal audit' },
  operationCheck: { ja: '運用の確認', en: 'operation check' },
  nonconformity: { ja: '不適合', en: 'nonconformity' },
  correctiveAction: { ja: '是正処置', en: 'corrective action' },
  managementReview: { ja: 'マネジメントレビュー', en: 'management review' },
} as const satisfies Record<string, { readonly ja: string; readonly en: string }>;

export type GlossaryTerm = keyof typeof glossary;
export type GlossaryLang = 'ja' | 'en';

/** The glossary in one language, as a dictionary section. */
export function glossaryIn(lang: GlossaryLang): { [K in GlossaryTerm]: string } {
  const out = {} as { [K in GlossaryTerm]: string };
  for (const term of Object.keys(glossary) as GlossaryTerm[]) out[term] = glossary[term][lang];
  return out;
}
