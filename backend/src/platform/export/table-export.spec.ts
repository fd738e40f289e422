import { named, tableFile, yesNo } from './table-export';

describe('named', () => {
  const names = { reporting: '報告対応中', closed: '完了' };

  it('writes a code by its name, none as empty, an unknown code as it is', () => {
    expect(named(names, 'reporting')).toBe('報告対応中');
    expect(named(names, null)).toBe('');
    expect(named(names, undefined)).toBe('');
    expect(named(names, 'archived')).toBe('archived');
    expect(named(names, 'toString')).toBe('toString');
  });
});

describe('tableFile', () => {
  it('writes the headings and the named values as CSV, as an attachment with a UTF-8 file name', async () => {
    const file = tableFile({
      fileName: 'インシデント-2026-11-29',
      columns: [
        { header: '件名 / Title', value: (r: { title: string; status: string }) => r.title },
        { header: '状況 / Status', value: (r) => named({ closed: '完了' }, r.status) },
      ],
      rows: [{ title: '誤送信', status: 'closed' }],
    });
    const chunks: Buffer[] = [];
    for await (const chunk of file.getStream()) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString('utf8')).toBe('\uFEFF件名 / Title,状況 / Status\r\n誤送信,完了\r\n');
    expect(file.getHeaders().disposition).toBe(
      `attachment; filename="______-2026-11-29.csv"; filename*=UTF-8''${encodeURIComponent('インシデント-2026-11-29.csv')}`,
    );
  });
});

describe('yesNo', () => {
  it('writes はい or いいえ', () => {
    expect([yesNo(true), yesNo(false)]).toEqual(['はい', 'いいえ']);
  });
});
