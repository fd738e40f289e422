/**
 * Joint use (共同利用), APPI Art. 27(5)(iii) and (6); JIS Q 15001:2017 A.3.4.2.8. Pure functions:
 * the notice's completeness (R-JU-01), joint-use contracts (R-JU-02), what a change is and whether it
 * may be made (R-JU-03), the public text and the difference between two versions (R-JU-04), and the
 * group directory check for arrangements whose scope covers the group.
 */

import { compareJapanese } from '../../platform/text/japanese-order';

/** The legal basis as shown everywhere: the current article with the one the policy cites beside it. */
export const LEGAL_BASIS_JA = '法27条5項3号 (旧23条5項3号)';
export const LEGAL_BASIS_EN = 'APPI Art. 27(5)(iii) (formerly Art. 23(5)(iii))';

export const ARRANGEMENT_STATUSES = ['draft', 'published', 'ended'] as const;
export type ArrangementStatus = (typeof ARRANGEMENT_STATUSES)[number];

/** A joint user: a company of the group directory or an external party, with its joint-use contract. */
export interface JointUser {
  /** Set when the joint user is a company of the group directory. */
  companyId: string | null;
  name: string;
  address: string | null;
  representative: string | null;
  /** ISO 3166-1 alpha-2, e.g. JP. */
  country: string | null;
  /** The joint-use contract on file (R-JU-02): when it was signed and where it is kept. */
  contractSignedOn: string | null;
  contractReference: string | null;
}

/** What the public notice is made of: the five required items, their English text, and extras. */
export interface NoticeContent {
  dataItemsJa: string;
  dataItemsEn: string;
  scopeDescriptionJa: string;
  scopeDescriptionEn: string;
  /** The scope covers the group's companies as listed in the group directory. */
  coversGroup: boolean;
  jointUsers: JointUser[];
  purposesJa: string;
  purposesEn: string;
  /** The responsible party when it is a company of the group (its identity for R-JU-03). */
  responsibleCompanyId: string | null;
  responsibleNameJa: string;
  responsibleNameEn: string;
  responsibleAddressJa: string;
  responsibleAddressEn: string;
  responsibleRepresentativeJa: string;
  responsibleRepresentativeEn: string;
  /** A corporation must name its representative; an individual need not. */
  responsibleIsCorporation: boolean;
  acquisitionMethodJa: string;
  acquisitionMethodEn: string;
}

export const NOTICE_FIELDS: readonly (keyof NoticeContent)[] = [
  'dataItemsJa',
  'dataItemsEn',
  'scopeDescriptionJa',
  'scopeDescriptionEn',
  'coversGroup',
  'jointUsers',
  'purposesJa',
  'purposesEn',
  'responsibleCompanyId',
  'responsibleNameJa',
  'responsibleNameEn',
  'responsibleAddressJa',
  'responsibleAddressEn',
  'responsibleRepresentativeJa',
  'responsibleRepresentativeEn',
  'responsibleIsCorporation',
  'acquisitionMethodJa',
  'acquisitionMethodEn',
];

// ---------------------------------------------------------------------------------------------------
// R-JU-01: the items that must be known before joint use starts
// ---------------------------------------------------------------------------------------------------

/** The required notice items, in the order the law lists them (the fact of joint use is the text itself). */
export const NOTICE_ITEMS = [
  'dataItems',
  'scope',
  'purposes',
  'responsibleName',
  'responsibleAddress',
  'responsibleRepresentative',
] as const;
export type NoticeItem = (typeof NOTICE_ITEMS)[number];

const blank = (value: string | null | undefined) => !value || !value.trim();

/** The required items that are empty (R-JU-01). Address and representative are required since 2022-04-01. */
export function missingNoticeItems(content: NoticeContent): NoticeItem[] {
  const missing: NoticeItem[] = [];
  if (blank(content.dataItemsJa)) missing.push('dataItems');
  if (blank(content.scopeDescriptionJa) && content.jointUsers.length === 0) missing.push('scope');
  if (blank(content.purposesJa)) missing.push('purposes');
  if (blank(content.responsibleNameJa)) missing.push('responsibleName');
  if (blank(content.responsibleAddressJa)) missing.push('responsibleAddress');
  if (content.responsibleIsCorporation && blank(content.responsibleRepresentativeJa)) {
    missing.push('responsibleRepresentative');
  }
  return missing;
}

// ---------------------------------------------------------------------------------------------------
// R-JU-02: a joint-use contract on file for every listed joint user
// ---------------------------------------------------------------------------------------------------

