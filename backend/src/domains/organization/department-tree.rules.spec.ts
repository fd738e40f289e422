import { buildTree, wouldCreateCycle } from './department-tree.rules';

const d = (id: string, parentId: string | null, code = id) => ({ id, parentId, code, name: id });

describe('buildTree', () => {
  it('nests departments under their parents, ordered by code', () => {
    const tree = buildTree([d('b', null), d('a', null), d('a2', 'a'), d('a1', 'a'), d('a1x', 'a1')]);
    expect(tree.map((n) => n.id)).toEqual(['a', 'b']);
    expect(tree[0].children.map((n) => n.id)).toEqual(['a1', 'a2']);
    expect(tree[0].children[0].children.map((n) => n.id)).toEqual(['a1x']);
  });

  it('keeps a department whose parent is missing at the top level', () => {
    expect(buildTree([d('x', 'gone')]).map((n) => n.id)).toEqual(['x']);
  });

  it('returns an empty tree for no departments', () => {
    expect(buildTree([])).toEqual([]);
  });
});

describe('wouldCreateCycle', () => {
  const parents = new Map<string, string | null>([
    ['root', null],
    ['child', 'root'],
    ['grandchild', 'child'],
  ]);

  it('refuses a department as its own parent or under its own descendant', () => {
    expect(wouldCreateCycle('child', 'child', parents)).toBe(true);
    expect(wouldCreateCycle('root', 'grandchild', parents)).toBe(true);
  });

  it('allows moving under another branch or to the top', () => {
    expect(wouldCreateCycle('grandchild', 'root', parents)).toBe(false);
    expect(wouldCreateCycle('child', null, parents)).toBe(false);
  });
});
