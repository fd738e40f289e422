import { Injectable, Signal, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { Observable } from 'rxjs';
import { ApiClient, type components, type paths } from '../../../core/api';

export type Person = components['schemas']['PersonDto'];
export type PersonPage = components['schemas']['PersonPageDto'];
export type CreatePerson = components['schemas']['CreatePersonDto'];
export type UpdatePerson = components['schemas']['UpdatePersonDto'];
export type PeopleListQuery = NonNullable<paths['/api/v1/people']['get']['parameters']['query']>;
export type EmploymentType = Person['employmentType'];
export type PeopleSort = NonNullable<PeopleListQuery['sort']>;

export const EMPLOYMENT_TYPES = [
  'officer',
  'regular',
  'contract',
  'part_time',
  'dispatched',
] as const satisfies readonly EmploymentType[];

/** The dictionary key of an employment type's name. */
export function employmentTypeKey(type: EmploymentType): `enums.employmentType.${EmploymentType}` {
  return `enums.employmentType.${type}`;
}

/** 「山田 花子」: family name first, as Japanese names are written. */
export function personName(person: Pick<Person, 'familyName' | 'givenName'>): string {
  return `${person.familyName} ${person.givenName}`;
}

/** The staff roster (`/api/v1/people`). */
@Injectable({ providedIn: 'root' })
export class PeopleData {
  private readonly api = inject(ApiClient);

  list(query: PeopleListQuery): Observable<PersonPage> {
    return this.api.get('/api/v1/people', { query, silent: true });
  }

  get(id: string): Observable<Person> {
    return this.api.get('/api/v1/people/{id}', { path: { id }, silent: true });
  }

  create(body: CreatePerson): Observable<Person> {
    return this.api.post('/api/v1/people', { body, silent: true });
  }

  update(id: string, version: number, body: UpdatePerson): Observable<Person> {
    return this.api.patch('/api/v1/people/{id}', { path: { id }, body, ifMatch: version, silent: true });
  }

  remove(id: string, version: number): Observable<void> {
    return this.api.delete('/api/v1/people/{id}', { path: { id }, ifMatch: version });
  }
}

/** A person offered in an owner, verifier or chair field. */
export interface PersonChoice {
  id: string;
  name: string;
}

/**
 * The active people of a company as choices, loaded whenever `companyId()` names a company (nothing is
 * loaded while it gives none, e.g. until an option asking for an owner is ticked). Call it from a field
 * initializer: it needs the injection context.
 */
export function companyPeopleChoices(companyId: () => string | null | undefined): Signal<PersonChoice[]> {
  const data = inject(PeopleData);
  const roster = rxResource({
    params: () => companyId() ?? undefined,
    stream: ({ params }) => data.list({ companyId: params, active: true, sort: 'nameKana', limit: 200 }),
  });
  return computed(() =>
    roster.hasValue() ? roster.value().items.map((p) => ({ id: p.id, name: personName(p) })) : [],
  );
}
