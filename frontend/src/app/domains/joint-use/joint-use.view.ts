import { ApiProblem } from '../../core/errors';
import { type I18nService, isTranslationKey, type TranslationKey } from '../../core/i18n';

/** The notice items R-JU-01 requires, as the API names them. */
export type NoticeItem =
  'dataItems' | 'scope' | 'purposes' | 'responsibleName' | 'responsibleAddress' | 'responsibleRepresentative';

export function itemKey(item: string): TranslationKey {
  const key = `jointUse.item.${item}`;
  return isTranslationKey(key) ? key : 'jointUse.field.none';
}

export function fieldKey(field: string): TranslationKey {
  const key = `jointUse.field.${field}`;
  return isTranslationKey(key) ? key : 'jointUse.field.none';
}

export function kindKey(kind: string): TranslationKey {
  const key = `jointUse.kind.${kind}`;
  return isTranslationKey(key) ? key : 'jointUse.kind.other';
}

export function statusKey(status: string): TranslationKey {
  const key = `jointUse.status.${status}`;
  return isTranslationKey(key) ? key : 'jointUse.status.draft';
}

const RECORD_FIELD_KEYS: Record<string, TranslationKey> = {
  providedOn: 'jointUse.records.form.providedOn',
  counterpartyName: 'jointUse.records.form.counterpartyName',
  counterpartyAddress: 'jointUse.records.form.counterpartyAddress',
  counterpartyRepresentative: 'jointUse.records.form.counterpartyRepresentative',
  providerAcquisition: 'jointUse.records.form.providerAcquisition',
  personsConcerned: 'jointUse.records.form.personsConcerned',
  dataItems: 'jointUse.records.form.dataItems',
  consentObtained: 'jointUse.records.form.consentObtained',
  lawExceptionCase: 'jointUse.records.form.lawExceptionCase',
};

/**
 * The sentence for one of this domain's refusals, with what it lists (missing items or fields), or
 * null when the problem is not one of them (the generic form summary then speaks).
 */
export function jointUseProblemText(i18n: I18nService, error: unknown): string | null {
  if (!(error instanceof ApiProblem)) return null;
  const key = `jointUse.error.${error.code}`;
  if (!isTranslationKey(key)) return null;
  const body = error.body as Record<string, unknown> | undefined;
  const missing = Array.isArray(body?.['missing']) ? (body['missing'] as string[]) : [];
  const items = i18n.joinList(missing.map((m) => i18n.t(RECORD_FIELD_KEYS[m] ?? itemKey(m))));
  const date = typeof body?.['purgeAfter'] === 'string' ? i18n.formatDate(body['purgeAfter']) : '';
  return i18n.t(key, { items, date });
}
