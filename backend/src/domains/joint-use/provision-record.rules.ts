/**
 * Third-party provision records (確認・記録義務), APPI Arts. 29–30 and Enforcement Rules 19–24. Pure
 * functions: which fields a record needs (R-TP-01), how long it is kept (R-TP-02) and what a receipt
 * must establish before the data is accepted (R-TP-03).
 */

export const DIRECTIONS = ['provision', 'receipt'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** Why the data moved. Consent and opt-out need a record; the others are stored but need none. */
export const BASES = ['consent', 'opt_out', 'law_exception', 'outsourcing', 'succession', 'joint_use'] as const;
export type Basis = (typeof BASES)[number];

/** The policy's four cases (§7) in which data is provided without consent (Art. 27(1)). */
export const LAW_EXCEPTION_CASES = [1, 2, 3, 4] as const;
export type LawExceptionCase = (typeof LAW_EXCEPTION_CASES)[number];

/** Rule 19: a record per provision, a bulk record for continuous provision, or a contract used as the record. */
export const RECORDING_METHODS = ['per_provision', 'bulk', 'contract'] as const;
export type RecordingMethod = (typeof RECORDING_METHODS)[number];

export interface ProvisionRecordInput {
  direction: Direction;
  basis: Basis;
  lawExceptionCase: number | null;
  recordingMethod: RecordingMethod;
  /** The (first) date of provision or receipt. */
  providedOn: string | null;
  /** The last provision the record covers (bulk record or contract); defaults to `providedOn`. */
  lastProvidedOn: string | null;
  /** The date the record was made. */
  recordedOn: string;
  counterpartyName: string | null;
  counterpartyAddress: string | null;
  counterpartyRepresentative: string | null;
  counterpartyIsCorporation: boolean;
  /** Receipt: how the provider acquired the data (Art. 30(1)(ii)). */
  providerAcquisition: string | null;
  personsConcerned: string | null;
  dataItems: string | null;
  consentObtained: boolean;
}

export type RecordField =
  | 'providedOn'
  | 'counterpartyName'
  | 'counterpartyAddress'
  | 'counterpartyRepresentative'
  | 'providerAcquisition'
  | 'personsConcerned'
  | 'dataItems'
  | 'consentObtained'
  | 'lawExceptionCase';

const blank = (v: string | null | undefined) => !v || !v.trim();

/** Whether the basis calls for a record at all (R-TP-01). */
export function recordRequired(basis: Basis): boolean {
  return basis === 'consent' || basis === 'opt_out';
}

/**
 * The record fields that are missing for the basis (R-TP-01). Consent: recipient (or provider),
 * persons, items and the fact of consent; opt-out: those and the date. Bases exempt from recording
 * need only the basis, but a legal exception names which of the policy's four cases applies.
 */
export function missingRecordFields(input: ProvisionRecordInput): RecordField[] {
  const missing: RecordField[] = [];
  if (input.basis === 'law_exception' && !LAW_EXCEPTION_CASES.includes(input.lawExceptionCase as LawExceptionCase)) {
    missing.push('lawExceptionCase');
  }
  if (!recordRequired(input.basis)) return missing;
  if (input.basis === 'opt_out' && !input.providedOn) missing.push('providedOn');
  if (input.direction === 'receipt' && input.basis === 'consent' && !input.consentObtained && !input.providedOn) {
    missing.push('providedOn');
  }
  if (blank(input.counterpartyName)) missing.push('counterpartyName');
  if (blank(input.personsConcerned)) missing.push('personsConcerned');
  if (blank(input.dataItems)) missing.push('dataItems');
  if (input.direction === 'provision' && input.basis === 'consent' && !input.consentObtained) {
    missing.push('consentObtained');
  }
  return missing;
}

/**
 * What a receipt must establish before the data is accepted (R-TP-03): the provider's name, address
 * and, for a corporation, its representative, and how the provider acquired the data.
 */
export function missingReceiptChecks(input: ProvisionRecordInput): RecordField[] {
  if (input.direction !== 'receipt') return [];
  const missing: RecordField[] = [];
  if (blank(input.counterpartyName)) missing.push('counterpartyName');
  if (blank(input.counterpartyAddress)) missing.push('counterpartyAddress');
  if (input.counterpartyIsCorporation && blank(input.counterpartyRepresentative)) {
    missing.push('counterpartyRepresentative');
  }
  if (blank(input.providerAcquisition)) missing.push('providerAcquisition');
  return missing;
}

/** `date` plus whole years; 29 February moves to 1 March in a common year (the longer keeping). */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const target = new Date(Date.UTC(y + years, m - 1, d));
  return target.toISOString().slice(0, 10);
}

/** Years a record is kept after its reference date (Rule 21). */
export const RETENTION_YEARS: Record<RecordingMethod, number> = { contract: 1, bulk: 3, per_provision: 3 };

/**
 * Until when the record must be kept (R-TP-02): a contract used as the record, 1 year after the last
 * provision it covers; a bulk record, 3 years after the last provision; a record per provision, 3 years
 * from the date it was made.
 */
export function purgeAfter(
  input: Pick<ProvisionRecordInput, 'recordingMethod' | 'providedOn' | 'lastProvidedOn' | 'recordedOn'>,
): string {
  if (input.recordingMethod === 'per_provision') return addYears(input.recordedOn, RETENTION_YEARS.per_provision);
  const last = [input.lastProvidedOn, input.providedOn, input.recordedOn].find((d): d is string => !!d)!;
  return addYears(last, RETENTION_YEARS[input.recordingMethod]);
}

/** A record may be deleted only after its `purgeAfter` date (R-TP-02). */
export function deletionAllowed(purgeAfterDate: string, today: string): boolean {
  return today > purgeAfterDate;
}
