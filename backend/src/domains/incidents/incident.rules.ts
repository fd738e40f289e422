/**
 * The rules of leak response (漏えい等の対応), as pure functions: which reports an incident calls for,
 * the report clocks and their dates, the status machine and the closing checklist (JIS Q 15001 A.3.3.7).
 *
 * Sources (docs/user-guide/…/incidents.md explains each to the user):
 * - PPC: APPI Art. 26(1) and Enforcement Rules 7 and 8; notice to persons Art. 26(2) and Rule 10.
 * - JIPDEC: PrivacyMark scheme rules PMK500 Art. 12 and JIPDEC's incident-reporting page.
 * - Day counting (project decision): the calendar day in Asia/Tokyo of the start instant is day 1;
 *   weekends and holidays count.
 */

import { addDays, daysBetween, tokyoDate } from '../../platform/notifications/notification.rules';

/** The platform's Tokyo calendar-date helpers, re-exported for the clock rules and their specs. */
export { addDays, daysBetween, tokyoDate };

export const INCIDENT_STATUSES = ['reported', 'triage', 'contained', 'reporting', 'notifying', 'closed'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

/** JIPDEC event taxonomy (2022 onward): 漏えい, 紛失, 滅失・き損, 改ざん・正確性の未確保, 不正・不適正取得, 目的外利用・提供, 不正利用, 開示等の求め等の拒否, おそれ. */
export const INCIDENT_EVENTS = [
  'leak',
  'loss',
  'destruction',
  'falsification',
  'improper_acquisition',
  'use_beyond_purpose',
  'misuse',
  'request_refusal',
  'risk',
] as const;
export type IncidentEvent = (typeof INCIDENT_EVENTS)[number];

/** JIPDEC type taxonomy: 誤配達・誤交付, 誤送信, 紛失・滅失・毀損, 不正アクセス, 誤表示, 誤登録, マルウェア・ウイルス, 誤廃棄, 盗難, 内部不正行為. */
export const INCIDENT_TYPES = [
  'misdelivery',
  'mis_sending',
  'loss_damage',
  'unauthorized_access',
  'misdisplay',
  'misregistration',
  'malware',
  'wrong_disposal',
  'theft',
  'insider_fraud',
] as const;
export type IncidentType = (typeof INCIDENT_TYPES)[number];

/** JIPDEC cause taxonomy: 作業・操作ミス, 手順・ルール違反, 確認不足, 従業員教育不十分, リスク特定不十分, アクセス制御不備, プログラム設計・設定不備, パッチ未適用, 簡易なパスワード, その他. */
export const INCIDENT_CAUSES = [
  'operation_error',
  'rule_violation',
  'insufficient_checking',
  'insufficient_training',
  'insufficient_risk_identification',
  'access_control_deficiency',
  'design_or_configuration_deficiency',
  'unpatched',
  'weak_password',
  'other',
] as const;
export type IncidentCause = (typeof INCIDENT_CAUSES)[number];

export const INCIDENT_MEDIA = ['paper', 'electronic'] as const;
export type IncidentMedium = (typeof INCIDENT_MEDIA)[number];

export const INCIDENT_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type IncidentSeverity = (typeof INCIDENT_SEVERITIES)[number];

export const PUBLICATION_DECISIONS = ['published', 'not_published'] as const;
export type PublicationDecision = (typeof PUBLICATION_DECISIONS)[number];

export const NOTICE_METHODS = ['post', 'email', 'phone', 'public_notice'] as const;
export type NoticeMethod = (typeof NOTICE_METHODS)[number];

export const CLOCK_KINDS = [
  'ppc_preliminary',
  'ppc_final',
  'notify_persons',
  'jipdec_preliminary',
  'jipdec_final',
] as const;
export type ClockKind = (typeof CLOCK_KINDS)[number];

export const REPORT_BODIES = ['ppc', 'jipdec'] as const;
export type ReportBody = (typeof REPORT_BODIES)[number];
export const REPORT_STAGES = ['preliminary', 'final'] as const;
export type ReportStage = (typeof REPORT_STAGES)[number];

/** Rule 7 item 4 (PPC) and the PrivacyMark 速報 criterion: more than 1,000 persons. */
export const PERSON_THRESHOLD = 1000;
/** My Number (特定個人情報): a report is due when more than 100 persons are affected. */
export const MY_NUMBER_THRESHOLD = 100;

/** The facts reportability depends on. */
export interface ReportabilityFacts {
  /** 要配慮個人情報 (Rule 7 item 1). */
  sensitiveData: boolean;
  /** 財産的被害のおそれ (Rule 7 item 2). */
  financialDamageRisk: boolean;
  /** 不正の目的のおそれ (Rule 7 item 3, incl. data being acquired since 2024-04-01). */
  improperIntent: boolean;
  personCount: number;
  /** 高度な暗号化その他の措置: excludes the PPC duty (Rule 7 item 1's parenthesis), not the PrivacyMark one. */
  highLevelEncryption: boolean;
  /** 特定個人情報 (My Number) persons, when any. */
  myNumberCount: number | null;
}

/** Why an incident is reportable: the Rule 7 categories and the My Number rule that hold. */
export type ReportabilityReason =
  'sensitive_data' | 'financial_damage_risk' | 'improper_intent' | 'over_1000_persons' | 'my_number_over_100';

export function reportabilityReasons(f: ReportabilityFacts): ReportabilityReason[] {
  const reasons: ReportabilityReason[] = [];
  if (f.sensitiveData) reasons.push('sensitive_data');
  if (f.financialDamageRisk) reasons.push('financial_damage_risk');
  if (f.improperIntent) reasons.push('improper_intent');
  if (f.personCount > PERSON_THRESHOLD) reasons.push('over_1000_persons');
  if ((f.myNumberCount ?? 0) > MY_NUMBER_THRESHOLD) reasons.push('my_number_over_100');
  return reasons;
}

/** Any of the four Rule 7 categories. */
function rule7Category(f: ReportabilityFacts): boolean {
  return f.sensitiveData || f.financialDamageRisk || f.improperIntent || f.personCount > PERSON_THRESHOLD;
}

/**
 * Report to the PPC (and notice to the persons) is required (R-LK-02): a Rule 7 category holds and the
 * data was not protected by high-level encryption; or more than 100 persons' My Number data is involved.
 */
export function ppcReportable(f: ReportabilityFacts): boolean {
  return (rule7Category(f) && !f.highLevelEncryption) || (f.myNumberCount ?? 0) > MY_NUMBER_THRESHOLD;
}

/**
 * A JIPDEC 速報 is required (R-LK-04): a Rule 7 category holds or more than 100 persons' My Number data
 * is involved, whatever the encryption (PrivacyMark counts encrypted losses too).
 */
export function jipdecPreliminaryRequired(f: ReportabilityFacts): boolean {
  return rule7Category(f) || (f.myNumberCount ?? 0) > MY_NUMBER_THRESHOLD;
}

/** Day `n` counting the start date as day 1 (§3.2): day 1 = start, day 5 = start + 4. */
export function dayN(startDate: string, n: number): string {
  return addDays(startDate, n - 1);
}

export const PRELIMINARY_TARGET_DAY = 3;
export const PRELIMINARY_DUE_DAY = 5;
export const FINAL_DUE_DAY = 30;
export const FINAL_DUE_DAY_IMPROPER_INTENT = 60;

export interface ClockFacts extends ReportabilityFacts {
  /** When the first employee knew (PPC day 1). */
  awareAt: Date;
  /** When the business discovered it (JIPDEC day 1); null = awareAt. */
  discoveredAt: Date | null;
}

/** When each clock's work was done: the submission of the report, the completion of the notices. */
export type ClockProgress = Partial<Record<ClockKind, Date | null>>;

export type ClockStatus = 'open' | 'due_soon' | 'due_today' | 'overdue' | 'promptly' | 'done';

/** How the date was counted, for the UI to state beside it. */
export interface ClockRule {
  /** The field whose Tokyo calendar day is day 1. */
  startsFrom: 'awareAt' | 'discoveredAt';
  /** Day 1 as a date. */
  dayOne: string;
  /** Day number of the target date (amber), when any. */
  targetDay: number | null;
  /** Day number of the due date (red), null for "promptly". */
  dueDay: number | null;
  /** Legal or contractual source. */
  source: string;
}

export interface IncidentClock {
  kind: ClockKind;
  /** The hard limit, `YYYY-MM-DD` in Asia/Tokyo; null for `notify_persons` (promptly). */
  dueDate: string | null;
  /** The target (amber) date, for preliminary reports. */
  targetDate: string | null;
  status: ClockStatus;
  doneAt: Date | null;
  /** Done after its due date. */
  late: boolean;
  /** Days from today to the due date (negative when overdue); null without a due date or when done. */
  daysLeft: number | null;
  rule: ClockRule;
}

export const CLOCK_SOURCES: Record<ClockKind, string> = {
  ppc_preliminary: 'APPI Art. 26(1); Enforcement Rule 8(1) (速報)',
  ppc_final: 'APPI Art. 26(1); Enforcement Rule 8(2) (確報)',
  notify_persons: 'APPI Art. 26(2); Enforcement Rule 10',
  jipdec_preliminary: 'PrivacyMark PMK500 Art. 12 (速報)',
  jipdec_final: 'PrivacyMark PMK500 Art. 12 (確報)',
};

/** Which clocks run: PPC ones when reportable, JIPDEC 速報 when required, JIPDEC 確報 always (R-LK-03, R-LK-04). */
export function requiredClocks(f: ReportabilityFacts): ClockKind[] {
  const kinds: ClockKind[] = [];
  if (ppcReportable(f)) kinds.push('ppc_preliminary', 'ppc_final', 'notify_persons');
  if (jipdecPreliminaryRequired(f)) kinds.push('jipdec_preliminary');
  kinds.push('jipdec_final');
  return kinds;
}

function clockStatus(
  dueDate: string | null,
  targetDate: string | null,
  doneAt: Date | null,
  today: string,
): ClockStatus {
  if (doneAt) return 'done';
  if (!dueDate) return 'promptly';
  const left = daysBetween(today, dueDate);
  if (left < 0) return 'overdue';
  if (left === 0) return 'due_today';
  if (left === 1 || (targetDate !== null && today >= targetDate)) return 'due_soon';
  return 'open';
}

/**
 * The clocks of an incident on `today` (Asia/Tokyo date). A clock whose work was already done stays
 * listed even when a later edit made it no longer required, so a submitted report never disappears.
 */
export function computeClocks(f: ClockFacts, progress: ClockProgress, today: string): IncidentClock[] {
  const required = new Set(requiredClocks(f));
  const ppcDayOne = tokyoDate(f.awareAt);
  const jipdecDayOne = tokyoDate(f.discoveredAt ?? f.awareAt);
  const finalDay = f.improperIntent ? FINAL_DUE_DAY_IMPROPER_INTENT : FINAL_DUE_DAY;
  const clocks: IncidentClock[] = [];
  for (const kind of CLOCK_KINDS) {
    const doneAt = progress[kind] ?? null;
    if (!required.has(kind) && !doneAt) continue;
    const ppc = kind.startsWith('ppc') || kind === 'notify_persons';
    const dayOne = ppc ? ppcDayOne : jipdecDayOne;
    const preliminary = kind.endsWith('preliminary');
    const targetDay = preliminary ? PRELIMINARY_TARGET_DAY : null;
    const dueDay = kind === 'notify_persons' ? null : preliminary ? PRELIMINARY_DUE_DAY : finalDay;
    const dueDate = dueDay === null ? null : dayN(dayOne, dueDay);
    const targetDate = targetDay === null ? null : dayN(dayOne, targetDay);
    const status = clockStatus(dueDate, targetDate, doneAt, today);
    clocks.push({
      kind,
      dueDate,
      targetDate,
      status,
      doneAt,
      late: !!doneAt && dueDate !== null && tokyoDate(doneAt) > dueDate,
      daysLeft: doneAt || !dueDate ? null : daysBetween(today, dueDate),
      rule: {
        startsFrom: ppc ? 'awareAt' : 'discoveredAt',
        dayOne,
        targetDay,
        dueDay,
        source: CLOCK_SOURCES[kind],
      },
    });
  }
  return clocks;
}

/** The open clock to look at first: overdue first, then the earliest due date, then "promptly". */
export function nearestClock(clocks: readonly IncidentClock[]): IncidentClock | null {
  const open = clocks.filter((c) => c.status !== 'done');
  if (!open.length) return null;
  return [...open].sort((a, b) => {
    if (a.dueDate && b.dueDate) return a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0;
    if (a.dueDate) return -1;
    if (b.dueDate) return 1;
    return 0;
  })[0];
}

/** Days before a still-running legal clock's due date from which the dashboard shows it in amber. */
export const NEAREST_CLOCK_WARN_DAYS = 3;

/**
 * The dashboard's tone for the nearest still-running legal clock of a scope: red once its due date has
 * passed, amber from NEAREST_CLOCK_WARN_DAYS days before it (the due day included), green otherwise and
 * when no clock runs.
 */
export function nearestClockTone(dueDate: string | null, today: string): 'ok' | 'warn' | 'bad' {
  if (!dueDate) return 'ok';
  const left = daysBetween(today, dueDate);
  if (left < 0) return 'bad';
  return left <= NEAREST_CLOCK_WARN_DAYS ? 'warn' : 'ok';
}

/** What changed between two clock sets, for the audit trail: kind → [before, after] of due and target dates. */
export function clockChanges(
  before: readonly IncidentClock[],
  after: readonly IncidentClock[],
): Record<string, { before: string | null; after: string | null }> {
  const describe = (c: IncidentClock | undefined) =>
    c ? `${c.targetDate ? `target ${c.targetDate}, ` : ''}due ${c.dueDate ?? 'promptly'}` : null;
  const changes: Record<string, { before: string | null; after: string | null }> = {};
  for (const kind of CLOCK_KINDS) {
    const b = describe(before.find((c) => c.kind === kind));
    const a = describe(after.find((c) => c.kind === kind));
    if (a !== b) changes[kind] = { before: b, after: a };
  }
  return changes;
}

/** Which clock a submitted report completes. */
export function reportClock(body: ReportBody, stage: ReportStage): ClockKind {
  return `${body}_${stage}` as ClockKind;
}

/**
 * The notify_persons clock is done when the notices reached every affected person, or when a public
 * notice was made as the substitute measure (Rule 10 proviso). Returns the instant it became done.
 */
export function personsNotifiedAt(
  personCount: number,
  notices: readonly { method: NoticeMethod; notifiedAt: Date; personCount: number }[],
): Date | null {
  let reached = 0;
  for (const n of [...notices].sort((a, b) => a.notifiedAt.getTime() - b.notifiedAt.getTime())) {
    reached += n.personCount;
    if (n.method === 'public_notice' || reached >= personCount) return n.notifiedAt;
  }
  return null;
}

/** Status moves forward (steps may be skipped when they do not apply); a closed incident stays closed. */
export function canTransition(from: IncidentStatus, to: IncidentStatus): boolean {
  if (from === 'closed') return false;
  return INCIDENT_STATUSES.indexOf(to) > INCIDENT_STATUSES.indexOf(from);
}

export const CHECKLIST_ITEMS = [
  'persons_notified',
  'publication_decision',
  'reports_to_bodies',
  'cause_analysis',
  'recurrence_prevention',
] as const;
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];

