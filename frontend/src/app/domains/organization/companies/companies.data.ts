import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import { ApiClient, type components, type paths } from '../../../core/api';

export type Company = components['schemas']['CompanyDto'];
export type CompanyPage = components['schemas']['CompanyPageDto'];
export type CreateCompany = components['schemas']['CreateCompanyDto'];
export type UpdateCompany = components['schemas']['UpdateCompanyDto'];
export type CompanyListQuery = NonNullable<paths['/api/v1/companies']['get']['parameters']['query']>;

/** The group's companies (`/api/v1/companies`). */
@Injectable({ providedIn: 'root' })
export class CompaniesData {
  private readonly api = inject(ApiClient);

  list(query: CompanyListQuery): Observable<CompanyPage> {
    return this.api.get('/api/v1/companies', { query, silent: true });
  }

  get(id: string): Observable<Company> {
    return this.api.get('/api/v1/companies/{id}', { path: { id }, silent: true });
  }

  create(body: CreateCompany): Observable<Company> {
    return this.api.post('/api/v1/companies', { body, silent: true });
  }

  update(id: string, version: number, body: UpdateCompany): Observable<Company> {
    return this.api.patch('/api/v1/companies/{id}', { path: { id }, body, ifMatch: version, silent: true });
  }

  remove(id: string, version: number): Observable<void> {
    return this.api.delete('/api/v1/companies/{id}', { path: { id }, ifMatch: version });
  }
}
