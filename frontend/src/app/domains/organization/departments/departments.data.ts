import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import { ApiClient, type components } from '../../../core/api';

export type Department = components['schemas']['DepartmentDto'];
export type DepartmentNode = components['schemas']['DepartmentNodeDto'];
export type DepartmentTree = components['schemas']['DepartmentTreeDto'];
export type CreateDepartment = components['schemas']['CreateDepartmentDto'];
export type UpdateDepartment = components['schemas']['UpdateDepartmentDto'];

/** A department with its depth and path in the tree, for flat lists (selects, lookups). */
export interface DepartmentOption {
  readonly id: string;
  readonly name: string;
  readonly code: string;
  readonly depth: number;
  /** Names from the top down, e.g. 「開発本部 / 第一開発部」. */
  readonly path: string;
  readonly parentId: string | null;
}

/** The tree in reading order (each department followed by its sub-departments). */
export function flattenTree(
  nodes: readonly DepartmentNode[],
  depth = 0,
  parents: readonly string[] = [],
): DepartmentOption[] {
  return nodes.flatMap((node) => {
    const names = [...parents, node.name];
    return [
      { id: node.id, name: node.name, code: node.code, depth, path: names.join(' / '), parentId: node.parentId },
      ...flattenTree(node.children, depth + 1, names),
    ];
  });
}

/** The ids of a department and everything below it (where it may not be moved to). */
export function subtreeIds(nodes: readonly DepartmentNode[], id: string): Set<string> {
  const found = new Set<string>();
  const collect = (node: DepartmentNode) => {
    found.add(node.id);
    node.children.forEach(collect);
  };
  const visit = (list: readonly DepartmentNode[]): boolean =>
    list.some((node) => (node.id === id ? (collect(node), true) : visit(node.children)));
  visit(nodes);
  return found;
}

/** A company's departments (`/api/v1/companies/{companyId}/departments`). */
@Injectable({ providedIn: 'root' })
export class DepartmentsData {
  private readonly api = inject(ApiClient);

  tree(companyId: string): Observable<DepartmentTree> {
    return this.api.get('/api/v1/companies/{companyId}/departments', { path: { companyId }, silent: true });
  }

  create(companyId: string, body: CreateDepartment): Observable<Department> {
    return this.api.post('/api/v1/companies/{companyId}/departments', { path: { companyId }, body, silent: true });
  }

  update(companyId: string, id: string, version: number, body: UpdateDepartment): Observable<Department> {
    return this.api.patch('/api/v1/companies/{companyId}/departments/{id}', {
      path: { companyId, id },
      body,
      ifMatch: version,
      silent: true,
    });
  }

  remove(companyId: string, id: string, version: number): Observable<void> {
    return this.api.delete('/api/v1/companies/{companyId}/departments/{id}', {
      path: { companyId, id },
      ifMatch: version,
    });
  }
}
