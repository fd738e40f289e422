import { BOM, csvField, toCsv } from './csv';

describe('csv', () => {
  it('quotes fields with commas, quotes and line breaks', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('山田 太郎')).toBe('山田 太郎');
  });

  it('writes null as empty, Dates as ISO and objects as JSON', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(new Date('2026-01-01T00:00:00Z'))).toBe('2026-01-01T00:00:00.000Z');
    expect(csvField({ a: 1 })).toBe('"{""a"":1}"');
  });

  it('defuses spreadsheet formulas', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-2')).toBe("'-2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('starts with a UTF-8 BOM and ends lines with CRLF', () => {
    expect(toCsv(['a', 'b'], [[1, '守り']])).toBe(`${BOM}a,b\r\n1,守り\r\n`);
  });
});
