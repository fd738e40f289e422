import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import { ApiClient, type components, type paths } from '../../core/api';

export type ImprovementAction = components['schemas']['ImprovementActionDto'];
export type ImprovementActionPage = components['schemas']['ImprovementActionPageDto'];
export type CreateImprovementAction = components['schemas']['CreateImprovementActionDto'];
export type UpdateImprovementAction = components['schemas']['UpdateImprovementActionDto'];
export type ActionStepBody = components['schemas']['ActionStepDto'];
export type ActionListQuery = NonNullable<paths['/api/v1/improvement-actions']['get']['parameters']['query']>;
export type ActionStatus = ImprovementAction['status'];
export type ActionGrade = ImprovementAction['grade'];
export type ActionKind = ImprovementAction['kind'];
export type ActionStep = ActionStepBody['step'];

export const ACTION_STATUSES: readonly ActionStatus[] = [
  'open',
  'in_progress',
  'implemented',
  'effectiveness_check',
  'closed',
  'reopened',
];
export const ACTION_GRADES: readonly ActionGrade[] = [
  'major_nonconformity',
  'minor_nonconformity',
  'observation',
  'opportunity',
];
export const ACTION_KINDS: readonly ActionKind[] = ['corrective', 'preventive', 'improvement'];
export const SOURCE_TYPES = [
  'manual',
  'management_review',
  'internal_audit',
  'incident',
  'subcontractor_audit',
  'complaint',
  'operation_check',
  'training',
  'joint_use',
] as const satisfies readonly NonNullable<ActionListQuery['sourceType']>[];

/** The improvement action register (`/api/v1/improvement-actions`). */
@Injectable({ providedIn: 'root' })
export class ImprovementActionsData {
  private readonly api = inject(ApiClient);

  list(query: ActionListQuery): Observable<ImprovementActionPage> {
    return this.api.get('/api/v1/improvement-actions', { query, silent: true });
  }

  get(id: string): Observable<ImprovementAction> {
    return this.api.get('/api/v1/improvement-actions/{id}', { path: { id }, silent: true });
  }

  create(body: CreateImprovementAction): Observable<ImprovementAction> {
    return this.api.post('/api/v1/improvement-actions', { body, silent: true });
  }

  update(id: string, version: number, body: UpdateImprovementAction): Observable<ImprovementAction> {
    return this.api.patch('/api/v1/improvement-actions/{id}', { path: { id }, body, ifMatch: version, silent: true });
  }

  step(id: string, version: number, body: ActionStepBody): Observable<ImprovementAction> {
    return this.api.post('/api/v1/improvement-actions/{id}/steps', {
      path: { id },
      body,
      ifMatch: version,
      silent: true,
    });
  }

  approveClosing(id: string, version: number): Observable<ImprovementAction> {
    return this.api.post('/api/v1/improvement-actions/{id}/closing-approval', {
      path: { id },
      body: {},
      ifMatch: version,
      silent: true,
    });
  }
}
