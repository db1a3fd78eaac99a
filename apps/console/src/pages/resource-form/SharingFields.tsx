import { Checkbox, Form, Input, Radio } from "antd";
import {
  OPEN_ATTRIBUTE_LABELS,
  OPEN_ATTRIBUTES,
  RESOURCE_FIELD_LABELS,
  SHARING_METHOD_LABELS,
  SHARING_METHODS,
  SHARING_TYPE_LABELS,
  SHARING_TYPES,
  type TSharingMethod,
} from "@govshare/validators";
import { useLabelText } from "../../catalogue/use-label-text.ts";
import { useT } from "../../i18n/locale-context.ts";
import type { ResourceFormValues } from "./resource-form-values.ts";

/**
 * 共享与开放. The sharing type decides what else is asked (DOMAIN.md, 国发〔2016〕51号): conditional and
 * not-shared resources state their condition, a not-shared one its legal or policy basis, and anything
 * shared at least one way of sharing. Conditionally open resources state the open condition. Fields that
 * do not apply are hidden (and sent empty, see toResourceInput); the rules themselves are the shared
 * schema's, checked on save.
 */
export function SharingFields() {
  const t = useT();
  const label = useLabelText();
  const sharingType = Form.useWatch<ResourceFormValues["sharingType"]>("sharingType");
  const openAttribute = Form.useWatch<ResourceFormValues["openAttribute"]>("openAttribute");
  const fieldLabel = (field: keyof typeof RESOURCE_FIELD_LABELS) => label(RESOURCE_FIELD_LABELS[field]);
  const required = (field: keyof typeof RESOURCE_FIELD_LABELS) => [
    { required: true, message: t.common.required(fieldLabel(field)) },
  ];

  return (
    <>
      <Form.Item
        label={fieldLabel("sharingType")}
        name="sharingType"
        required
        rules={required("sharingType")}
      >
        <Radio.Group
          options={SHARING_TYPES.map((type) => ({ value: type, label: label(SHARING_TYPE_LABELS[type]) }))}
        />
      </Form.Item>
      {sharingType !== undefined && sharingType !== "unconditional" && (
        <Form.Item
          label={fieldLabel("sharingCondition")}
          name="sharingCondition"
          required
          extra={sharingType === "conditional" ? t.catalogue.form.sharingConditionHint : undefined}
        >
          <Input.TextArea rows={2} maxLength={1000} showCount />
        </Form.Item>
      )}
      {sharingType === "none" && (
        <Form.Item
          label={fieldLabel("sharingBasis")}
          name="sharingBasis"
          required
          extra={t.catalogue.form.sharingBasisHint}
        >
          <Input.TextArea rows={2} maxLength={1000} showCount />
        </Form.Item>
      )}
      {sharingType !== "none" && (
        <Form.Item label={fieldLabel("sharingMethods")} name="sharingMethods" required>
          <Checkbox.Group<TSharingMethod>
            options={SHARING_METHODS.map((method) => ({
              value: method,
              label: label(SHARING_METHOD_LABELS[method]),
            }))}
          />
        </Form.Item>
      )}
      <Form.Item
        label={fieldLabel("openAttribute")}
        name="openAttribute"
        required
        rules={required("openAttribute")}
      >
        <Radio.Group
          options={OPEN_ATTRIBUTES.map((attribute) => ({
            value: attribute,
            label: label(OPEN_ATTRIBUTE_LABELS[attribute]),
          }))}
        />
      </Form.Item>
      {openAttribute === "conditional" && (
        <Form.Item label={fieldLabel("openCondition")} name="openCondition" required>
          <Input.TextArea rows={2} maxLength={1000} showCount />
        </Form.Item>
      )}
    </>
  );
}
