import { CsvSyntaxError, detectDelimiter, isBlankRecord, parseCsv } from './csv';

describe('parseCsv', () => {
  it('reads plain records with CRLF, LF and CR line ends', () => {
    expect(parseCsv('a,b\r\n1,2\n3,4\r5,6').records).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
  });

  it('does not add a record for the final line break', () => {
    expect(parseCsv('a,b\r\n1,2\r\n').records).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('keeps blank lines as blank records so row numbers match a spreadsheet', () => {
    const { records } = parseCsv('h\r\n\r\nx\r\n\r\n');
    expect(records).toEqual([['h'], [''], ['x'], ['']]);
    expect(records.map(isBlankRecord)).toEqual([false, true, false, true]);
  });

  it('reads quoted fields with separators, doubled quotes and line breaks', () => {
    const text = 'name,note\r\n"山田, 太郎","彼は""課長""です"\r\n"複数\r\n行",x\r\n';
    expect(parseCsv(text).records).toEqual([
      ['name', 'note'],
      ['山田, 太郎', '彼は"課長"です'],
      ['複数\r\n行', 'x'],
    ]);
  });

  it('keeps empty fields, leading, trailing and quoted empty ones', () => {
    expect(parseCsv(',a,,"",b,\n').records).toEqual([['', 'a', '', '', 'b', '']]);
  });

  it('is lenient like spreadsheets: a quote inside an unquoted field and text after a closing quote are kept', () => {
    expect(parseCsv('5" disk,"ab"cd\n').records).toEqual([['5" disk', 'abcd']]);
  });

  it('names the line where an unterminated quoted field starts', () => {
    expect(() => parseCsv('a,b\r\n1,2\r\n"open,3\r\n4,5\r\n')).toThrow(CsvSyntaxError);
    try {
      parseCsv('a,b\r\n"x\r\ny",2\r\n"open,3\r\n');
    } catch (error) {
      expect((error as CsvSyntaxError).line).toBe(4);
    }
  });

  it('reads tab-separated files when the header has tabs and no commas', () => {
    expect(detectDelimiter('社員番号\t氏名\r\n1\t山田')).toBe('\t');
    expect(detectDelimiter('社員番号,氏名\t(漢字)')).toBe(',');
    expect(parseCsv('a\tb\n"x,y"\tz\n').records).toEqual([
      ['a', 'b'],
      ['x,y', 'z'],
    ]);
  });

  it('reads 50,000 rows quickly', () => {
    const line = 'E000001,山田 太郎,ヤマダ タロウ,taro@example.jp,S01,正社員,2020/04/01,\r\n';
    const text = 'h1,h2,h3,h4,h5,h6,h7,h8\r\n' + line.repeat(50_000);
    const started = Date.now();
    const { records } = parseCsv(text);
    expect(records).toHaveLength(50_001);
    expect(records[50_000]).toHaveLength(8);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