/** Names of the joint users without a signed joint-use contract on file (R-JU-02). */
export function jointUsersWithoutContract(jointUsers: readonly JointUser[]): string[] {
  return jointUsers.filter((u) => blank(u.contractSignedOn) || blank(u.contractReference)).map((u) => u.name);
}

// ---------------------------------------------------------------------------------------------------
// R-JU-03: changes to a published arrangement
// ---------------------------------------------------------------------------------------------------

/**
 * What changed, by the rule that governs it:
 * - `responsible_details`: the responsible party's name, address or representative (same entity) —
 *   allowed, to be published without delay after the change;
 * - `purposes`, `responsible_party` (another entity becomes responsible) — allowed with prior notice:
 *   the change takes effect only after its publication;
 * - `data_items`, `scope` — in principle not allowed, unless one of the exceptions applies;
 * - `other`: English text, acquisition method, contract details of a joint user — no legal condition.
 */
export const CHANGE_KINDS = [
  'responsible_details',
  'purposes',
  'responsible_party',
  'data_items',
  'scope',
  'other',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** The exceptions under which the data items or the scope may change (PPC guideline 3-6-3). */
export const SCOPE_CHANGE_EXCEPTIONS = ['prior_consent', 'joint_user_renamed', 'merger_succession'] as const;
export type ScopeChangeException = (typeof SCOPE_CHANGE_EXCEPTIONS)[number];

export type ChangeVerdict = 'none' | 'allowed' | 'publish_without_delay' | 'prior_notice' | 'forbidden';

export interface ChangeClassification {
  kinds: ChangeKind[];
  changedFields: (keyof NoticeContent)[];
  /** The strictest rule that applies. */
  verdict: ChangeVerdict;
}

const norm = (value: string | null | undefined) => (value ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim();

/** A joint user's identity: its company in the directory, or its name. */
export function jointUserKey(user: Pick<JointUser, 'companyId' | 'name'>): string {
  return user.companyId ? `company:${user.companyId}` : `name:${norm(user.name).toLowerCase()}`;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'boolean' || typeof b === 'boolean') return a === b;
  return norm(a as string | null) === norm(b as string | null);
}

const JOINT_USER_FIELDS: readonly (keyof JointUser)[] = [
  'companyId',
  'name',
  'address',
  'representative',
  'country',
  'contractSignedOn',
  'contractReference',
];

/** The joint users as text, independent of the order of their members (jsonb reorders them). */
function jointUsersText(users: readonly JointUser[]): string {
  return JSON.stringify(users.map((u) => JOINT_USER_FIELDS.map((f) => norm(u[f]))));
}

/** The fields whose value differs between two versions of the notice (whitespace and width ignored). */
export function changedNoticeFields(before: NoticeContent, after: NoticeContent): (keyof NoticeContent)[] {
  return NOTICE_FIELDS.filter((field) => {
    if (field === 'jointUsers') return jointUsersText(before.jointUsers) !== jointUsersText(after.jointUsers);
    return !sameValue(before[field], after[field]);
  });
}

function sameJointUserSet(before: readonly JointUser[], after: readonly JointUser[]): boolean {
  const a = new Set(before.map(jointUserKey));
  const b = new Set(after.map(jointUserKey));
  return a.size === b.size && [...a].every((k) => b.has(k));
}

const VERDICT_ORDER: ChangeVerdict[] = ['none', 'allowed', 'publish_without_delay', 'prior_notice', 'forbidden'];
const VERDICT_OF: Record<ChangeKind, ChangeVerdict> = {
  other: 'allowed',
  responsible_details: 'publish_without_delay',
  purposes: 'prior_notice',
  responsible_party: 'prior_notice',
  data_items: 'forbidden',
  scope: 'forbidden',
};

/** Classifies a change of a published notice (R-JU-03). */
export function classifyChange(before: NoticeContent, after: NoticeContent): ChangeClassification {
  const changedFields = changedNoticeFields(before, after);
  const kinds = new Set<ChangeKind>();
  const changed = (f: keyof NoticeContent) => changedFields.includes(f);

  if (changed('dataItemsJa')) kinds.add('data_items');
  if (
    changed('scopeDescriptionJa') ||
    changed('coversGroup') ||
    !sameJointUserSet(before.jointUsers, after.jointUsers)
  ) {
    kinds.add('scope');
  }
  if (changed('purposesJa')) kinds.add('purposes');
  const identityChanged =
    before.responsibleCompanyId !== after.responsibleCompanyId ||
    before.responsibleIsCorporation !== after.responsibleIsCorporation;
  if (identityChanged) kinds.add('responsible_party');
  else if (changed('responsibleNameJa') || changed('responsibleAddressJa') || changed('responsibleRepresentativeJa')) {
    kinds.add('responsible_details');
  }
  const governed = new Set<keyof NoticeContent>([
    'dataItemsJa',
    'scopeDescriptionJa',
    'coversGroup',
    'purposesJa',
    'responsibleCompanyId',
    'responsibleIsCorporation',
    'responsibleNameJa',
    'responsibleAddressJa',
    'responsibleRepresentativeJa',
  ]);
  const jointUsersOnlyDetails = changed('jointUsers') && sameJointUserSet(before.jointUsers, after.jointUsers);
  if (changedFields.some((f) => !governed.has(f) && f !== 'jointUsers') || jointUsersOnlyDetails) kinds.add('other');

  const ordered = CHANGE_KINDS.filter((k) => kinds.has(k));
  const verdict = ordered.reduce<ChangeVerdict>(
    (worst, kind) =>
      VERDICT_ORDER.indexOf(VERDICT_OF[kind]) > VERDICT_ORDER.indexOf(worst) ? VERDICT_OF[kind] : worst,
    'none',
  );
  return { kinds: ordered, changedFields, verdict };
}

export interface ChangeConditions {
  /** When the change takes effect (`YYYY-MM-DD`); needed for purposes or a new responsible party. */
  effectiveOn: string | null;
  exception: ScopeChangeException | null;
  justification: string | null;
  /** The date the change would be published (today, Asia/Tokyo). */
  publicationDate: string;
}

export type ChangeRefusal =
  'JOINT_USE_SCOPE_CHANGE_FORBIDDEN' | 'JOINT_USE_EXCEPTION_JUSTIFICATION_REQUIRED' | 'JOINT_USE_PRIOR_NOTICE_REQUIRED';

export type ChangeDecision =
  | { allowed: true; publishWithoutDelay: boolean; effectiveOn: string | null; exception: ScopeChangeException | null }
  | { allowed: false; code: ChangeRefusal };

/** The minimum a justification for a scope or item change must say. */
export const MIN_JUSTIFICATION_LENGTH = 10;

/**
 * Whether a classified change may be made (R-JU-03):
 * - items or scope: only with an exception and its justification; `joint_user_renamed` and
 *   `merger_succession` never cover a change of the data items;
 * - purposes or responsible party: the effective date must come after the publication date;
 * - responsible party's name, address or representative: allowed, to be published without delay.
 */
export function decideChange(classification: ChangeClassification, conditions: ChangeConditions): ChangeDecision {
  const { kinds } = classification;
  let exception: ScopeChangeException | null = null;
  if (kinds.includes('data_items') || kinds.includes('scope')) {
    if (!conditions.exception) return { allowed: false, code: 'JOINT_USE_SCOPE_CHANGE_FORBIDDEN' };
    if (kinds.includes('data_items') && conditions.exception !== 'prior_consent') {
      return { allowed: false, code: 'JOINT_USE_SCOPE_CHANGE_FORBIDDEN' };
    }
    if (norm(conditions.justification).length < MIN_JUSTIFICATION_LENGTH) {
      return { allowed: false, code: 'JOINT_USE_EXCEPTION_JUSTIFICATION_REQUIRED' };
    }
    exception = conditions.exception;
  }
  let effectiveOn: string | null = null;
  if (kinds.includes('purposes') || kinds.includes('responsible_party')) {
    if (!conditions.effectiveOn || conditions.effectiveOn <= conditions.publicationDate) {
      return { allowed: false, code: 'JOINT_USE_PRIOR_NOTICE_REQUIRED' };
    }
    effectiveOn = conditions.effectiveOn;
  }
  return { allowed: true, publishWithoutDelay: kinds.includes('responsible_details'), effectiveOn, exception };
}

// ---------------------------------------------------------------------------------------------------
// R-JU-04: the public text and the versions
// ---------------------------------------------------------------------------------------------------

export type NoticeLanguage = 'ja' | 'en';

/** The text of an item in the language; the Japanese decides whether the item is there at all. */
const pick = (ja: string, en: string, lang: NoticeLanguage) =>
  blank(ja) ? '' : (lang === 'en' && !blank(en) ? en : ja).trim();

function scopeText(content: NoticeContent, lang: NoticeLanguage): string {
  const description = pick(content.scopeDescriptionJa, content.scopeDescriptionEn, lang);
  const listed = content.jointUsers.map((u) => u.name.trim());
  if (!description) return listed.join(lang === 'ja' ? '、' : ', ');
  if (!listed.length || content.coversGroup) return description;
  return lang === 'ja' ? `${description}(${listed.join('、')})` : `${description} (${listed.join(', ')})`;
}

/**
 * The arrangement as it stands in the privacy policy's joint-use section, in Japanese or English.
 * The first sentence states the fact of joint use and its legal basis; empty items are left out.
 */
export function renderNotice(content: NoticeContent, lang: NoticeLanguage): string {
  const lines: string[] = [];
  const section = (heading: string, body: string) => {
    if (!body) return;
    lines.push(heading, body);
  };
  if (lang === 'ja') {
    lines.push('当社は、個人情報保護法第27条第5項第3号に基づき、以下のとおり個人データを共同利用します。');
    section('共同して利用する者の範囲', scopeText(content, 'ja'));
    section('共同利用する個人情報の項目', pick(content.dataItemsJa, '', 'ja'));
    section('利用目的', pick(content.purposesJa, '', 'ja'));
    const responsible = [
      content.responsibleNameJa.trim(),
      blank(content.responsibleAddressJa) ? '' : `住所: ${content.responsibleAddressJa.trim()}`,
      blank(content.responsibleRepresentativeJa) ? '' : `代表者: ${content.responsibleRepresentativeJa.trim()}`,
    ].filter(Boolean);
    section('個人情報管理責任者', responsible.join('\n'));
    section('取得方法', pick(content.acquisitionMethodJa, '', 'ja'));
  } else {
    lines.push(
      'We use personal data jointly as follows, under Article 27(5)(iii) of the Act on the Protection of Personal Information.',
    );
    section('Scope of joint users', scopeText(content, 'en'));
    section('Personal data used jointly', pick(content.dataItemsJa, content.dataItemsEn, 'en'));
    section('Purposes of use', pick(content.purposesJa, content.purposesEn, 'en'));
    const responsible = [
      pick(content.responsibleNameJa, content.responsibleNameEn, 'en'),
      blank(content.responsibleAddressJa)
        ? ''
        : `Address: ${pick(content.responsibleAddressJa, content.responsibleAddressEn, 'en')}`,
      blank(content.responsibleRepresentativeJa)
        ? ''
        : `Representative: ${pick(content.responsibleRepresentativeJa, content.responsibleRepresentativeEn, 'en')}`,
    ].filter(Boolean);
    section('Party responsible for managing the personal data', responsible.join('\n'));
    section('Method of acquisition', pick(content.acquisitionMethodJa, content.acquisitionMethodEn, 'en'));
  }
  return lines.join('\n');
}

export interface FieldDiff {
  field: keyof NoticeContent;
  before: unknown;
  after: unknown;
}

/** Field-by-field difference between two versions; `before` null for the first version. */
export function diffNotice(before: NoticeContent | null, after: NoticeContent): FieldDiff[] {
  if (!before) {
    return NOTICE_FIELDS.filter((f) => {
      const v = after[f];
      return Array.isArray(v) ? v.length > 0 : typeof v === 'boolean' ? v : !blank(v as string | null);
    }).map((field) => ({ field, before: null, after: after[field] }));
  }
  return changedNoticeFields(before, after).map((field) => ({ field, before: before[field], after: after[field] }));
}

// ---------------------------------------------------------------------------------------------------
// The group directory
// ---------------------------------------------------------------------------------------------------

export interface DirectoryCompany {
  id: string;
  nameJa: string;
}

export interface GroupReview {
  needed: boolean;
  added: DirectoryCompany[];
  removed: DirectoryCompany[];
}

/**
 * For an arrangement whose scope covers the group: the companies that joined or left the group
 * directory since the version last published (which records the directory as it stood then).
 */
export function groupReview(
  coversGroup: boolean,
  atPublication: readonly DirectoryCompany[] | null,
  current: readonly DirectoryCompany[],
): GroupReview {
  if (!coversGroup || !atPublication) return { needed: false, added: [], removed: [] };
  const before = new Set(atPublication.map((c) => c.id));
  const now = new Set(current.map((c) => c.id));
  const byName = (a: DirectoryCompany, b: DirectoryCompany) => compareJapanese(a.nameJa, b.nameJa);
  const added = current.filter((c) => !before.has(c.id)).sort(byName);
  const removed = atPublication.filter((c) => !now.has(c.id)).sort(byName);
  return { needed: added.length + removed.length > 0, added, removed };
}
