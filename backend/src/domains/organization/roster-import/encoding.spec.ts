import { decodeRoster, firstInvalidLine } from './encoding';

/** 社員番号,氏名 / 1,山田 in Shift_JIS, and ① (0x8740, an NEC extension of CP932). */
const SJIS_HEADER = [0x8e, 0xd0, 0x88, 0xf5, 0x94, 0xd4, 0x8d, 0x86, 0x2c, 0x8e, 0x81, 0x96, 0xbc];
const SJIS_ROW = [0x31, 0x2c, 0x8e, 0x52, 0x93, 0x63, 0x87, 0x40];
const sjis = Buffer.from([...SJIS_HEADER, 0x0d, 0x0a, ...SJIS_ROW, 0x0d, 0x0a]);

describe('decodeRoster', () => {
  it('reads UTF-8 with and without a byte order mark (the mark is dropped)', () => {
    const text = '社員番号,氏名\r\n1,山田\r\n';
    expect(decodeRoster(Buffer.from(text), 'auto')).toEqual({ ok: true, text, encoding: 'utf-8' });
    expect(decodeRoster(Buffer.from(`\ufeff${text}`), 'auto')).toEqual({ ok: true, text, encoding: 'utf-8' });
    expect(decodeRoster(Buffer.from(`\ufeff${text}`), 'utf-8')).toEqual({ ok: true, text, encoding: 'utf-8' });
  });

  it('detects Shift_JIS (CP932, NEC extensions included) when the bytes are not UTF-8', () => {
    expect(decodeRoster(sjis, 'auto')).toEqual({
      ok: true,
      text: '社員番号,氏名\r\n1,山田①\r\n',
      encoding: 'shift_jis',
    });
    expect(decodeRoster(sjis, 'shift_jis')).toMatchObject({ ok: true, encoding: 'shift_jis' });
  });

  it('plain ASCII is UTF-8', () => {
    expect(decodeRoster(Buffer.from('no,name\r\n1,Smith\r\n'), 'auto')).toMatchObject({ encoding: 'utf-8' });
  });

  it('never replaces invalid bytes: names the encoding and the first bad line', () => {
    expect(decodeRoster(sjis, 'utf-8')).toEqual({
      ok: false,
      failure: { kind: 'invalid', encoding: 'utf-8', line: 1 },
    });
    // UTF-8 with one broken byte on line 3: reported against UTF-8, the file's encoding.
    const broken = Buffer.concat([
      Buffer.from('社員番号,氏名\n1,山田\n2,'),
      Buffer.from([0xe5, 0x28]),
      Buffer.from('\n'),
    ]);
    expect(decodeRoster(broken, 'auto')).toEqual({
      ok: false,
      failure: { kind: 'invalid', encoding: 'utf-8', line: 3 },
    });
    // Shift_JIS with an unmapped double-byte sequence on line 2.
    const badSjis = Buffer.from([...SJIS_HEADER, 0x0a, 0x31, 0x2c, 0x85, 0x40, 0x0a]);
    expect(decodeRoster(badSjis, 'auto')).toEqual({
      ok: false,
      failure: { kind: 'invalid', encoding: 'shift_jis', line: 2 },
    });
  });

  it('recognises Excel workbooks and binary files', () => {
    expect(decodeRoster(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2]), 'auto')).toEqual({
      ok: false,
      failure: { kind: 'not_text', format: 'xlsx' },
    });
    expect(decodeRoster(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]), 'auto')).toMatchObject({
      failure: { format: 'xls' },
    });
    expect(decodeRoster(Buffer.from('\ufeffa\u0000b', 'utf16le'), 'auto')).toMatchObject({
      failure: { kind: 'not_text', format: 'binary' },
    });
  });
});

describe('firstInvalidLine', () => {
  it('counts lines split on LF', () => {
    expect(firstInvalidLine(Buffer.from([0x61, 0x0a, 0x62, 0x0a, 0xff, 0x0a]), 'utf-8')).toBe(3);
  });
});
