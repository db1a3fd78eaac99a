import { App, DatePicker, Form, Input, InputNumber, Modal } from "antd";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import dayjs, { type Dayjs } from "dayjs";
import type { TTargetDetail } from "@govshare/validators";
import { ServerErrorAlert } from "../../errors/ServerErrorAlert.tsx";
import { useT } from "../../i18n/locale-context.ts";
import { trpc } from "../../trpc.ts";

interface ReportValues {
  period: [Dayjs, Dayjs];
  numerator: number;
  denominator: number;
  note?: string;
}

/** An officer of a responsible department reports the figures; the centre then confirms or returns them. */
export function ReportTargetModal({ target, onClose }: { target: TTargetDetail; onClose: () => void }) {
  const t = useT();
  const words = t.targets.reports;
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ReportValues>();
  const report = useMutation(
    trpc.targets.report.mutationOptions({
      onSuccess: async () => {
        void message.success(words.submitted);
        await queryClient.invalidateQueries(trpc.targets.pathFilter());
        onClose();
      },
    }),
  );
  return (
    <Modal
      open
      title={words.submitTitle}
      okText={words.submit}
      cancelText={t.common.cancel}
      confirmLoading={report.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ServerErrorAlert error={report.error} failure={t.common.saveFailed} />
      <Form
        form={form}
        name="target-report"
        layout="vertical"
        initialValues={{ period: [dayjs(target.startDate), dayjs()] }}
        onFinish={(values) =>
          report.mutate({
            targetId: target.id,
            periodStart: values.period[0].format("YYYY-MM-DD"),
            periodEnd: values.period[1].format("YYYY-MM-DD"),
            numerator: values.numerator,
            denominator: values.denominator,
            note: values.note ?? "",
          })
        }
      >
        <Form.Item
          label={t.targets.period}
          name="period"
          rules={[{ required: true, message: t.common.required(t.targets.period) }]}
        >
          <DatePicker.RangePicker />
        </Form.Item>
        <Form.Item
          label={words.denominator}
          name="denominator"
          rules={[{ required: true, message: t.common.required(words.denominator) }]}
        >
          <InputNumber min={0} precision={0} />
        </Form.Item>
        <Form.Item
          label={words.numerator}
          name="numerator"
          dependencies={["denominator"]}
          rules={[
            { required: true, message: t.common.required(words.numerator) },
            ({ getFieldValue }) => ({
              validator: (_rule, value: number | undefined) =>
                value === undefined || value <= (getFieldValue("denominator") as number)
                  ? Promise.resolve()
                  : Promise.reject(new Error(words.numeratorTooLarge)),
            }),
          ]}
        >
          <InputNumber min={0} precision={0} />
        </Form.Item>
        <Form.Item label={words.note} name="note">
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
