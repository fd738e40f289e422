import { compareJapanese } from '../../platform/text/japanese-order';

/** A department row as the tree needs it. */
export interface DepartmentLike {
  id: string;
  parentId: string | null;
  code: string;
  name: string;
}

export type TreeNode<T extends DepartmentLike> = T & { children: TreeNode<T>[] };

/**
 * Builds the tree of a company's departments, siblings ordered by code then name. A department whose
 * parent is missing is shown at the top level rather than lost.
 */
export function buildTree<T extends DepartmentLike>(rows: readonly T[]): TreeNode<T>[] {
  const nodes = new Map<string, TreeNode<T>>(rows.map((r) => [r.id, { ...r, children: [] }]));
  const roots: TreeNode<T>[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  const order = (a: TreeNode<T>, b: TreeNode<T>) => a.code.localeCompare(b.code) || compareJapanese(a.name, b.name);
  const sort = (list: TreeNode<T>[]) => {
    list.sort(order);
    list.forEach((n) => sort(n.children));
  };
  sort(roots);
  return roots;
}

/**
 * Whether making `parentId` the parent of `id` would put `id` under itself. `parentOf` maps each
 * department of the company to its current parent.
 */
export function wouldCreateCycle(
  id: string,
  parentId: string | null,
  parentOf: ReadonlyMap<string, string | null>,
): boolean {
  const seen = new Set<string>();
  for (let current = parentId; current !== null; current = parentOf.get(current) ?? null) {
    if (current === id) return true;
    if (seen.has(current)) return true;
    seen.add(current);
  }
  return false;
}
