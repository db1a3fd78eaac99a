import { Button, DatePicker, Form, Input, Select } from "antd";
import { SearchOutlined } from "@ant-design/icons";
import dayjs, { type Dayjs } from "dayjs";
import { useT } from "../../i18n/locale-context.ts";
import {
  AUDIT_SUBJECT_TYPES,
  toCalendarDay,
  type AuditListFilters,
  type AuditSubjectType,
} from "./audit-list-search.ts";

interface AuditFiltersProps {
  filters: AuditListFilters;
  onChange: (changes: Partial<AuditListFilters>) => void;
}

export function AuditFilters({ filters, onChange }: AuditFiltersProps) {
  const t = useT();
  const period: [Dayjs | null, Dayjs | null] | null =
    filters.from || filters.to
      ? [filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]
      : null;
  return (
    <Form layout="inline" role="search" style={{ rowGap: 12 }}>
      <Form.Item label={t.audit.filters.action} htmlFor="audit-action-filter">
        <Input.Search
          id="audit-action-filter"
          // remounts when the URL changes (back button, a link): the box always shows the active filter
          key={filters.action ?? ""}
          defaultValue={filters.action}
          // the server matches the action name exactly (auth.login, user.update…)
          placeholder={t.audit.filters.actionPlaceholder}
          allowClear
          enterButton={<Button icon={<SearchOutlined />} aria-label={t.common.search} />}
          onSearch={(text) => onChange({ action: text.trim() || undefined })}
          style={{ width: 240 }}
        />
      </Form.Item>
      <Form.Item label={t.audit.filters.subjectType} htmlFor="audit-subject-type-filter">
        <Select<AuditSubjectType>
          id="audit-subject-type-filter"
          style={{ width: 150 }}
          allowClear
          placeholder={t.audit.filters.allSubjectTypes}
          value={filters.subjectType}
          onChange={(subjectType) => onChange({ subjectType: subjectType ?? undefined })}
          options={AUDIT_SUBJECT_TYPES.map((type) => ({ value: type, label: t.audit.subjectTypes[type] }))}
        />
      </Form.Item>
      <Form.Item label={t.audit.filters.period} htmlFor="audit-period-filter">
        <DatePicker.RangePicker
          id={{ start: "audit-period-filter" }}
          allowEmpty={[true, true]}
          value={period}
          onChange={(days) =>
            onChange({
              from: days?.[0] ? toCalendarDay(days[0]) : undefined,
              to: days?.[1] ? toCalendarDay(days[1]) : undefined,
            })
          }
        />
      </Form.Item>
    </Form>
  );
}
