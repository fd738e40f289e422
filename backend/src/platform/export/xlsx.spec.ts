import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { columnName, toXlsx } from './xlsx';

/** Reads a ZIP's entries back with the central directory (independent of how it was written). */
function readZip(buffer: Buffer): Map<string, string> {
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  const entries = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    expect(buffer.readUInt32LE(at)).toBe(0x02014b50);
    const size = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const local = buffer.readUInt32LE(at + 42);
    const name = buffer.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const localNameLength = buffer.readUInt16LE(local + 26);
    const data = buffer.subarray(local + 30 + localNameLength, local + 30 + localNameLength + size);
    entries.set(name, inflateRawSync(data).toString('utf8'));
    at += 46 + nameLength;
  }
  return entries;
}

describe('toXlsx', () => {
  const workbook = toXlsx(
    '委託先一覧',
    ['名称', '件数', '承認済み', '登録日時'],
    [
      ['株式会社サンプル <&>', 5000, true, new Date('2026-11-27T15:30:00Z')],
      ['=HYPERLINK("http://x")', null, false, undefined],
    ],
  );

  it('is a ZIP with the parts of a workbook', () => {
    const parts = readZip(workbook);
    expect([...parts.keys()].sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
    ]);
    expect(parts.get('xl/workbook.xml')).toContain('<sheet name="委託先一覧"');
  });

  it('writes text as inline strings (never formulas), numbers and booleans as values, dates in Tokyo time', () => {
    const sheet = readZip(workbook).get('xl/worksheets/sheet1.xml') ?? '';
    expect(sheet).toContain('<c r="A1" s="1" t="inlineStr"><is><t xml:space="preserve">名称</t></is></c>');
    expect(sheet).toContain('株式会社サンプル &lt;&amp;&gt;');
    expect(sheet).toContain('<c r="B2"><v>5000</v></c>');
    expect(sheet).toContain('<c r="C2" t="b"><v>1</v></c>');
    expect(sheet).toContain('2026-11-28 00:30');
    expect(sheet).not.toContain('<f>');
    expect(sheet).toContain('=HYPERLINK(&quot;http://x&quot;)');
    expect(sheet).toContain('<autoFilter ref="A1:D3"/>');
  });

  it('passes the CRC checks of an independent ZIP reader', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xlsx-'));
    const file = join(dir, 'book.xlsx');
    writeFileSync(file, workbook);
    const script = [
      'import sys, zipfile, xml.dom.minidom',
      'z = zipfile.ZipFile(sys.argv[1])',
      'assert z.testzip() is None',
      '[xml.dom.minidom.parseString(z.read(n)) for n in z.namelist()]',
      'print(len(z.namelist()))',
    ].join('\n');
    expect(execFileSync('python3', ['-c', script, file]).toString().trim()).toBe('6');
  });

  it('names columns like a spreadsheet', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});
