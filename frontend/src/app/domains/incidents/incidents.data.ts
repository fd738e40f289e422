import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import { ApiClient, type components, type paths } from '../../core/api';

export type Incident = components['schemas']['IncidentDto'];
export type IncidentPage = components['schemas']['IncidentPageDto'];
export type IncidentClock = components['schemas']['IncidentClockDto'];
export type IncidentReport = components['schemas']['IncidentReportDto'];
export type ReportItems = components['schemas']['ReportItemsDto'];
export type Notice = components['schemas']['IncidentNoticeDto'];
export type TimelineEntry = components['schemas']['TimelineEntryDto'];
export type ReportIncident = components['schemas']['ReportIncidentDto'];
export type UpdateIncident = components['schemas']['UpdateIncidentDto'];
export type CreateNotice = components['schemas']['CreateNoticeDto'];
export type IncidentsQuery = NonNullable<paths['/api/v1/incidents']['get']['parameters']['query']>;
export type IncidentStatus = Incident['status'];
export type ClockKind = IncidentClock['kind'];
export type ReportBody = IncidentReport['body'];
export type ReportStage = IncidentReport['stage'];

export const INCIDENT_STATUSES = [
  'reported',
  'triage',
  'contained',
  'reporting',
  'notifying',
  'closed',
] as const satisfies readonly IncidentStatus[];
export const INCIDENT_EVENTS = [
  'leak',
  'loss',
  'destruction',
  'falsification',
  'improper_acquisition',
  'use_beyond_purpose',
  'misuse',
  'request_refusal',
  'risk',
] as const satisfies readonly NonNullable<Incident['eventType']>[];
export const INCIDENT_TYPES = [
  'misdelivery',
  'mis_sending',
  'loss_damage',
  'unauthorized_access',
  'misdisplay',
  'misregistration',
  'malware',
  'wrong_disposal',
  'theft',
  'insider_fraud',
] as const satisfies readonly NonNullable<Incident['incidentType']>[];
export const INCIDENT_CAUSES = [
  'operation_error',
  'rule_violation',
  'insufficient_checking',
  'insufficient_training',
  'insufficient_risk_identification',
  'access_control_deficiency',
  'design_or_configuration_deficiency',
  'unpatched',
  'weak_password',
  'other',
] as const satisfies readonly NonNullable<Incident['cause']>[];
export const INCIDENT_MEDIA = ['paper', 'electronic'] as const satisfies readonly NonNullable<Incident['medium']>[];
export const INCIDENT_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const satisfies readonly NonNullable<
  Incident['severity']
>[];
export const NOTICE_METHODS = [
  'post',
  'email',
  'phone',
  'public_notice',
] as const satisfies readonly Notice['method'][];
export const REPORT_ITEM_KEYS = [
  'summary',
  'dataItems',
  'personCount',
  'cause',
  'secondaryHarm',
  'actionsForPersons',
  'publication',
  'recurrencePrevention',
  'other',
] as const satisfies readonly (keyof ReportItems)[];

const TOKYO_OFFSET_MS = 9 * 60 * 60 * 1000;

/** An instant as the value of a date-and-time field (DateTimeField) in Tokyo time (`YYYY-MM-DDTHH:mm`). */
export function toTokyoInput(iso: string | null | undefined): string {
  if (!iso) return '';
  return new Date(Date.parse(iso) + TOKYO_OFFSET_MS).toISOString().slice(0, 16);
}

/** A date-and-time field's value read as Tokyo time, as an ISO instant; empty → null. */
export function fromTokyoInput(value: string): string | null {
  return value ? `${value}:00+09:00` : null;
}

/** The Tokyo wall-clock time of an instant, `YYYY/MM/DD HH:mm` (ja) or `YYYY-MM-DD HH:mm` (en). */
export function tokyoDateTime(iso: string, lang: 'ja' | 'en'): string {
  const text = toTokyoInput(iso).replace('T', ' ');
  return lang === 'ja' ? text.replace(/-/g, '/') : text;
}

/** Incidents and leak response (`/api/v1/incidents`). */
@Injectable({ providedIn: 'root' })
export class IncidentsData {
  private readonly api = inject(ApiClient);

  list(query: IncidentsQuery): Observable<IncidentPage> {
    return this.api.get('/api/v1/incidents', { query, silent: true });
  }

  get(id: string): Observable<Incident> {
    return this.api.get('/api/v1/incidents/{id}', { path: { id }, silent: true });
  }

  report(body: ReportIncident): Observable<Incident> {
    return this.api.post('/api/v1/incidents/report', { body, silent: true });
  }

  update(id: string, version: number, body: UpdateIncident): Observable<Incident> {
    return this.api.patch('/api/v1/incidents/{id}', { path: { id }, body, ifMatch: version, silent: true });
  }

  transition(id: string, version: number, status: IncidentStatus): Observable<Incident> {
    return this.api.post('/api/v1/incidents/{id}/transition', { path: { id }, body: { status, version } });
  }

  reports(id: string): Observable<IncidentReport[]> {
    return this.api.get('/api/v1/incidents/{id}/reports', { path: { id }, silent: true });
  }

  saveReport(id: string, body: ReportBody, stage: ReportStage, content: ReportItems, version: number) {
    return this.api.put('/api/v1/incidents/{id}/reports/{body}/{stage}', {
      path: { id, body, stage },
      body: { content, version },
    });
  }

  submitReport(id: string, body: ReportBody, stage: ReportStage, version: number) {
    return this.api.post('/api/v1/incidents/{id}/reports/{body}/{stage}/submit', {
      path: { id, body, stage },
      body: { version },
    });
  }

  notices(id: string): Observable<Notice[]> {
    return this.api.get('/api/v1/incidents/{id}/notices', { path: { id }, silent: true });
  }

  noticeTemplate(id: string) {
    return this.api.get('/api/v1/incidents/{id}/notice-template', { path: { id } });
  }

  addNotice(id: string, body: CreateNotice): Observable<Notice> {
    return this.api.post('/api/v1/incidents/{id}/notices', { path: { id }, body, silent: true });
  }

  timeline(id: string): Observable<TimelineEntry[]> {
    return this.api.get('/api/v1/incidents/{id}/timeline', { path: { id }, silent: true });
  }

  addNote(id: string, at: string, text: string): Observable<TimelineEntry[]> {
    return this.api.post('/api/v1/incidents/{id}/timeline', { path: { id }, body: { at, text } });
  }

  exportJson(id: string) {
    return this.api.get('/api/v1/incidents/{id}/export', { path: { id } });
  }
}
