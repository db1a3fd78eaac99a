import type { ReactNode } from "react";
import { App, Button, Form, Input, Select } from "antd";
import { SearchOutlined } from "@ant-design/icons";
import {
  OPEN_ATTRIBUTE_LABELS,
  OPEN_ATTRIBUTES,
  PENDING_REVISION_LABELS,
  PENDING_REVISION_STATES,
  RESOURCE_STATUS_LABELS,
  RESOURCE_STATUSES,
  SHARING_TYPE_LABELS,
  SHARING_TYPES,
  UPDATE_CYCLE_LABELS,
  UPDATE_CYCLES,
  type TLabel,
} from "@govshare/validators";
import { DepartmentSelect } from "../departments/DepartmentSelect.tsx";
import { useT } from "../i18n/locale-context.ts";
import {
  resourceFilterParsers,
  type ResourceFilterName,
  type ResourceListFilters,
} from "./resource-list-search.ts";
import { useLabelText } from "./use-label-text.ts";

interface ResourceFiltersProps<Filters extends ResourceListFilters> {
  filters: Filters;
  onChange: <Name extends keyof Filters>(name: Name, value: Filters[Name] | undefined) => void;
  /** the filters this list offers, in this order */
  shown: readonly (keyof Filters & ResourceFilterName)[];
}

/**
 * The catalogue's filters: one search box (name, abstract, data items), the provider, the start of a
 * classification and the enums. Lists that fix some of them (the not-shared register) show the rest.
 */
export function ResourceFilters<Filters extends ResourceListFilters>({
  filters,
  onChange,
  shown,
}: ResourceFiltersProps<Filters>) {
  const t = useT();
  const label = useLabelText();
  const { message } = App.useApp();
  const words = t.catalogue.filters;
  const set = onChange as (name: ResourceFilterName, value: string | undefined) => void;

  const enumSelect = (
    name: "sharingType" | "openAttribute" | "updateCycle" | "status" | "pendingRevision",
    values: readonly string[],
    labels: Record<string, TLabel>,
    width: number,
  ) => (
    <Form.Item key={name} label={words[name]} htmlFor={`resource-${name}-filter`}>
      <Select<string>
        id={`resource-${name}-filter`}
        style={{ width }}
        allowClear
        showSearch={{ optionFilterProp: "label" }}
        placeholder={words.any}
        value={filters[name]}
        onChange={(value) => set(name, value ?? undefined)}
        options={values.map((value) => ({ value, label: label(labels[value]!) }))}
      />
    </Form.Item>
  );

  const controls: Record<ResourceFilterName, () => ReactNode> = {
    q: () => (
      <Form.Item key="q" label={words.q} htmlFor="resource-search">
        <Input.Search
          id="resource-search"
          // remounts when the URL changes (back button, a link): the box always shows the active search
          key={filters.q ?? ""}
          defaultValue={filters.q}
          placeholder={words.qPlaceholder}
          allowClear
          // antd's default button is an unnamed icon: screen readers would announce just "button"
          enterButton={<Button icon={<SearchOutlined />} aria-label={t.common.search} />}
          onSearch={(text) => set("q", text.trim() || undefined)}
          style={{ width: 260 }}
        />
      </Form.Item>
    ),
    providerDepartmentId: () => (
      <Form.Item key="providerDepartmentId" label={words.provider} htmlFor="resource-provider-filter">
        <DepartmentSelect
          id="resource-provider-filter"
          style={{ width: 200 }}
          allowClear
          placeholder={words.anyProvider}
          value={filters.providerDepartmentId}
          onChange={(departmentId) => set("providerDepartmentId", departmentId ?? undefined)}
        />
      </Form.Item>
    ),
    classification: () => (
      <Form.Item key="classification" label={words.classification} htmlFor="resource-classification-filter">
        <Input.Search
          id="resource-classification-filter"
          key={filters.classification ?? ""}
          defaultValue={filters.classification}
          placeholder={words.classificationPlaceholder}
          allowClear
          enterButton={<Button icon={<SearchOutlined />} aria-label={words.classification} />}
          onSearch={(text) => {
            const prefix = resourceFilterParsers.classification(text);
            // the URL would drop it silently: say why nothing is filtered
            if (text.trim() !== "" && prefix === undefined) void message.warning(words.classificationInvalid);
            else set("classification", prefix);
          }}
          style={{ width: 170 }}
        />
      </Form.Item>
    ),
    sharingType: () => enumSelect("sharingType", SHARING_TYPES, SHARING_TYPE_LABELS, 140),
    openAttribute: () => enumSelect("openAttribute", OPEN_ATTRIBUTES, OPEN_ATTRIBUTE_LABELS, 140),
    updateCycle: () => enumSelect("updateCycle", UPDATE_CYCLES, UPDATE_CYCLE_LABELS, 120),
    status: () => enumSelect("status", RESOURCE_STATUSES, RESOURCE_STATUS_LABELS, 120),
    pendingRevision: () =>
      enumSelect("pendingRevision", PENDING_REVISION_STATES, PENDING_REVISION_LABELS, 140),
  };

  return (
    <Form layout="inline" role="search" style={{ rowGap: 12 }}>
      {shown.map((name) => controls[name]())}
    </Form>
  );
}
