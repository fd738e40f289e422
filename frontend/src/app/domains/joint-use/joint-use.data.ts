import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import { ApiClient, buildParams, type components, type paths } from '../../core/api';

export type Arrangement = components['schemas']['ArrangementDto'];
export type ArrangementPage = components['schemas']['ArrangementPageDto'];
export type CreateArrangement = components['schemas']['CreateArrangementDto'];
export type ChangeArrangement = components['schemas']['ChangeArrangementDto'];
export type ChangePreview = components['schemas']['ChangePreviewDto'];
export type JointUser = components['schemas']['JointUserDto'];
export type Notice = components['schemas']['JointUseNoticeDto'];
export type NoticeVersion = components['schemas']['NoticeVersionDto'];
export type NoticeVersionPage = components['schemas']['NoticeVersionPageDto'];
export type FieldDiff = components['schemas']['FieldDiffDto'];
export type ArrangementListQuery = NonNullable<paths['/api/v1/joint-use/arrangements']['get']['parameters']['query']>;

export type ProvisionRecord = components['schemas']['ProvisionRecordDto'];
export type ProvisionRecordPage = components['schemas']['ProvisionRecordPageDto'];
export type CreateProvisionRecord = components['schemas']['CreateProvisionRecordDto'];
export type UpdateProvisionRecord = components['schemas']['UpdateProvisionRecordDto'];
export type ProvisionRecordQuery = NonNullable<paths['/api/v1/provision-records']['get']['parameters']['query']>;
export type ProvisionRecordFilters = Omit<ProvisionRecordQuery, 'limit' | 'offset' | 'cursor'>;

export const PROVISION_EXPORT_PATH = '/api/v1/provision-records/export' satisfies keyof paths;

/** Joint-use arrangements (`/api/v1/joint-use/arrangements`): notice, versions and the change rules. */
@Injectable({ providedIn: 'root' })
export class JointUseData {
  private readonly api = inject(ApiClient);
  list(query: ArrangementListQuery): Observable<ArrangementPage> {
    return this.api.get('/api/v1/joint-use/arrangements', { query, silent: true });
  }

  get(id: string): Observable<Arrangement> {
    return this.api.get('/api/v1/joint-use/arrangements/{id}', { path: { id }, silent: true });
  }

  create(body: CreateArrangement): Observable<Arrangement> {
    return this.api.post('/api/v1/joint-use/arrangements', { body, silent: true });
  }

  change(id: string, version: number, body: ChangeArrangement): Observable<Arrangement> {
    return this.api.patch('/api/v1/joint-use/arrangements/{id}', {
      path: { id },
      body,
      ifMatch: version,
      silent: true,
    });
  }

  preview(id: string, body: ChangeArrangement): Observable<ChangePreview> {
    return this.api.post('/api/v1/joint-use/arrangements/{id}/changes/preview', { path: { id }, body, silent: true });
  }

  publish(id: string, version: number): Observable<Arrangement> {
    return this.api.post('/api/v1/joint-use/arrangements/{id}/publish', {
      path: { id },
      ifMatch: version,
      silent: true,
    });
  }

  end(id: string, version: number): Observable<Arrangement> {
    return this.api.post('/api/v1/joint-use/arrangements/{id}/end', { path: { id }, ifMatch: version, silent: true });
  }

  remove(id: string, version: number): Observable<void> {
    return this.api.delete('/api/v1/joint-use/arrangements/{id}', { path: { id }, ifMatch: version });
  }

  notice(id: string, lang: 'ja' | 'en'): Observable<Notice> {
    return this.api.get('/api/v1/joint-use/arrangements/{id}/notice', { path: { id }, query: { lang }, silent: true });
  }

  /** The arrangement's contracts collection: GET lists, POST `?fileName=` uploads, GET `/:id` downloads. */
  contractsUrl(id: string): string {
    return `/api/v1/joint-use/arrangements/${encodeURIComponent(id)}/contracts`;
  }

  versions(id: string): Observable<NoticeVersionPage> {
    return this.api.get('/api/v1/joint-use/arrangements/{id}/versions', {
      path: { id },
      query: { limit: 200 },
      silent: true,
    });
  }
}

/** Third-party provision and receipt records (`/api/v1/provision-records`). */
@Injectable({ providedIn: 'root' })
export class ProvisionRecordsData {
  private readonly api = inject(ApiClient);

  list(query: ProvisionRecordQuery): Observable<ProvisionRecordPage> {
    return this.api.get('/api/v1/provision-records', { query, silent: true });
  }

  get(id: string): Observable<ProvisionRecord> {
    return this.api.get('/api/v1/provision-records/{id}', { path: { id }, silent: true });
  }

  create(body: CreateProvisionRecord): Observable<ProvisionRecord> {
    return this.api.post('/api/v1/provision-records', { body, silent: true });
  }

  update(id: string, version: number, body: UpdateProvisionRecord): Observable<ProvisionRecord> {
    return this.api.patch('/api/v1/provision-records/{id}', { path: { id }, body, ifMatch: version, silent: true });
  }

  remove(id: string, version: number): Observable<void> {
    return this.api.delete('/api/v1/provision-records/{id}', { path: { id }, ifMatch: version, silent: true });
  }

  /** The address of the export of the filtered records; the browser downloads it with the session cookie. */
  exportUrl(filters: ProvisionRecordFilters, format: 'csv' | 'xlsx'): string {
    return `${PROVISION_EXPORT_PATH}?${buildParams({ ...filters, format }).toString()}`;
  }
}
