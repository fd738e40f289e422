import { en } from './en';
import { glossary } from './glossary';
import { ja } from './ja';

function leaves(node: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object') for (const [k, v] of leaves(value, path)) out.set(k, v);
    else out.set(path, value);
  }
  return out;
}

describe('dictionaries', () => {
  const jaLeaves = leaves(ja);
  const enLeaves = leaves(en);

  it('have exactly the same keys', () => {
    expect([...enLeaves.keys()].sort()).toEqual([...jaLeaves.keys()].sort());
  });

  it('have no empty texts', () => {
    for (const [key, value] of [...jaLeaves, ...enLeaves]) {
      expect({ key, ok: typeof value === 'string' && value.trim().length > 0 }).toEqual({ key, ok: true });
    }
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: unknown) =>
      String(text)
        .match(/\{\w+\}/g)
        ?.sort() ?? [];
    for (const [key, value] of jaLeaves) {
      expect({ key, placeholders: placeholders(enLeaves.get(key)) }).toEqual({
        key,
        placeholders: placeholders(value),
      });
    }
  });

  it('draw the glossary section from the one glossary', () => {
    expect(ja.glossary.subcontractor).toBe('委託先');
    expect(en.glossary.subcontractor).toBe('subcontractor');
    expect(ja.glossary.correctiveAction).toBe(glossary.correctiveAction.ja);
    expect(en.glossary.disclosureRequest).toBe('disclosure and other requests');
    expect(Object.keys(en.glossary)).toEqual(Object.keys(glossary));
  });

  it('build sentences from glossary terms', () => {
    expect(ja.home.intro).toContain(glossary.pms.ja);
    expect(en.home.intro).toContain(glossary.pms.en);
    expect(ja.errors.code.FORBIDDEN).toContain('個人情報保護管理者');
  });
});
