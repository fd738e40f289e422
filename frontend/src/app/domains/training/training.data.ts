import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import { ApiClient, type components } from '../../core/api';
import type { EmploymentType } from '../organization/people/people.data';

/** Rows per page of the attendee and coverage lists. */
/** The coverage list's search words and employment type (both optional). */
export interface CoverageFilters {
  q?: string;
  employmentType?: EmploymentType;
}

export const LIST_PAGE_SIZE = 50;

type S = components['schemas'];
export type Course = S['CourseDto'];
export type CourseSummary = S['CourseSummaryDto'];
export type CreateCourse = S['CreateCourseDto'];
export type Campaign = S['CampaignDto'];
export type CreateCampaign = S['CreateCampaignDto'];
export type UpdateCampaign = S['UpdateCampaignDto'];
export type Progress = S['ProgressDto'];
export type ProgressGroup = S['ProgressGroupDto'];
export type Attendee = S['TrainingAttendeeDto'];
export type Summary = S['SummaryDto'];
export type MyAssignment = S['MyAssignmentDto'];
export type MyAssignmentDetail = S['MyAssignmentDetailDto'];
export type AttemptResult = S['AttemptResultDto'];
export type Attestation = S['AttestationDto'];
export type CoverageRow = S['CoverageRowDto'];

/** Training courses, campaigns, progress and the caller's own training (`/api/v1/training`). */
@Injectable({ providedIn: 'root' })
export class TrainingData {
  private readonly api = inject(ApiClient);

  courses(companyId?: string) {
    return this.api.get('/api/v1/training/courses', { query: { companyId, limit: 200 } });
  }
  course(id: string): Observable<Course> {
    return this.api.get('/api/v1/training/courses/{id}', { path: { id } });
  }
  createCourse(body: CreateCourse): Observable<Course> {
    return this.api.post('/api/v1/training/courses', { body, silent: true });
  }
  updateCourse(id: string, version: number, body: Partial<CreateCourse>): Observable<Course> {
    const { companyId: _c, ...rest } = body;
    return this.api.patch('/api/v1/training/courses/{id}', {
      path: { id },
      body: rest,
      ifMatch: version,
      silent: true,
    });
  }
  publish(id: string, version: number): Observable<Course> {
    return this.api.post('/api/v1/training/courses/{id}/publish', { path: { id }, body: {}, ifMatch: version });
  }
  campaigns(companyId?: string, offset = 0) {
    return this.api.get('/api/v1/training/campaigns', { query: { companyId, limit: LIST_PAGE_SIZE, offset } });
  }
  campaign(id: string): Observable<Campaign> {
    return this.api.get('/api/v1/training/campaigns/{id}', { path: { id } });
  }
  /**
   * Changes a campaign: its dates and reminders, or its status (with the version read last, for the
   * stale-write check). `silent`: the caller shows the refusal under its form instead of a snack bar.
   */
  updateCampaign(id: string, body: UpdateCampaign, silent = false): Observable<Campaign> {
    return this.api.patch('/api/v1/training/campaigns/{id}', { path: { id }, body, silent });
  }
  createCampaign(body: CreateCampaign): Observable<Campaign> {
    return this.api.post('/api/v1/training/campaigns', { body, silent: true });
  }
  progress(id: string): Observable<Progress> {
    return this.api.get('/api/v1/training/campaigns/{id}/progress', { path: { id } });
  }
  attendees(id: string, state?: 'open' | 'overdue' | 'passed' | 'withdrawn', offset = 0) {
    return this.api.get('/api/v1/training/campaigns/{id}/assignments', {
      path: { id },
      query: { state, limit: LIST_PAGE_SIZE, offset },
    });
  }
  summary(id: string): Observable<Summary> {
    return this.api.get('/api/v1/training/campaigns/{id}/summary', { path: { id } });
  }
  sync(id: string) {
    return this.api.post('/api/v1/training/campaigns/{id}/sync', { path: { id } });
  }
  makeUp(id: string, personIds: string[], dueOn: string) {
    return this.api.post('/api/v1/training/campaigns/{id}/makeup', { path: { id }, body: { personIds, dueOn } });
  }
  coverage(companyId?: string, offset = 0, filters: CoverageFilters = {}) {
    return this.api.get('/api/v1/training/coverage', {
      query: { companyId, ...filters, limit: LIST_PAGE_SIZE, offset },
    });
  }
  mine() {
    return this.api.get('/api/v1/training/me/assignments');
  }
  myAssignment(id: string): Observable<MyAssignmentDetail> {
    return this.api.get('/api/v1/training/me/assignments/{id}', { path: { id } });
  }
  submit(id: string, body: S['SubmitAttemptDto']): Observable<AttemptResult> {
    return this.api.post('/api/v1/training/me/assignments/{id}/attempts', { path: { id }, body });
  }
  attestation(id: string): Observable<Attestation> {
    return this.api.get('/api/v1/training/attestations/{id}', { path: { id } });
  }
}

/** Headings ("# ") and list items ("- ") of course material, as blocks to render (no HTML from the text). */
export type Block = { kind: 'h' | 'li' | 'p'; text: string };
export function blocks(text: string): Block[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) =>
      l.startsWith('# ')
        ? { kind: 'h', text: l.slice(2) }
        : l.startsWith('- ')
          ? { kind: 'li', text: l.slice(2) }
          : { kind: 'p', text: l },
    );
}
