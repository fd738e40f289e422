import { safeFileName, sniffFileType } from './file-type';

const bytes = (...values: number[]) => Buffer.from(values);

describe('sniffFileType', () => {
  it('recognizes documents and images by their magic bytes', () => {
    expect(sniffFileType(Buffer.from('%PDF-1.7\n…'), 'contract.pdf')?.contentType).toBe('application/pdf');
    expect(sniffFileType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))?.contentType).toBe('image/png');
    expect(sniffFileType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0))?.contentType).toBe('image/jpeg');
    expect(sniffFileType(Buffer.from('GIF89a…'))?.contentType).toBe('image/gif');
    expect(sniffFileType(Buffer.from('RIFF\u0000\u0000\u0000\u0000WEBPVP8 '))?.contentType).toBe('image/webp');
  });

  it('tells Office Open XML documents apart and refuses other ZIP archives', () => {
    const zip = (entry: string) =>
      Buffer.concat([bytes(0x50, 0x4b, 0x03, 0x04), Buffer.from(`....[Content_Types].xml....${entry}`)]);
    expect(sniffFileType(zip('word/document.xml'))?.extension).toBe('docx');
    expect(sniffFileType(zip('xl/workbook.xml'))?.extension).toBe('xlsx');
    expect(sniffFileType(zip('ppt/presentation.xml'))?.extension).toBe('pptx');
    expect(sniffFileType(Buffer.concat([bytes(0x50, 0x4b, 0x03, 0x04), Buffer.from('evil.exe')]))).toBeNull();
  });

  it('names legacy Office files by their extension inside the OLE container', () => {
    const ole = bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0);
    expect(sniffFileType(ole, 'list.xls')?.contentType).toBe('application/vnd.ms-excel');
    expect(sniffFileType(ole, 'memo.doc')?.contentType).toBe('application/msword');
    expect(sniffFileType(ole, 'memo.bin')?.contentType).toBe('application/msword');
  });

  it('accepts UTF-8 text and CSV, Japanese included', () => {
    expect(sniffFileType(Buffer.from('社員番号,氏名\r\n1,山田\r\n'), 'list.csv')?.contentType).toBe(
      'text/csv; charset=utf-8',
    );
    expect(sniffFileType(Buffer.from('2026-11-28 09:00 接続ログ\n'), 'log.txt')?.extension).toBe('txt');
  });

  it('refuses an executable renamed to .pdf, binaries, markup and empty files', () => {
    expect(sniffFileType(Buffer.from('MZ\u0090\u0000\u0003'), 'invoice.pdf')).toBeNull();
    expect(sniffFileType(bytes(0x7f, 0x45, 0x4c, 0x46, 2, 1, 1), 'report.pdf')).toBeNull();
    expect(sniffFileType(Buffer.from('<!DOCTYPE html><script>alert(1)</script>'), 'note.txt')).toBeNull();
    expect(sniffFileType(Buffer.from('<svg onload="x()"/>'), 'image.txt')).toBeNull();
    expect(sniffFileType(bytes(0xff, 0xfe, 0x00, 0x41))).toBeNull();
    expect(sniffFileType(Buffer.alloc(0))).toBeNull();
  });
});

describe('safeFileName', () => {
  const pdf = { contentType: 'application/pdf', extension: 'pdf' };
  it('keeps a matching name and drops path parts and reserved characters', () => {
    expect(safeFileName('契約書.pdf', pdf)).toBe('契約書.pdf');
    expect(safeFileName('C:\\Users\\x\\契約"書".pdf', pdf)).toBe('契約書.pdf');
    expect(safeFileName('../../etc/passwd', pdf)).toBe('passwd.pdf');
  });
  it('adds the real extension when the name claims another type', () => {
    expect(safeFileName('photo.png', pdf)).toBe('photo.png.pdf');
    expect(safeFileName('', pdf)).toBe('attachment.pdf');
  });
});
