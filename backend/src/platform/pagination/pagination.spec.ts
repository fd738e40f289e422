import { ProblemException } from '../errors/problem';
import { decodeCursor, encodeCursor, likeEscape, pageOf, SqlConditions } from './pagination';

describe('cursors', () => {
  it('round-trip the sort key of the last row', () => {
    const cursor = encodeCursor(['ヤマダ', 'タロウ', 'a1b2']);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, 3)).toEqual(['ヤマダ', 'タロウ', 'a1b2']);
  });

  it('refuse garbage and cursors of another list with 400 on the cursor field', () => {
    for (const bad of ['%%%', encodeCursor(['a']), Buffer.from('{"a":1}').toString('base64url')]) {
      try {
        decodeCursor(bad, 2);
        throw new Error('accepted');
      } catch (error) {
        expect(error).toBeInstanceOf(ProblemException);
        expect((error as ProblemException).errors?.[0]).toMatchObject({ field: 'cursor', code: 'BAD_CURSOR' });
      }
    }
  });
});

describe('SqlConditions', () => {
  it('numbers parameters in order and joins clauses with AND', () => {
    const c = new SqlConditions();
    c.add(`company_id = ${c.p('x')}`).add(`active = ${c.p(true)}`);
    expect(c.where()).toBe('WHERE (company_id = $1) AND (active = $2)');
    expect(c.params).toEqual(['x', true]);
    expect(new SqlConditions().where()).toBe('');
  });
});

describe('likeEscape', () => {
  it('escapes LIKE wildcards', () => {
    expect(likeEscape('50%_a\\b')).toBe('50\\%\\_a\\\\b');
  });
});

describe('pageOf', () => {
  const rows = Array.from({ length: 120 }, (_, i) => i);

  it('pages a list read whole by offset and limit, with its total', () => {
    expect(pageOf(rows, {})).toEqual({ items: rows.slice(0, 50), total: 120, nextCursor: null });
    expect(pageOf(rows, { offset: 100, limit: 50 })).toEqual({ items: rows.slice(100), total: 120, nextCursor: null });
    expect(pageOf(rows, { offset: 200 }).items).toEqual([]);
  });
});
