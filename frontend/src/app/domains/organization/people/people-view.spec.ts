import {
  DEFAULT_PEOPLE_VIEW,
  isFiltered,
  peopleQuery,
  peopleViewFromParams,
  peopleViewToParams,
  type PeopleView,
} from './people-view';

const COMPANY = '11111111-1111-4111-8111-111111111111';
const DEPT = '33333333-3333-4333-8333-333333333333';

describe('people view ⇄ URL', () => {
  it('keeps the default view out of the URL', () => {
    expect(peopleViewToParams(DEFAULT_PEOPLE_VIEW)).toEqual({});
    expect(peopleViewFromParams({})).toEqual(DEFAULT_PEOPLE_VIEW);
  });

  it('round-trips every filter, the sort and the page', () => {
    const view: PeopleView = {
      q: '山田',
      departmentId: DEPT,
      employmentType: 'part_time',
      status: 'all',
      sort: '-hireDate',
      page: 2,
      size: 100,
      companyId: COMPANY,
    };
    const params = peopleViewToParams(view);
    expect(params).toEqual({
      company: COMPANY,
      q: '山田',
      dept: DEPT,
      type: 'part_time',
      status: 'all',
      sort: '-hireDate',
      page: '3',
      size: '100',
    });
    expect(peopleViewFromParams(params)).toEqual(view);
  });

  it('falls back to the default for anything it does not know', () => {
    expect(
      peopleViewFromParams({
        dept: 'not-a-uuid',
        type: 'intern',
        status: 'gone',
        sort: 'salary',
        page: '-1',
        size: '7',
        company: 'x',
      }),
    ).toEqual(DEFAULT_PEOPLE_VIEW);
  });

  it('asks the API for the view in a company', () => {
    expect(peopleQuery({ ...DEFAULT_PEOPLE_VIEW, q: ' 山田 ', page: 1, size: 25 }, COMPANY)).toEqual({
      companyId: COMPANY,
      q: '山田',
      departmentId: undefined,
      employmentType: undefined,
      active: true,
      sort: 'nameKana',
      limit: 25,
      offset: 25,
    });
    expect(peopleQuery({ ...DEFAULT_PEOPLE_VIEW, status: 'left' }, null).active).toBe(false);
    expect(peopleQuery({ ...DEFAULT_PEOPLE_VIEW, status: 'all' }, null).active).toBeUndefined();
  });

  it('tells "nobody matches" from "nobody entered yet"', () => {
    expect(isFiltered(DEFAULT_PEOPLE_VIEW)).toBe(false);
    expect(isFiltered({ ...DEFAULT_PEOPLE_VIEW, status: 'all' })).toBe(false);
    expect(isFiltered({ ...DEFAULT_PEOPLE_VIEW, status: 'left' })).toBe(true);
    expect(isFiltered({ ...DEFAULT_PEOPLE_VIEW, q: '山' })).toBe(true);
  });
});
