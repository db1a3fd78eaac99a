import { useState } from "react";
import { Alert, App, Button, Card, Col, Flex, Form, Input, Row, Select, Typography } from "antd";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import {
  RESOURCE_FIELD_LABELS,
  RESOURCE_FORMAT_LABELS,
  RESOURCE_FORMATS,
  UPDATE_CYCLE_LABELS,
  UPDATE_CYCLES,
  ZResourceInputSchema,
  type TResource,
  type TResourceFormat,
  type TUpdateCycle,
} from "@govshare/validators";
import { CATALOGUE_PATH, resourcePath } from "../../catalogue/resource-paths.ts";
import { useLabelText } from "../../catalogue/use-label-text.ts";
import { serverFieldErrors } from "../../errors/server-error.ts";
import { ServerErrorAlert } from "../../errors/ServerErrorAlert.tsx";
import { useT } from "../../i18n/locale-context.ts";
import { ButtonLink } from "../../layout/ButtonLink.tsx";
import { trpc } from "../../trpc.ts";
import { ClassificationField } from "./ClassificationField.tsx";
import { DataItemsField } from "./DataItemsField.tsx";
import { DateField } from "./DateField.tsx";
import { placeFieldErrors, serverFieldIssues, type FieldIssue } from "./form-field-errors.ts";
import { toResourceInput, type ResourceFormValues } from "./resource-form-values.ts";
import { SharingFields } from "./SharingFields.tsx";

/** The form's fields, named as in resources.create/update so that every error lands on its field. */
const FORM_FIELDS = [
  "classification",
  "code",
  "name",
  "abstract",
  "format",
  "formatDetail",
  "dataItems",
  "sharingType",
  "sharingCondition",
  "sharingBasis",
  "sharingMethods",
  "openAttribute",
  "openCondition",
  "updateCycle",
  "publishDate",
  "formationDate",
  "relatedCodes",
] as const satisfies readonly (keyof ResourceFormValues)[];

interface ResourceFormProps {
  /** the resource being edited; left out to register a new one */
  editing?: TResource;
  /** always the officer's own department: the server accepts no other */
  provider: { id: string; code: string; name: string };
  initialValues: ResourceFormValues;
}

/**
 * Registers or edits a resource. On save the values are checked with the API's own schema
 * (ZResourceInputSchema, cross-field rules included) and each problem is shown at its field; what the
 * server refuses anyway (a taken code, a rule it checks with the database) lands there too.
 */