export interface ChecklistFacts {
  /** Notices recorded (any method, a public notice included): the persons were notified or informed. */
  noticeCount: number;
  publicationDecision: PublicationDecision | null;
  causeAnalysis: string | null;
  recurrencePrevention: string | null;
  clocks: readonly IncidentClock[];
}

/** The A.3.3.7 closing checklist (R-LK-05): each item and whether it is done. */
export function closingChecklist(f: ChecklistFacts): { item: ChecklistItem; done: boolean }[] {
  const reportClocks = f.clocks.filter((c) => c.kind !== 'notify_persons');
  const notify = f.clocks.find((c) => c.kind === 'notify_persons');
  return [
    { item: 'persons_notified', done: f.noticeCount > 0 && (!notify || notify.status === 'done') },
    { item: 'publication_decision', done: f.publicationDecision !== null },
    { item: 'reports_to_bodies', done: reportClocks.every((c) => c.status === 'done') },
    { item: 'cause_analysis', done: !!f.causeAnalysis?.trim() },
    { item: 'recurrence_prevention', done: !!f.recurrencePrevention?.trim() },
  ];
}

export function missingChecklistItems(f: ChecklistFacts): ChecklistItem[] {
  return closingChecklist(f)
    .filter((i) => !i.done)
    .map((i) => i.item);
}

