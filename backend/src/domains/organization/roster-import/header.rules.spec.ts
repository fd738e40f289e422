import { normalizeHeader, suggestMapping, uniqueHeaders } from './header.rules';

describe('uniqueHeaders', () => {
  it('trims, names empty headers by position and numbers repeats', () => {
    expect(uniqueHeaders([' 社員番号 ', '', '氏名', '氏名', '氏名'])).toEqual([
      '社員番号',
      '列2',
      '氏名',
      '氏名 (2)',
      '氏名 (3)',
    ]);
  });
});

describe('normalizeHeader', () => {
  it('ignores width, case, spaces and brackets', () => {
    expect(normalizeHeader('ﾌﾘｶﾞﾅ（姓）')).toBe('フリガナ姓');
    expect(normalizeHeader('E-Mail Address')).toBe('emailaddress');
    expect(normalizeHeader('社員　番号')).toBe('社員番号');
  });
});

describe('suggestMapping', () => {
  it('maps a typical Japanese export with a full name and a full reading', () => {
    expect(
      suggestMapping(['社員番号', '氏名', 'フリガナ', 'メールアドレス', '所属コード', '雇用形態', '入社日', '退職日']),
    ).toEqual({
      employeeNumber: '社員番号',
      familyName: '氏名',
      familyNameKana: 'フリガナ',
      email: 'メールアドレス',
      departmentCode: '所属コード',
      employmentType: '雇用形態',
      hireDate: '入社日',
      leaveDate: '退職日',
    });
  });

  it('maps separate family and given names and readings', () => {
    expect(suggestMapping(['従業員番号', '姓', '名', 'セイ', 'メイ', '部門コード', '雇用区分', '入社年月日'])).toEqual({
      employeeNumber: '従業員番号',
      familyName: '姓',
      givenName: '名',
      familyNameKana: 'セイ',
      givenNameKana: 'メイ',
      departmentCode: '部門コード',
      employmentType: '雇用区分',
      hireDate: '入社年月日',
    });
    expect(suggestMapping(['社員コード', '姓（漢字）', '名（漢字）', '姓（カナ）', '名（カナ）'])).toEqual({
      employeeNumber: '社員コード',
      familyName: '姓（漢字）',
      givenName: '名（漢字）',
      familyNameKana: '姓（カナ）',
      givenNameKana: '名（カナ）',
    });
    expect(suggestMapping(['氏名', '氏名（カナ）', 'カナ氏名'])).toMatchObject({
      familyName: '氏名',
      familyNameKana: '氏名（カナ）',
    });
  });

  it('prefers a department code column over a department name column', () => {
    expect(suggestMapping(['所属部署', '所属部署コード'])).toEqual({ departmentCode: '所属部署コード' });
    expect(suggestMapping(['部署', '所属長'])).toEqual({ departmentCode: '部署' });
  });

  it('maps English headers', () => {
    expect(
      suggestMapping([
        'Employee ID',
        'Surname',
        'Given Name',
        'Email',
        'Dept Code',
        'Employment Status',
        'Start Date',
        'End Date',
      ]),
    ).toEqual({
      employeeNumber: 'Employee ID',
      familyName: 'Surname',
      givenName: 'Given Name',
      email: 'Email',
      departmentCode: 'Dept Code',
      employmentType: 'Employment Status',
      hireDate: 'Start Date',
      leaveDate: 'End Date',
    });
    expect(suggestMapping(['Name', 'Name (Kana)'])).toEqual({ familyName: 'Name', familyNameKana: 'Name (Kana)' });
  });

  it('leaves out what it does not recognise', () => {
    expect(suggestMapping(['備考', '生年月日', '性別'])).toEqual({});
  });
});