export function ResourceForm({ editing, provider, initialValues }: ResourceFormProps) {
  const t = useT();
  const label = useLabelText();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ResourceFormValues>();
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const words = t.catalogue.form;
  const fieldLabel = (field: keyof typeof RESOURCE_FIELD_LABELS) => label(RESOURCE_FIELD_LABELS[field]);
  const requiredRule = (field: keyof typeof RESOURCE_FIELD_LABELS) => [
    { required: true, whitespace: true, message: t.common.required(fieldLabel(field)) },
  ];

  const showIssues = (issues: readonly FieldIssue[]) => {
    const placed = placeFieldErrors(issues, FORM_FIELDS);
    form.setFields(placed.fields);
    setUnplaced(placed.unplaced);
    const first = placed.fields[0];
    if (first) form.scrollToField(first.name, { block: "center" });
  };

  const onSaved = async (saved: TResource) => {
    void message.success(editing ? words.saved(saved.name) : words.created(saved.name, saved.code));
    await queryClient.invalidateQueries(trpc.resources.pathFilter());
    void navigate(resourcePath(saved.id));
  };
  const onError = (error: unknown) => showIssues(serverFieldIssues(error));
  const create = useMutation(trpc.resources.create.mutationOptions({ onSuccess: onSaved, onError }));
  const update = useMutation(trpc.resources.update.mutationOptions({ onSuccess: onSaved, onError }));
  const saving = editing ? update : create;

  const save = (values: ResourceFormValues) => {
    setUnplaced([]);
    const candidate = toResourceInput(values, {
      providerDepartmentId: provider.id,
      code: editing?.code ?? null,
    });
    const checked = ZResourceInputSchema.safeParse(candidate);
    if (!checked.success) return showIssues(checked.error.issues);
    if (editing) update.mutate({ id: editing.id, ...checked.data });
    else create.mutate(checked.data);
  };

  const placedServerFields = serverFieldErrors(saving.error)
    .map(([field]) => field)
    .filter((field) => FORM_FIELDS.some((formField) => formField === field.split(".")[0]));

  return (
    <Form<ResourceFormValues>
      form={form}
      name={editing ? "resource-edit" : "resource-create"}
      layout="vertical"
      initialValues={initialValues}
      onFinish={save}
      scrollToFirstError={{ block: "center" }}
    >
      <Flex vertical gap="middle">
        <Card title={words.basics}>
          <Row gutter={24}>
            <Col xs={24} md={12}>
              <ClassificationField editing={editing !== undefined} />
            </Col>
            <Col xs={24} md={12}>
              {editing ? (
                <Form.Item label={fieldLabel("code")} htmlFor="resource-code">
                  <Input id="resource-code" value={editing.code} readOnly variant="filled" />
                </Form.Item>
              ) : (
                <Form.Item label={fieldLabel("code")} name="code" extra={words.codeHint}>
                  <Input maxLength={40} autoComplete="off" placeholder={words.codePlaceholder} />
                </Form.Item>
              )}
            </Col>
            <Col xs={24} md={12}>
              <Form.Item label={fieldLabel("name")} name="name" required rules={requiredRule("name")}>
                <Input maxLength={200} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                label={fieldLabel("providerDepartmentId")}
                htmlFor="resource-provider"
                extra={words.providerHint}
              >
                <Input
                  id="resource-provider"
                  value={`${provider.name}（${provider.code}）`}
                  readOnly
                  variant="filled"
                />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item label={fieldLabel("abstract")} name="abstract">
                <Input.TextArea rows={3} maxLength={2000} showCount />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label={fieldLabel("format")} name="format" required rules={requiredRule("format")}>
                <Select<TResourceFormat>
                  showSearch={{ optionFilterProp: "label" }}
                  options={RESOURCE_FORMATS.map((format) => ({
                    value: format,
                    label: label(RESOURCE_FORMAT_LABELS[format]),
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                label={fieldLabel("formatDetail")}
                name="formatDetail"
                extra={words.formatDetailHint}
              >
                <Input maxLength={50} autoComplete="off" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                label={fieldLabel("updateCycle")}
                name="updateCycle"
                required
                rules={requiredRule("updateCycle")}
              >
                <Select<TUpdateCycle>
                  showSearch={{ optionFilterProp: "label" }}
                  options={UPDATE_CYCLES.map((cycle) => ({
                    value: cycle,
                    label: label(UPDATE_CYCLE_LABELS[cycle]),
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <DateField
                label={fieldLabel("formationDate")}
                name="formationDate"
                required
                rules={[{ required: true, message: t.common.required(fieldLabel("formationDate")) }]}
              />
            </Col>
            <Col xs={24} md={8}>
              <DateField label={fieldLabel("publishDate")} name="publishDate" extra={words.publishDateHint} />
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                label={fieldLabel("relatedCodes")}
                name="relatedCodes"
                extra={words.relatedCodesHint}
              >
                <Select<string[]> mode="tags" tokenSeparators={[",", "，", "、", " "]} open={false} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title={fieldLabel("dataItems")}>
          <DataItemsField />
        </Card>
        <Card title={words.sharing}>
          <SharingFields />
        </Card>
        {unplaced.length > 0 && (
          <Alert
            type="error"
            showIcon
            title={words.checkFailed}
            description={
              <ul>
                {unplaced.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            }
          />
        )}
        <ServerErrorAlert
          error={saving.error}
          failure={t.common.saveFailed}
          shownAtFields={placedServerFields}
        />
        <Flex gap="small" align="center" wrap>
          <Button type="primary" htmlType="submit" loading={saving.isPending}>
            {t.common.save}
          </Button>
          <ButtonLink to={editing ? resourcePath(editing.id) : CATALOGUE_PATH}>{t.common.cancel}</ButtonLink>
          <Typography.Text type="secondary">
            {editing?.status === "published" ? words.saveRevisionHint : words.saveDraftHint}
          </Typography.Text>
        </Flex>
      </Flex>
    </Form>
  );
}
