import { App, Flex, Form, Input, InputNumber, Modal, Select } from "antd";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { DEPARTMENT_KINDS, type TDepartment, type TDepartmentKind } from "@govshare/validators";
import { ParentDepartmentSelect } from "../../departments/ParentDepartmentSelect.tsx";
import { fieldErrorsFor } from "../../errors/server-error.ts";
import { ServerErrorAlert } from "../../errors/ServerErrorAlert.tsx";
import { useT } from "../../i18n/locale-context.ts";
import { trpc } from "../../trpc.ts";

interface DepartmentFormValues {
  code: string;
  name: string;
  kind: TDepartmentKind;
  /** empty (undefined, once cleared) for a top-level unit */
  parentId?: string | null;
  sortOrder: number;
}

const FORM_FIELDS = ["code", "name", "kind", "parentId", "sortOrder"] as const;

interface DepartmentFormModalProps {
  /** the department to edit; null to create one */
  department: TDepartment | null;
  onClose: () => void;
}

/** 新建部门 New department, or 编辑 Edit one: code, name, kind, parent and sort order. */
export function DepartmentFormModal({ department, onClose }: DepartmentFormModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<DepartmentFormValues>();

  const onSuccess = async (saved: TDepartment) => {
    void message.success(department ? t.departments.saved(saved.name) : t.departments.created(saved.name));
    onClose();
    // the list, the tree of every department picker, and the home page's count
    await queryClient.invalidateQueries(trpc.departments.pathFilter());
  };
  const onError = (error: unknown) => form.setFields(fieldErrorsFor(error, FORM_FIELDS));
  const create = useMutation(trpc.departments.create.mutationOptions({ onSuccess, onError }));
  const update = useMutation(trpc.departments.update.mutationOptions({ onSuccess, onError }));
  const saving = department ? update : create;

  const save = (values: DepartmentFormValues) => {
    const input = { ...values, parentId: values.parentId ?? null };
    if (department) update.mutate({ id: department.id, ...input });
    else create.mutate(input);
  };

  return (
    <Modal
      open
      title={department ? t.departments.editTitle(department.name) : t.departments.createTitle}
      okText={department ? t.common.save : t.common.create}
      cancelText={t.common.cancel}
      confirmLoading={saving.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Flex vertical gap="middle">
        <ServerErrorAlert error={saving.error} failure={t.common.saveFailed} shownAtFields={FORM_FIELDS} />
        <Form<DepartmentFormValues>
          form={form}
          name={department ? "department-edit" : "department-create"}
          layout="vertical"
          initialValues={
            department
              ? {
                  code: department.code,
                  name: department.name,
                  kind: department.kind,
                  parentId: department.parentId,
                  sortOrder: department.sortOrder,
                }
              : { sortOrder: 0 }
          }
          onFinish={save}
        >
          <Form.Item
            label={t.departments.form.code}
            name="code"
            extra={t.departments.form.codeHint}
            rules={[
              { required: true, whitespace: true, message: t.common.required(t.departments.form.code) },
            ]}
          >
            <Input maxLength={32} autoComplete="off" />
          </Form.Item>
          <Form.Item
            label={t.departments.form.name}
            name="name"
            rules={[
              { required: true, whitespace: true, message: t.common.required(t.departments.form.name) },
            ]}
          >
            <Input maxLength={100} autoComplete="off" />
          </Form.Item>
          <Form.Item
            label={t.departments.form.kind}
            name="kind"
            rules={[{ required: true, message: t.common.required(t.departments.form.kind) }]}
          >
            <Select<TDepartmentKind>
              showSearch={{ optionFilterProp: "label" }}
              options={DEPARTMENT_KINDS.map((kind) => ({ value: kind, label: t.departments.kinds[kind] }))}
            />
          </Form.Item>
          <Form.Item label={t.departments.form.parent} name="parentId">
            <ParentDepartmentSelect movingId={department?.id} />
          </Form.Item>
          <Form.Item label={t.departments.form.sortOrder} name="sortOrder">
            <InputNumber min={0} max={100000} precision={0} style={{ width: 160 }} />
          </Form.Item>
        </Form>
      </Flex>
    </Modal>
  );
}
