import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import { ApiClient, ResponseBody } from '../../core/api';

export type JobList = ResponseBody<'/api/v1/admin/jobs', 'get'>;
export type Job = JobList['items'][number];
export type MailPage = ResponseBody<'/api/v1/admin/mail-outbox', 'get'>;
export type Mail = MailPage['items'][number];
export type MailStatus = Mail['status'];
export type MailDetail = ResponseBody<'/api/v1/admin/mail-outbox/{id}', 'get'>;
export type OutboxSummary = ResponseBody<'/api/v1/admin/mail-outbox/summary', 'get'>;

/** Scheduled jobs and the mail outbox (group-wide administrators). */
@Injectable({ providedIn: 'root' })
export class AdminData {
  private readonly api = inject(ApiClient);

  jobs(): Observable<JobList> {
    return this.api.get('/api/v1/admin/jobs');
  }

  runJob(name: string): Observable<Job> {
    return this.api.post('/api/v1/admin/jobs/{name}/run', { path: { name } });
  }

  outbox(query: { limit: number; offset: number; status?: MailStatus }): Observable<MailPage> {
    return this.api.get('/api/v1/admin/mail-outbox', { query });
  }

  outboxSummary(): Observable<OutboxSummary> {
    return this.api.get('/api/v1/admin/mail-outbox/summary');
  }

  mail(id: string): Observable<MailDetail> {
    return this.api.get('/api/v1/admin/mail-outbox/{id}', { path: { id } });
  }

  retry(id: string): Observable<Mail> {
    return this.api.post('/api/v1/admin/mail-outbox/{id}/retry', { path: { id } });
  }
}
