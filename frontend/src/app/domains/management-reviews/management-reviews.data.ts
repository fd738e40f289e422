import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import { ApiClient, type components, type paths } from '../../core/api';
import type { TranslationKey } from '../../core/i18n';

export type ManagementReview = components['schemas']['ManagementReviewDto'];
export type ReviewPage = components['schemas']['ManagementReviewPageDto'];
export type ReviewInput = components['schemas']['ReviewInputDto'];
export type UpdateReview = components['schemas']['UpdateManagementReviewDto'];
export type CreateReview = components['schemas']['CreateManagementReviewDto'];
export type FreshnessPage = components['schemas']['ReviewFreshnessPageDto'];
export type ReviewListQuery = NonNullable<paths['/api/v1/management-reviews']['get']['parameters']['query']>;
export type FreshnessQuery = NonNullable<paths['/api/v1/management-reviews/freshness']['get']['parameters']['query']>;
export type InputKey = ReviewInput['key'];
export type DecisionType = ManagementReview['decisions'][number]['type'];

export const DECISION_TYPES: readonly DecisionType[] = ['improvement', 'pms_change', 'resource'];

/** The label key of a compiled figure (`improvement.overdue` → `managementReviews.figure.improvement_overdue`). */
export function figureKey(key: string): TranslationKey {
  return `managementReviews.figure.${key.replace('.', '_')}` as TranslationKey;
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
