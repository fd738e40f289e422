import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import { ApiClient, type components, type paths } from '../../core/api';
import type { TranslationKey } from '../../core/i18n';

export type DashboardSummary = components['schemas']['DashboardSummaryDto'];
export type DashboardFigure = DashboardSummary['figures'][number];
export type DashboardTrend = DashboardSummary['trends'][number];
export type PrivacyMarkPage = components['schemas']['PrivacyMarkPageDto'];
export type PrivacyMarkQuery = NonNullable<paths['/api/v1/dashboard/privacy-marks']['get']['parameters']['query']>;
export type OfficerPage = components['schemas']['OfficerPageDto'];
export type OfficerQuery = NonNullable<paths['/api/v1/dashboard/officers']['get']['parameters']['query']>;

/** `improvement.overdue` → `dashboard.figure.improvement_overdue` (dictionary keys hold no dots). */
export function dashboardKey(group: 'figure' | 'trend', key: string): TranslationKey {
  return `dashboard.${group}.${key.replace('.', '_')}` as TranslationKey;
}

/** The executive dashboard (`/api/v1/dashboard`). */
@Injectable({ providedIn: 'root' })
export class DashboardData {
  private readonly api = inject(ApiClient);

  summary(companyId: string | null): Observable<DashboardSummary> {
    return this.api.get('/api/v1/dashboard/summary', { query: companyId ? { companyId } : {}, silent: true });
  }

  privacyMarks(query: PrivacyMarkQuery): Observable<PrivacyMarkPage> {
    return this.api.get('/api/v1/dashboard/privacy-marks', { query, silent: true });
  }

  officers(query: OfficerQuery): Observable<OfficerPage> {
    return this.api.get('/api/v1/dashboard/officers', { query, silent: true });
  }
}
