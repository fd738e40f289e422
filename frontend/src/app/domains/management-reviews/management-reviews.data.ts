import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import { ApiClient, type components, type paths } from '../../core/api';
import type { I18nService, TranslationKey } from '../../core/i18n';

export type ManagementReview = components['schemas']['ManagementReviewDto'];
export type ReviewPage = components['schemas']['ManagementReviewPageDto'];
export type ReviewInput = components['schemas']['ReviewInputDto'];
export type UpdateReview = components['schemas']['UpdateManagementReviewDto'];
export type CreateReview = components['schemas']['CreateManagementReviewDto'];
export type FreshnessPage = components['schemas']['ReviewFreshnessPageDto'];
export type ReviewListQuery = NonNullable<paths['/api/v1/management-reviews']['get']['parameters']['query']>;
export type FreshnessQuery = NonNullable<paths['/api/v1/management-reviews/freshness']['get']['parameters']['query']>;
export type InputKey = ReviewInput['key'];
export type ReviewItem = components['schemas']['ReviewItemDto'];
export type DecisionType = ManagementReview['decisions'][number]['type'];

export const DECISION_TYPES: readonly DecisionType[] = ['improvement', 'pms_change', 'resource'];

/** The label key of a compiled figure (`improvement.overdue` → `managementReviews.figure.improvement_overdue`). */
export function figureKey(key: string): TranslationKey {
  return `managementReviews.figure.${key.replace('.', '_')}` as TranslationKey;
}

/** A compiled figure's value as the reader writes it: dates in their format, numbers with separators, "—" for none. */
export function figureValue(value: string | number | null, i18n: I18nService): string {
  if (value === null) return '—';
  if (typeof value === 'number') return i18n.formatNumber(value);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? i18n.formatDate(value) : value;
}

/**
 * A compiled line (an open action, incidents by event and cause, a joint-use notice version, a
 * subcontractor that needs attention) in the reader's language, from what it is made of. A snapshot
 * compiled before lines carried that shows the line as it was compiled, in Japanese.
 */
export function reviewItemText(item: ReviewItem, i18n: I18nService): string {
  const d = item.detail;
  const date = (value: string | undefined) => (value ? i18n.formatDate(value) : '');
  switch (d?.kind) {
    case 'action':
      return i18n.t('managementReviews.item.action', {
        title: d.title ?? '',
        owner: d.owner ?? '',
        due: date(d.dueOn),
        status: i18n.t(`improvementActions.status.${d.status}` as TranslationKey),
      });
    case 'incidents':
      return i18n.t('managementReviews.item.incidents', {
        event: d.eventType
          ? i18n.t(`incidents.event.${d.eventType}` as TranslationKey)
          : i18n.t('managementReviews.item.unclassified'),
        cause: d.cause
          ? i18n.t(`incidents.cause.${d.cause}` as TranslationKey)
          : i18n.t('managementReviews.item.causeUnrecorded'),
        n: i18n.formatNumber(d.count ?? 0),
      });
    case 'notice_version':
      return i18n.t('managementReviews.item.noticeVersion', {
        title: d.title ?? '',
        version: d.versionNo ?? '',
        date: date(d.publishedOn),
      });
    case 'subcontractor':
      return i18n.t(`managementReviews.item.subcontractor_${d.reason}` as TranslationKey, {
        title: d.title ?? '',
        date: date(d.dueOn),
      });
    default:
      return item.text;
  }
}

export function inputNumberKey(key: InputKey): TranslationKey {
  return `managementReviews.input.${key}.number`;
}

export function inputLabelKey(key: InputKey): TranslationKey {
  return `managementReviews.input.${key}.label`;
}

/** Management reviews (`/api/v1/management-reviews`). */
@Injectable({ providedIn: 'root' })
export class ManagementReviewsData {
  private readonly api = inject(ApiClient);

  list(query: ReviewListQuery): Observable<ReviewPage> {
    return this.api.get('/api/v1/management-reviews', { query, silent: true });
  }

  freshness(query: FreshnessQuery): Observable<FreshnessPage> {
    return this.api.get('/api/v1/management-reviews/freshness', { query, silent: true });
  }

  get(id: string): Observable<ManagementReview> {
    return this.api.get('/api/v1/management-reviews/{id}', { path: { id }, silent: true });
  }

  create(body: CreateReview): Observable<ManagementReview> {
    return this.api.post('/api/v1/management-reviews', { body, silent: true });
  }

  update(id: string, version: number, body: UpdateReview): Observable<ManagementReview> {
    return this.api.patch('/api/v1/management-reviews/{id}', { path: { id }, body, ifMatch: version, silent: true });
  }

  compile(id: string, version: number): Observable<ManagementReview> {
    return this.api.post('/api/v1/management-reviews/{id}/compile', {
      path: { id },
      body: {},
      ifMatch: version,
      silent: true,
    });
  }

  signOff(id: string, version: number): Observable<ManagementReview> {
    return this.api.post('/api/v1/management-reviews/{id}/sign-off', {
      path: { id },
      body: {},
      ifMatch: version,
      silent: true,
    });
  }

  revise(id: string): Observable<ManagementReview> {
    return this.api.post('/api/v1/management-reviews/{id}/revisions', { path: { id }, silent: true });
  }
}
