import type { Params } from '@angular/router';
import type { AuditFilters, AuditListQuery } from './audit-trail.data';

/** The entity types the trail records today (others still show, by their code). */
export const AUDIT_ENTITY_TYPES = ['company', 'department', 'person', 'account', 'membership'] as const;

/** The actions the trail records today, in the order the filter offers them. */
export const AUDIT_ACTIONS = [
  'auth.login',
  'auth.login_failed',
  'auth.locked_out',
  'auth.logout',
  'auth.logout_all',
  'auth.password_changed',
  'access.denied',
  'company.created',
  'company.updated',
  'company.deleted',
  'department.created',
  'department.updated',
  'department.deleted',
  'person.created',
  'person.updated',
  'person.deleted',
  'account.created',
  'account.updated',
  'account.password_reset',
  'account.deleted',
  'membership.created',
  'membership.updated',
  'membership.deleted',
] as const;

/** What the trail shows; kept in the URL so a link reproduces the view. */
export interface AuditView {
  /** `company`: the company chosen in the top bar; `all`: every company the person may read. */
  readonly scope: 'company' | 'all';
  readonly entityType: string | null;
  readonly entityId: string | null;
  readonly action: string | null;
  readonly actorId: string | null;
  /** The actor's e-mail, only to label the filter. */
  readonly actorEmail: string | null;
  /** Calendar dates (Japan time), both inclusive. */
  readonly from: string | null;
  readonly to: string | null;
  readonly page: number;
}

export const AUDIT_PAGE_SIZE = 50;

export const DEFAULT_AUDIT_VIEW: AuditView = {
  scope: 'company',
  entityType: null,
  entityId: null,
  action: null,
  actorId: null,
  actorEmail: null,
  from: null,
  to: null,
  page: 0,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const text = (value: unknown) => (typeof value === 'string' && value ? value : null);

export function auditViewFromParams(params: Params): AuditView {
  const entityType = text(params['entity']);
  const action = text(params['action']);
  const actorId = text(params['actor']);
  const from = text(params['from']);
  const to = text(params['to']);
  const page = Number(params['page']);
  return {
    scope: params['scope'] === 'all' ? 'all' : 'company',
    entityType: entityType && /^[a-z_]{1,60}$/.test(entityType) ? entityType : null,
    entityId: text(params['entityId'])?.slice(0, 64) ?? null,
    action: action && /^[a-z_]+\.[a-z_]+$/.test(action) && action.length <= 60 ? action : null,
    actorId: actorId && UUID.test(actorId) ? actorId : null,
    actorEmail: text(params['actorEmail'])?.slice(0, 254) ?? null,
    from: from && DATE.test(from) ? from : null,
    to: to && DATE.test(to) ? to : null,
    page: Number.isInteger(page) && page >= 1 ? page - 1 : 0,
  };
}

export function auditViewToParams(view: AuditView): Params {
  const params: Params = {};
  if (view.scope === 'all') params['scope'] = 'all';
  if (view.entityType) params['entity'] = view.entityType;
  if (view.entityId) params['entityId'] = view.entityId;
  if (view.action) params['action'] = view.action;
  if (view.actorId) params['actor'] = view.actorId;
  if (view.actorId && view.actorEmail) params['actorEmail'] = view.actorEmail;
  if (view.from) params['from'] = view.from;
  if (view.to) params['to'] = view.to;
  if (view.page > 0) params['page'] = String(view.page + 1);
  return params;
}

/** The start of a calendar day in Japan time, as the API's ISO 8601 instant. */
export function startOfDay(date: string): string {
  return `${date}T00:00:00+09:00`;
}

/** The start of the day after `date` (the API's `to` is exclusive). */
export function startOfNextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return startOfDay(next.toISOString().slice(0, 10));
}

/** The filters the API takes for a view (shared by the list and the CSV export). */
export function auditFilters(view: AuditView, companyId: string | null): AuditFilters {
  return {
    companyId: view.scope === 'company' ? (companyId ?? undefined) : undefined,
    entityType: view.entityType ?? undefined,
    entityId: view.entityId ?? undefined,
    action: view.action ?? undefined,
    actorId: view.actorId ?? undefined,
    from: view.from ? startOfDay(view.from) : undefined,
    to: view.to ? startOfNextDay(view.to) : undefined,
  };
}

export function auditQuery(view: AuditView, companyId: string | null): AuditListQuery {
  return { ...auditFilters(view, companyId), limit: AUDIT_PAGE_SIZE, offset: view.page * AUDIT_PAGE_SIZE };
}

export function isAuditFiltered(view: AuditView): boolean {
  return !!(view.entityType || view.entityId || view.action || view.actorId || view.from || view.to);
}