/** The nine items of Rule 8(1), as report content. */
export interface ReportItems {
  summary: string;
  dataItems: string;
  personCount: string;
  cause: string;
  secondaryHarm: string;
  actionsForPersons: string;
  publication: string;
  recurrencePrevention: string;
  other: string;
}
export const REPORT_ITEM_KEYS: readonly (keyof ReportItems)[] = [
  'summary',
  'dataItems',
  'personCount',
  'cause',
  'secondaryHarm',
  'actionsForPersons',
  'publication',
  'recurrencePrevention',
  'other',
];

export interface PrefillFacts {
  summary: string;
  dataItems: string | null;
  personCount: number;
  personCountEstimated: boolean;
  causeAnalysis: string | null;
  secondaryHarm: string | null;
  publicationDecision: PublicationDecision | null;
  publicationNote: string | null;
  recurrencePrevention: string | null;
  noticeCount: number;
  notifiedPersons: number;
  occurredAt: Date | null;
  awareAt: Date;
  discoveredAt: Date | null;
}

const jaDate = (d: Date | null) => (d ? tokyoDate(d).replace(/-/g, '/') : '不明');

/** A report draft prefilled from the record (Japanese, as the forms are filed in Japanese). */
export function prefillReport(f: PrefillFacts): ReportItems {
  return {
    summary: `${f.summary}\n発生日: ${jaDate(f.occurredAt)} / 覚知日: ${jaDate(f.awareAt)} / 発覚日: ${jaDate(f.discoveredAt ?? f.awareAt)}`,
    dataItems: f.dataItems ?? '',
    personCount: `${f.personCount.toLocaleString('ja-JP')}人${f.personCountEstimated ? '（推定）' : ''}`,
    cause: f.causeAnalysis ?? '',
    secondaryHarm: f.secondaryHarm ?? '',
    actionsForPersons:
      f.noticeCount > 0
        ? `本人への通知 ${f.noticeCount}件（${f.notifiedPersons.toLocaleString('ja-JP')}人）実施済み`
        : '本人への通知は未実施',
    publication:
      f.publicationDecision === 'published'
        ? `公表済み${f.publicationNote ? `（${f.publicationNote}）` : ''}`
        : f.publicationDecision === 'not_published'
          ? `公表しない${f.publicationNote ? `（${f.publicationNote}）` : ''}`
          : '未定',
    recurrencePrevention: f.recurrencePrevention ?? '',
    other: '',
  };
}

/**
 * The notice to affected persons (Rule 10): items 1, 2, 4, 5 and 9 of Rule 8(1), in Japanese.
 */
export function noticeTemplate(companyName: string, items: ReportItems, contact: string | null): string {
  const lines = [
    '個人情報の漏えい等に関するお知らせとお詫び',
    '',
    `このたび、${companyName}において、お客様の個人情報の漏えい等が発生いたしました（またはそのおそれがあります）。`,
    'ご迷惑とご心配をおかけしますことを深くお詫び申し上げます。以下のとおりお知らせいたします。',
    '',
    '1. 概要',
    items.summary || '（調査中）',
    '',
    '2. 漏えい等が発生し、又は発生したおそれがある個人データの項目',
    items.dataItems || '（調査中）',
    '',
    '3. 原因',
    items.cause || '（調査中）',
    '',
    '4. 二次被害又はそのおそれの有無及びその内容',
    items.secondaryHarm || '現時点で二次被害は確認されておりません。',
    '',
    '5. その他参考となる事項',
    items.other || '不審な連絡等がございましたら、下記窓口までご連絡ください。',
  ];
  if (contact) lines.push('', 'お問い合わせ窓口', contact);
  return lines.join('\n');
}
