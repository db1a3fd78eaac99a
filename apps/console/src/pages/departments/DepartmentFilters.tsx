import { Button, Form, Input, Select } from "antd";
import { SearchOutlined } from "@ant-design/icons";
import { DEPARTMENT_KINDS, type TDepartmentKind } from "@govshare/validators";
import { useT } from "../../i18n/locale-context.ts";
import type { DepartmentListFilters } from "./department-list-search.ts";

interface DepartmentFiltersProps {
  filters: DepartmentListFilters;
  onKindChange: (kind: TDepartmentKind | undefined) => void;
  onSearch: (text: string | undefined) => void;
}

export function DepartmentFilters({ filters, onKindChange, onSearch }: DepartmentFiltersProps) {
  const t = useT();
  return (
    <Form layout="inline" role="search">
      <Form.Item label={t.departments.kindFilter} htmlFor="department-kind-filter">
        <Select<TDepartmentKind>
          id="department-kind-filter"
          style={{ width: 160 }}
          allowClear
          // typing 街道 + Enter is quicker than scrolling, and works from the keyboard alone
          showSearch={{ optionFilterProp: "label" }}
          placeholder={t.departments.allKinds}
          value={filters.kind}
          onChange={(kind) => onKindChange(kind ?? undefined)}
          options={DEPARTMENT_KINDS.map((kind) => ({ value: kind, label: t.departments.kinds[kind] }))}
        />
      </Form.Item>
      <Form.Item label={t.departments.search} htmlFor="department-search">
        <Input.Search
          id="department-search"
          // remounts when the URL changes (back button, a link): the box always shows the active search
          key={filters.q ?? ""}
          defaultValue={filters.q}
          placeholder={t.departments.searchPlaceholder}
          allowClear
          // antd's default button is an unnamed icon: screen readers would announce just "button"
          enterButton={<Button icon={<SearchOutlined />} aria-label={t.departments.search} />}
          onSearch={(text) => onSearch(text.trim() || undefined)}
          style={{ width: 260 }}
        />
      </Form.Item>
    </Form>
  );
}
