import { Button, Form, Input, Select } from "antd";
import { SearchOutlined } from "@ant-design/icons";
import { ROLES, type TRole } from "@govshare/validators";
import { DepartmentSelect } from "../../departments/DepartmentSelect.tsx";
import { useT } from "../../i18n/locale-context.ts";
import { USER_STATUSES, type UserListFilters, type UserStatus } from "./user-list-search.ts";

interface UserFiltersProps {
  filters: UserListFilters;
  onChange: <Name extends keyof UserListFilters>(name: Name, value: UserListFilters[Name]) => void;
}

export function UserFilters({ filters, onChange }: UserFiltersProps) {
  const t = useT();
  return (
    <Form layout="inline" role="search" style={{ rowGap: 12 }}>
      <Form.Item label={t.users.filters.department} htmlFor="user-department-filter">
        <DepartmentSelect
          id="user-department-filter"
          style={{ width: 220 }}
          allowClear
          placeholder={t.users.filters.allDepartments}
          value={filters.departmentId}
          onChange={(departmentId) => onChange("departmentId", departmentId ?? undefined)}
        />
      </Form.Item>
      <Form.Item label={t.users.filters.role} htmlFor="user-role-filter">
        <Select<TRole>
          id="user-role-filter"
          style={{ width: 160 }}
          allowClear
          showSearch={{ optionFilterProp: "label" }}
          placeholder={t.users.filters.allRoles}
          value={filters.role}
          onChange={(role) => onChange("role", role ?? undefined)}
          options={ROLES.map((role) => ({ value: role, label: t.roles[role] }))}
        />
      </Form.Item>
      <Form.Item label={t.users.filters.status} htmlFor="user-status-filter">
        <Select<UserStatus>
          id="user-status-filter"
          style={{ width: 120 }}
          allowClear
          placeholder={t.users.filters.anyStatus}
          value={filters.status}
          onChange={(status) => onChange("status", status ?? undefined)}
          options={USER_STATUSES.map((status) => ({ value: status, label: t.users.status[status] }))}
        />
      </Form.Item>
      <Form.Item label={t.users.filters.search} htmlFor="user-search">
        <Input.Search
          id="user-search"
          // remounts when the URL changes (back button, a link): the box always shows the active search
          key={filters.q ?? ""}
          defaultValue={filters.q}
          placeholder={t.users.filters.searchPlaceholder}
          allowClear
          // antd's default button is an unnamed icon: screen readers would announce just "button"
          enterButton={<Button icon={<SearchOutlined />} aria-label={t.users.filters.search} />}
          onSearch={(text) => onChange("q", text.trim() || undefined)}
          style={{ width: 240 }}
        />
      </Form.Item>
    </Form>
  );
}
