import { jsonPage } from './json-page';

describe('jsonPage', () => {
  it('writes the page as UTF-8 JSON that parses to the items, total and cursor', () => {
    const items = [JSON.stringify({ name: '株式会社ハロー', n: 1 }), JSON.stringify({ name: 'Ünïcode 🚀', n: 2 })];
    const page = jsonPage(items, 42, 'eyJ2IjpbIuOBgiJdfQ');
    expect(Buffer.isBuffer(page)).toBe(true);
    expect(JSON.parse(page.toString('utf8'))).toEqual({
      items: [
        { name: '株式会社ハロー', n: 1 },
        { name: 'Ünïcode 🚀', n: 2 },
      ],
      total: 42,
      nextCursor: 'eyJ2IjpbIuOBgiJdfQ',
    });
  });

  it('puts each suffix in place of its item’s closing brace', () => {
    const items = [JSON.stringify({ id: 'a', name: '委託先' }), JSON.stringify({ id: 'b' })];
    const page = jsonPage(items, 2, null, (i) => `, "index" : ${i}, "label" : "第${i + 1}号"}`);
    expect(JSON.parse(page.toString('utf8'))).toEqual({
      items: [
        { id: 'a', name: '委託先', index: 0, label: '第1号' },
        { id: 'b', index: 1, label: '第2号' },
      ],
      total: 2,
      nextCursor: null,
    });
  });

  it('writes an empty page', () => {
    expect(JSON.parse(jsonPage([], 0, null).toString('utf8'))).toEqual({ items: [], total: 0, nextCursor: null });
    expect(jsonPage([], 0, null, () => '}').toString('utf8')).toBe('{"items":[],"total":0,"nextCursor":null}');
  });
});
