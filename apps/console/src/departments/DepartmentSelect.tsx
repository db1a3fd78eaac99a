import { useMemo } from "react";
import { Select, Typography, type SelectProps } from "antd";
import { useT } from "../i18n/locale-context.ts";
import { flattenDepartmentTree, type DepartmentOption } from "./department-tree-options.ts";
import { useDepartmentTree } from "./use-department-tree.ts";

type DepartmentSelectProps = Omit<SelectProps<string, DepartmentOption>, "options" | "showSearch" | "mode">;

/**
 * Picks one department, searchable by name or code (type 区财政局 + Enter). Form.Item and filters pass
 * value, onChange and id through.
 */
export function DepartmentSelect(props: DepartmentSelectProps) {
  const t = useT();
  const tree = useDepartmentTree();
  const options = useMemo(() => flattenDepartmentTree(tree.data ?? []), [tree.data]);
  return (
    <Select<string, DepartmentOption>
      showSearch={{ optionFilterProp: ["label", "code"] }}
      placeholder={t.departments.pickerPlaceholder}
      loading={tree.isPending}
      status={tree.isError ? "error" : undefined}
      options={options}
      optionRender={({ data }) => (
        // indented under its parent: the same name can exist in two towns
        <span style={{ paddingInlineStart: data.depth * 16 }}>
          {data.label} <Typography.Text type="secondary">{data.code}</Typography.Text>
        </span>
      )}
      {...props}
    />
  );
}
