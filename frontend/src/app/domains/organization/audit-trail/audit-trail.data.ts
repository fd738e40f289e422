import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import { ApiClient, buildParams, type components, type paths } from '../../../core/api';

export type AuditEvent = components['schemas']['AuditEventDto'];
export type AuditEventPage = components['schemas']['AuditEventPageDto'];
export type AuditVerifyResult = components['schemas']['AuditVerifyDto'];
export type AuditListQuery = NonNullable<paths['/api/v1/audit-trail']['get']['parameters']['query']>;
export type AuditFilters = Omit<AuditListQuery, 'limit' | 'offset' | 'cursor'>;

export const AUDIT_EXPORT_PATH = '/api/v1/audit-trail/export' satisfies keyof paths;

/** The audit trail (`/api/v1/audit-trail`): events, the CSV export and the hash-chain check. */
@Injectable({ providedIn: 'root' })
export class AuditTrailData {
  private readonly api = inject(ApiClient);

  list(query: AuditListQuery): Observable<AuditEventPage> {
    return this.api.get('/api/v1/audit-trail', { query, silent: true });
  }

  verify(companyId?: string): Observable<AuditVerifyResult> {
    return this.api.get('/api/v1/audit-trail/verify', {
      query: { companyId },
      silent: true,
      loadingLabel: 'auditTrail.verifying',
    });
  }

  /** The address of the CSV of the filtered events; the browser downloads it with the session cookie. */
  exportUrl(filters: AuditFilters): string {
    const params = buildParams({ ...filters, format: 'csv' }).toString();
    return `${AUDIT_EXPORT_PATH}?${params}`;
  }
}
