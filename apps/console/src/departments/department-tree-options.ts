import type { TDepartmentTreeNode } from "@govshare/validators";

/** One department in a flat, searchable list; `depth` indents it under its parent. */
export interface DepartmentOption {
  value: string;
  label: string;
  code: string;
  depth: number;
}

/** The tree as a flat list in tree order (each unit right after its parent), for a searchable Select. */
export function flattenDepartmentTree(tree: readonly TDepartmentTreeNode[], depth = 0): DepartmentOption[] {
  return tree.flatMap((node) => [
    { value: node.id, label: node.name, code: node.code, depth },
    ...flattenDepartmentTree(node.children, depth + 1),
  ]);
}

/** A node of antd's TreeSelect. */
export interface DepartmentTreeOption {
  value: string;
  title: string;
  disabled: boolean;
  children: DepartmentTreeOption[];
}

/**
 * The tree for choosing a parent. When a department is being moved, it and everything below it are
 * disabled: a department cannot sit under itself (the server refuses it too; this saves the round trip).
 */
export function parentTreeOptions(
  tree: readonly TDepartmentTreeNode[],
  movingId?: string,
  insideMoving = false,
): DepartmentTreeOption[] {
  return tree.map((node) => {
    const disabled = insideMoving || node.id === movingId;
    return {
      value: node.id,
      title: node.name,
      disabled,
      children: parentTreeOptions(node.children, movingId, disabled),
    };
  });
}
