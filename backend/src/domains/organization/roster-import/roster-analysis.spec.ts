import { parseCsv } from './csv';
import { analyseRoster, checkMapping, departmentLookup } from './roster-analysis';

const departments = departmentLookup([
  { id: 'd-sales', code: 'S01', name: '営業部' },
  { id: 'd-dev', code: 'D01', name: '開発部' },
  { id: 'd-dev2', code: 'D02', name: '開発部' },
]);

function analyse(text: string, mapping: Record<string, string>) {
  const { records } = parseCsv(text);
  return analyseRoster(records, records[0], mapping, departments);
}

const HEADER = '社員番号,氏名,フリガナ,メール,部署,雇用形態,入社日,退職日\r\n';
const MAPPING = {
  employeeNumber: '社員番号',
  familyName: '氏名',
  familyNameKana: 'フリガナ',
  email: 'メール',
  departmentCode: '部署',
  employmentType: '雇用形態',
  hireDate: '入社日',
  leaveDate: '退職日',
};

describe('checkMapping', () => {
  it('requires employee number, name and employment type, and known columns', () => {
    expect(checkMapping({ familyName: '氏名', employmentType: 'x' }, ['氏名'])).toEqual([
      { field: 'mapping.employeeNumber', code: 'REQUIRED', message: expect.any(String) },
      { field: 'mapping.employmentType', code: 'UNKNOWN_COLUMN', message: expect.any(String) },
    ]);
    expect(checkMapping(MAPPING, Object.values(MAPPING))).toEqual([]);
  });
});

describe('analyseRoster', () => {
  it('turns a good row into a person, splitting the name and the reading', () => {
    const result = analyse(HEADER + 'E1,山田 花子,ﾔﾏﾀﾞ ﾊﾅｺ,Hanako@Example.JP,S01,正社員,2020/4/1,\r\n', MAPPING);
    expect(result).toMatchObject({ rowCount: 1, errors: [], errorRowCount: 0 });
    expect(result.valid).toEqual([
      {
        row: 2,
        employeeNumber: 'E1',
        familyName: '山田',
        givenName: '花子',
        familyNameKana: 'ヤマダ',
        givenNameKana: 'ハナコ',
        email: 'hanako@example.jp',
        departmentId: 'd-sales',
        employmentType: 'regular',
        hireDate: '2020-04-01',
        leaveDate: null,
      },
    ]);
  });

  it('finds departments by code, else by a unique name', () => {
    const rows = analyse(HEADER + 'E1,A,,,営業部,正社員,,\r\nE2,B,,,開発部,正社員,,\r\nE3,C,,,,正社員,,\r\n', MAPPING);
    expect(rows.valid.map((p) => p.departmentId)).toEqual(['d-sales', null]);
    expect(rows.errors).toEqual([expect.objectContaining({ row: 3, column: '部署', code: 'DEPARTMENT_UNKNOWN' })]);
  });

  it('lists every problem of every row with its spreadsheet row number and column, and skips blank lines', () => {
    const text =
      HEADER +
      'E1,山田 花子,やまだ,bad-mail,X,社員,2020/02/30,\r\n' +
      '\r\n' +
      ',,,,,,,\r\n' +
      ',,Yamada,,,,,\r\n' +
      'E2,鈴木,,,,契約社員,2024/04/01,2023/03/31\r\n';
    const result = analyse(text, MAPPING);
    expect(result.rowCount).toBe(3);
    expect(result.errorRowCount).toBe(3);
    expect(result.valid).toEqual([]);
    expect(result.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, 'メール', 'EMAIL_INVALID'],
      [2, '部署', 'DEPARTMENT_UNKNOWN'],
      [2, '雇用形態', 'EMPLOYMENT_TYPE_UNKNOWN'],
      [2, '入社日', 'DATE_INVALID'],
      [5, '社員番号', 'REQUIRED'],
      [5, '氏名', 'REQUIRED'],
      [5, 'フリガナ', 'KANA_INVALID'],
      [5, '雇用形態', 'REQUIRED'],
      [6, '退職日', 'LEAVE_BEFORE_HIRE'],
    ]);
    expect(result.errors[0].message).toMatch(/e-mail/);
  });

  it('an employee number used twice is an error on each row, and still counts as present', () => {
    const result = analyse(HEADER + 'E1,A,,,,正社員,,\r\nE2,B,,,,正社員,,\r\nＥ１,C,,,,正社員,,\r\n', MAPPING);
    expect(result.valid.map((p) => p.employeeNumber)).toEqual(['E2']);
    expect(result.errors.map((e) => [e.row, e.code])).toEqual([
      [2, 'DUPLICATE_EMPLOYEE_NUMBER'],
      [4, 'DUPLICATE_EMPLOYEE_NUMBER'],
    ]);
    expect([...result.employeeNumbers].sort()).toEqual(['E1', 'E2']);
  });

  it('leaves unmapped optional fields undefined (kept as they are) and reads separate name columns', () => {
    const result = analyse('no,姓,名,type\r\n7,髙橋,一郎,派遣\r\n', {
      employeeNumber: 'no',
      familyName: '姓',
      givenName: '名',
      employmentType: 'type',
    });
    expect(result.valid).toEqual([
      {
        row: 2,
        employeeNumber: '7',
        familyName: '髙橋',
        givenName: '一郎',
        familyNameKana: undefined,
        givenNameKana: undefined,
        email: undefined,
        departmentId: undefined,
        employmentType: 'dispatched',
        hireDate: undefined,
        leaveDate: null,
      },
    ]);
  });

  it('treats missing trailing cells as empty', () => {
    const result = analyse(HEADER + 'E1,山田,,,,役員\r\n', MAPPING);
    expect(result.valid[0]).toMatchObject({ employmentType: 'officer', hireDate: null, email: null });
  });
});
