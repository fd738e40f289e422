import type { Params } from '@angular/router';
import { EMPLOYMENT_TYPES, type EmploymentType, type PeopleListQuery, type PeopleSort } from './people.data';

/** Who the list shows by their presence: current staff, leavers, or both. */
export type PeopleStatus = 'active' | 'left' | 'all';

/** Everything that shapes the people list. It lives in the URL, so a link reproduces the view. */
export interface PeopleView {
  readonly q: string;
  readonly departmentId: string | null;
  readonly employmentType: EmploymentType | null;
  readonly status: PeopleStatus;
  readonly sort: PeopleSort;
  /** Zero-based page index (the URL shows it from 1). */
  readonly page: number;
  readonly size: number;
  /** The company, for people who work for several; null means the one chosen in the top bar. */
  readonly companyId: string | null;
}

export const PAGE_SIZES = [25, 50, 100, 200] as const;

export const DEFAULT_PEOPLE_VIEW: PeopleView = {
  q: '',
  departmentId: null,
  employmentType: null,
  status: 'active',
  sort: 'nameKana',
  page: 0,
  size: 50,
  companyId: null,
};

const SORTS: readonly PeopleSort[] = [
  'nameKana',
  '-nameKana',
  'employeeNumber',
  '-employeeNumber',
  'hireDate',
  '-hireDate',
  'updatedAt',
  '-updatedAt',
];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const one = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : Array.isArray(value) && typeof value[0] === 'string' ? value[0] : undefined;

/** Reads the view from the query parameters; anything unknown or malformed falls back to the default. */
export function peopleViewFromParams(params: Params): PeopleView {
  const d = DEFAULT_PEOPLE_VIEW;
  const q = (one(params['q']) ?? '').slice(0, 100);
  const dept = one(params['dept']);
  const type = one(params['type']);
  const status = one(params['status']);
  const sort = one(params['sort']);
  const page = Number(one(params['page']));
  const size = Number(one(params['size']));
  const company = one(params['company']);
  return {
    q,
    departmentId: dept && UUID.test(dept) ? dept : d.departmentId,
    employmentType: (EMPLOYMENT_TYPES as readonly string[]).includes(type ?? '') ? (type as EmploymentType) : null,
    status: status === 'left' || status === 'all' ? status : d.status,
    sort: SORTS.includes(sort as PeopleSort) ? (sort as PeopleSort) : d.sort,
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page - 1 : d.page,
    size: (PAGE_SIZES as readonly number[]).includes(size) ? size : d.size,
    companyId: company && UUID.test(company) ? company : null,
  };
}

/** The query parameters for a view: only what differs from the default, so links stay short. */
export function peopleViewToParams(view: PeopleView): Params {
  const d = DEFAULT_PEOPLE_VIEW;
  const params: Params = {};
  if (view.companyId) params['company'] = view.companyId;
  if (view.q.trim()) params['q'] = view.q.trim();
  if (view.departmentId) params['dept'] = view.departmentId;
  if (view.employmentType) params['type'] = view.employmentType;
  if (view.status !== d.status) params['status'] = view.status;
  if (view.sort !== d.sort) params['sort'] = view.sort;
  if (view.page !== d.page) params['page'] = String(view.page + 1);
  if (view.size !== d.size) params['size'] = String(view.size);
  return params;
}

/** The API query for a view in a company. */
export function peopleQuery(view: PeopleView, companyId: string | null): PeopleListQuery {
  return {
    companyId: companyId ?? undefined,
    q: view.q.trim() || undefined,
    departmentId: view.departmentId ?? undefined,
    employmentType: view.employmentType ?? undefined,
    active: view.status === 'all' ? undefined : view.status === 'active',
    sort: view.sort,
    limit: view.size,
    offset: view.page * view.size,
  };
}

/**
 * Whether the view narrows the roster beyond the usual "current staff", so that an empty page means
 * "nobody matches" rather than "nobody entered yet".
 */
export function isFiltered(view: PeopleView): boolean {
  return !!view.q.trim() || !!view.departmentId || !!view.employmentType || view.status === 'left';
}
