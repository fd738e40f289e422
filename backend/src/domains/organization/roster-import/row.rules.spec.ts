import {
  isKana,
  isValidEmployeeNumber,
  normalizeEmployeeNumber,
  normalizeKana,
  parseDate,
  parseEmploymentType,
  splitFullName,
} from './row.rules';

describe('parseDate', () => {
  it.each([
    ['2024-04-01', '2024-04-01'],
    ['2024/4/1', '2024-04-01'],
    ['2024.04.01', '2024-04-01'],
    ['20240401', '2024-04-01'],
    ['2024年4月1日', '2024-04-01'],
    ['２０２４／０４／０１', '2024-04-01'],
    ['2024/4/1 0:00', '2024-04-01'],
    ['令和6年4月1日', '2024-04-01'],
    ['令和元年5月1日', '2019-05-01'],
    ['平成31年4月30日', '2019-04-30'],
    ['昭和64年1月7日', '1989-01-07'],
    ['R6.4.1', '2024-04-01'],
    ['H2/10/1', '1990-10-01'],
    ['2024/02/29', '2024-02-29'],
  ])('%s → %s', (text, iso) => expect(parseDate(text)).toBe(iso));

  it.each(['2023/02/29', '2024/13/01', '2024/04/31', '0/0/0', '昨日', '2024-4', '1899/12/31', '令和0年1月1日'])(
    '%s is not a date',
    (text) => expect(parseDate(text)).toBeNull(),
  );
});

describe('parseEmploymentType', () => {
  it.each([
    ['役員', 'officer'],
    ['取締役', 'officer'],
    ['正社員', 'regular'],
    ['契約社員', 'contract'],
    ['嘱託', 'contract'],
    ['パート・アルバイト', 'part_time'],
    ['パート／アルバイト', 'part_time'],
    ['パート', 'part_time'],
    ['アルバイト', 'part_time'],
    ['ｱﾙﾊﾞｲﾄ', 'part_time'],
    ['派遣社員', 'dispatched'],
    ['派遣', 'dispatched'],
    ['officer', 'officer'],
    ['REGULAR', 'regular'],
    ['part_time', 'part_time'],
    ['Part-time', 'part_time'],
    ['dispatched', 'dispatched'],
  ])('%s → %s', (text, code) => expect(parseEmploymentType(text)).toBe(code));

  it('does not guess the rest', () => {
    expect(parseEmploymentType('業務委託')).toBeNull();
    expect(parseEmploymentType('')).toBeNull();
  });
});

describe('names and readings', () => {
  it('splits a full name at the first space, half or full width', () => {
    expect(splitFullName('山田 花子')).toEqual(['山田', '花子']);
    expect(splitFullName('　山田　花子　')).toEqual(['山田', '花子']);
    expect(splitFullName('Smith  Anna Marie')).toEqual(['Smith', 'Anna Marie']);
    expect(splitFullName('山田')).toEqual(['山田', '']);
  });

  it('stores readings in full-width katakana', () => {
    expect(normalizeKana('ﾔﾏﾀﾞ ﾊﾅｺ')).toBe('ヤマダ ハナコ');
    expect(normalizeKana('やまだ　はなこ')).toBe('ヤマダ ハナコ');
    expect(isKana('ヤマダ ハナコ')).toBe(true);
    expect(isKana('ヴォーン・ジョー')).toBe(true);
    expect(isKana('Yamada')).toBe(false);
    expect(isKana('山田')).toBe(false);
  });
});

describe('employee numbers', () => {
  it('full-width digits become ASCII; only letters, digits, - and _ are accepted', () => {
    expect(normalizeEmployeeNumber(' Ｅ０１２ ')).toBe('E012');
    expect(isValidEmployeeNumber('E-012_a')).toBe(true);
    expect(isValidEmployeeNumber('E 012')).toBe(false);
    expect(isValidEmployeeNumber('x'.repeat(51))).toBe(false);
  });
});
