import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import { ApiClient, type components, type paths } from '../../core/api';

export type Subcontractor = components['schemas']['SubcontractorDto'];
export type SubcontractorPage = components['schemas']['SubcontractorPageDto'];
export type CreateSubcontractor = components['schemas']['CreateSubcontractorDto'];
export type UpdateSubcontractor = components['schemas']['UpdateSubcontractorDto'];
export type SubcontractorQuery = NonNullable<paths['/api/v1/subcontractors']['get']['parameters']['query']>;
export type SubcontractorStatus = Subcontractor['status'];
export type RiskTier = Subcontractor['riskTier'];
export type Evaluation = components['schemas']['EvaluationDto'];
export type CreateEvaluation = components['schemas']['CreateEvaluationDto'];
export type Contract = components['schemas']['ContractDto'];
export type CreateContract = components['schemas']['CreateContractDto'];
export type UpdateContract = components['schemas']['UpdateContractDto'];
export type Audit = components['schemas']['AuditDto'];
export type CloseAudit = components['schemas']['CloseAuditDto'];
export type SendQuestionnaire = components['schemas']['SendQuestionnaireDto'];
export type Resubcontractor = components['schemas']['ResubcontractorDto'];
export type CreateResubcontractor = components['schemas']['CreateResubcontractorDto'];
export type HistoryEvent = components['schemas']['HistoryEventDto'];
export type Settings = components['schemas']['SettingsDto'];
export type PublicQuestionnaire = components['schemas']['PublicQuestionnaireDto'];

export const STATUSES: readonly SubcontractorStatus[] = [
  'candidate',
  'evaluating',
  'approved',
  'conditionally_approved',
  'suspended',
  'terminated',
];
export const TIERS: readonly RiskTier[] = ['high', 'medium', 'low'];
export const CLAUSES = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'] as const;
export type Clause = (typeof CLAUSES)[number];

/** The subcontractor register and its records (`/api/v1/subcontractors`). */
@Injectable({ providedIn: 'root' })
export class SubcontractorsData {
  private readonly api = inject(ApiClient);

  list(query: SubcontractorQuery): Observable<SubcontractorPage> {
    return this.api.get('/api/v1/subcontractors', { query, silent: true });
  }

  get(id: string): Observable<Subcontractor> {
    return this.api.get('/api/v1/subcontractors/{id}', { path: { id }, silent: true });
  }

  create(body: CreateSubcontractor): Observable<Subcontractor> {
    return this.api.post('/api/v1/subcontractors', { body, silent: true });
  }

  update(id: string, version: number, body: UpdateSubcontractor): Observable<Subcontractor> {
    return this.api.patch('/api/v1/subcontractors/{id}', { path: { id }, body, ifMatch: version, silent: true });
  }

  transition(id: string, version: number, status: SubcontractorStatus): Observable<Subcontractor> {
    return this.api.post('/api/v1/subcontractors/{id}/status', { path: { id }, body: { status }, ifMatch: version });
  }

  history(id: string): Observable<{ items: HistoryEvent[]; total: number }> {
    return this.api.get('/api/v1/subcontractors/{id}/history', { path: { id } });
  }

  settings(companyId: string): Observable<Settings> {
    return this.api.get('/api/v1/companies/{companyId}/subcontractor-settings', { path: { companyId } });
  }

  updateSettings(companyId: string, body: components['schemas']['UpdateSettingsDto']): Observable<Settings> {
    return this.api.put('/api/v1/companies/{companyId}/subcontractor-settings', {
      path: { companyId },
      body,
      silent: true,
    });
  }

  evaluations(id: string): Observable<{ items: Evaluation[]; total: number }> {
    return this.api.get('/api/v1/subcontractors/{id}/evaluations', { path: { id } });
  }

  evaluate(id: string, body: CreateEvaluation): Observable<Evaluation> {
    return this.api.post('/api/v1/subcontractors/{id}/evaluations', { path: { id }, body, silent: true });
  }

  contracts(id: string): Observable<{ items: Contract[]; total: number }> {
    return this.api.get('/api/v1/subcontractors/{id}/contracts', { path: { id } });
  }

