import { HttpClient, HttpContext, HttpHeaders, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import { ApiClient, type components, type paths } from '../../../core/api';
import { SILENT_ERRORS } from '../../../core/errors';
import { LOADING_LABEL } from '../../../core/loading';

export type RosterImport = components['schemas']['RosterImportDto'];
export type RosterImportPreview = components['schemas']['RosterImportPreviewDto'];
export type RosterRowError = components['schemas']['RosterRowErrorDto'];
export type RosterRowErrorPage = components['schemas']['RosterRowErrorPageDto'];
export type RosterMapping = components['schemas']['RosterMappingDto'];
export type RosterMode = RosterImport['mode'];
export type RosterField = RosterRowError['field'];
export type RowErrorCode = RosterRowError['code'];
type UploadQuery = NonNullable<paths['/api/v1/companies/{companyId}/roster-imports']['post']['parameters']['query']>;
export type RequestedEncoding = NonNullable<UploadQuery['encoding']>;

/** The largest file the server accepts (20 MiB); checked here too, before sending it. */
export const MAX_ROSTER_BYTES = 20 * 1024 * 1024;

/** The person fields a column can be mapped to, in the order the mapping step shows them. */
export const ROSTER_FIELDS = [
  'employeeNumber',
  'familyName',
  'givenName',
  'familyNameKana',
  'givenNameKana',
  'email',
  'departmentCode',
  'employmentType',
  'hireDate',
  'leaveDate',
] as const satisfies readonly RosterField[];

export const REQUIRED_ROSTER_FIELDS: readonly RosterField[] = ['employeeNumber', 'familyName', 'employmentType'];

/** The staff-roster import (`/api/v1/…/roster-imports`). Every call shows its failure on the page. */
@Injectable({ providedIn: 'root' })
export class RosterImportData {
  private readonly api = inject(ApiClient);
  private readonly http = inject(HttpClient);

  /** Sends the file as it is (the server detects or applies the encoding). */
  upload(
    companyId: string,
    file: Blob & { name?: string },
    options: { encoding: RequestedEncoding; mode: RosterMode },
  ): Observable<RosterImport> {
    let params = new HttpParams().set('encoding', options.encoding).set('mode', options.mode);
    if (file.name) params = params.set('fileName', file.name.slice(0, 255));
    return this.http.post<RosterImport>(`/api/v1/companies/${encodeURIComponent(companyId)}/roster-imports`, file, {
      params,
      headers: new HttpHeaders({ 'Content-Type': 'application/octet-stream' }),
      context: new HttpContext().set(SILENT_ERRORS, true).set(LOADING_LABEL, 'rosterImport.file.uploading'),
    });
  }

  get(id: string, options: { background?: boolean } = {}): Observable<RosterImport> {
    return this.api.get('/api/v1/roster-imports/{id}', { path: { id }, silent: true, background: options.background });
  }

  map(id: string, mapping: RosterMapping, mode: RosterMode): Observable<RosterImportPreview> {
    return this.api.put('/api/v1/roster-imports/{id}/mapping', {
      path: { id },
      body: { mapping, mode },
      silent: true,
      loadingLabel: 'rosterImport.mapping.checking',
    });
  }

  errors(id: string, offset: number, limit: number): Observable<RosterRowErrorPage> {
    return this.api.get('/api/v1/roster-imports/{id}/errors', {
      path: { id },
      query: { offset, limit },
      silent: true,
    });
  }

  /** Discards an import that was not applied, with the file the server keeps for it. */
  discard(id: string, version: number): Observable<void> {
    return this.api.delete('/api/v1/roster-imports/{id}', {
      path: { id },
      ifMatch: version,
      silent: true,
      background: true,
    });
  }

  apply(id: string, version: number): Observable<RosterImport> {
    return this.api.post('/api/v1/roster-imports/{id}/apply', { path: { id }, body: { version }, silent: true });
  }
}
