import { useMemo } from "react";
import { TreeSelect, type TreeSelectProps } from "antd";
import { useT } from "../i18n/locale-context.ts";
import { parentTreeOptions } from "./department-tree-options.ts";
import { useDepartmentTree } from "./use-department-tree.ts";

interface ParentDepartmentSelectProps extends Omit<
  TreeSelectProps<string>,
  "treeData" | "showSearch" | "multiple"
> {
  /** the department being edited: it cannot become its own parent, nor a child of its own subtree */
  movingId?: string;
}

/** Picks a parent department in the tree; empty means a top-level unit. */
export function ParentDepartmentSelect({ movingId, ...props }: ParentDepartmentSelectProps) {
  const t = useT();
  const tree = useDepartmentTree();
  const treeData = useMemo(() => parentTreeOptions(tree.data ?? [], movingId), [tree.data, movingId]);
  return (
    <TreeSelect<string>
      showSearch={{ treeNodeFilterProp: "title" }}
      treeDefaultExpandAll
      allowClear
      placeholder={t.departments.form.parentPlaceholder}
      loading={tree.isPending}
      status={tree.isError ? "error" : undefined}
      treeData={treeData}
      {...props}
    />
  );
}