  createContract(id: string, body: CreateContract): Observable<Contract> {
    return this.api.post('/api/v1/subcontractors/{id}/contracts', { path: { id }, body, silent: true });
  }

  updateContract(id: string, contractId: string, version: number, body: UpdateContract): Observable<Contract> {
    return this.api.patch('/api/v1/subcontractors/{id}/contracts/{contractId}', {
      path: { id, contractId },
      body,
      ifMatch: version,
    });
  }

  audits(id: string): Observable<{ items: Audit[]; total: number }> {
    return this.api.get('/api/v1/subcontractors/{id}/audits', { path: { id } });
  }

  planAudit(id: string): Observable<Audit> {
    return this.api.post('/api/v1/subcontractors/{id}/audits', { path: { id }, body: {} });
  }

  sendQuestionnaire(id: string, auditId: string, body: SendQuestionnaire): Observable<{ audit: Audit; url: string }> {
    return this.api.post('/api/v1/subcontractors/{id}/audits/{auditId}/questionnaire', {
      path: { id, auditId },
      body,
      silent: true,
    });
  }

  closeAudit(id: string, auditId: string, version: number, body: CloseAudit): Observable<Audit> {
    return this.api.post('/api/v1/subcontractors/{id}/audits/{auditId}/close', {
      path: { id, auditId },
      body,
      ifMatch: version,
      silent: true,
    });
  }

  resubcontractors(id: string): Observable<{ items: Resubcontractor[]; total: number }> {
    return this.api.get('/api/v1/subcontractors/{id}/resubcontractors', { path: { id } });
  }

  addResubcontractor(id: string, body: CreateResubcontractor): Observable<Resubcontractor> {
    return this.api.post('/api/v1/subcontractors/{id}/resubcontractors', { path: { id }, body, silent: true });
  }

  questionnaire(token: string): Observable<PublicQuestionnaire> {
    return this.api.get('/api/v1/questionnaires/{token}', { path: { token }, silent: true });
  }

  saveAnswers(token: string, answers: Record<string, string>): Observable<PublicQuestionnaire> {
    return this.api.put('/api/v1/questionnaires/{token}/answers', { path: { token }, body: { answers }, silent: true });
  }

  submitAnswers(token: string, answers: Record<string, string>): Observable<void> {
    return this.api.post('/api/v1/questionnaires/{token}/submit', { path: { token }, body: { answers }, silent: true });
  }
}

/** The export link of the list as filtered (the browser downloads it with the session cookie). */
export function exportUrl(query: SubcontractorQuery, format: 'csv' | 'xlsx'): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (
      value !== undefined &&
      value !== null &&
      value !== '' &&
      key !== 'limit' &&
      key !== 'offset' &&
      key !== 'cursor'
    )
      params.set(key, String(value));
  }
  params.set('format', format);
  return `/api/v1/subcontractors/export?${params.toString()}`;
}

export const statusKey = (s: SubcontractorStatus) => `subcontractors.status.${s}` as const;
export const tierKey = (t: RiskTier) => `subcontractors.tier.${t}` as const;
export const kindKey = (k: Audit['kind']) => `subcontractors.kind.${k}` as const;
export const auditStatusKey = (s: 'planned' | 'sent' | 'answered' | 'closed') =>
  `subcontractors.auditStatus.${s}` as const;
export const resultKey = (r: NonNullable<Audit['result']>) => `subcontractors.result.${r}` as const;
export const basisKey = (b: Resubcontractor['basis']) => `subcontractors.basis.${b}` as const;
export const dispositionKey = (d: Contract['dataDisposition']) => `subcontractors.disposition.${d}` as const;
export const clauseKey = (c: Clause) => `subcontractors.clause.${c}` as const;
export const actionKey = (s: SubcontractorStatus) => `subcontractors.action.to_${s}` as const;
export const linkStateKey = (s: 'usable' | 'expired' | 'used' | 'revoked') =>
  `subcontractors.audit.linkState.${s}` as const;
