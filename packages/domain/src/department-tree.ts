export interface TreeNode<T> {
  node: T;
  children: TreeNode<T>[];
}

/**
 * Turns a flat list of departments into the tree they describe, keeping the list's order among
 * siblings. Items whose parent is not in the list become roots, so a partial list still renders.
 */
export function buildTree<T extends { id: string; parentId: string | null }>(
  items: readonly T[],
): TreeNode<T>[] {
  const byId = new Map<string, TreeNode<T>>();
  for (const item of items) byId.set(item.id, { node: item, children: [] });
  const roots: TreeNode<T>[] = [];
  for (const item of items) {
    const treeNode = byId.get(item.id)!;
    const parent = item.parentId ? byId.get(item.parentId) : undefined;
    (parent ? parent.children : roots).push(treeNode);
  }
  return roots;
}
