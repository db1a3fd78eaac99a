import { useMemo, useState } from "react";
import {
  App,
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Select,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from "antd";
import { DeleteOutlined, EditOutlined, PlusOutlined } from "@ant-design/icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import dayjs, { type Dayjs } from "dayjs";
import { useSearchParams } from "react-router";
import { ServerErrorAlert } from "../../errors/ServerErrorAlert.tsx";
import { useT } from "../../i18n/locale-context.ts";
import { trpc } from "../../trpc.ts";

type DayKind = "holiday" | "workday";
interface CalendarDay {
  day: string;
  kind: DayKind;
  name: string;
}
interface DayFormValues {
  day?: Dayjs;
  kind: DayKind;
  name?: string;
}

/** The year in the URL (?year=2026), this year when absent or out of the API's range. */
function yearOf(raw: string | null): number {
  const year = Number(raw);
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : dayjs().year();
}

/**
 * 工作日历: the official holidays and make-up working days (调休) one year at a time; the centre adds,
 * changes and removes entries (calendar.set). Deadlines are counted from this table by the server.
 */
export function CalendarPage() {
  const t = useT();
  const words = t.sharing.calendar;
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [searchParams, setSearchParams] = useSearchParams();
  const year = yearOf(searchParams.get("year"));
  const days = useQuery(trpc.calendar.list.queryOptions({ year }));
  const [editing, setEditing] = useState<CalendarDay | "new" | null>(null);
  const [form] = Form.useForm<DayFormValues>();

  const set = useMutation(
    trpc.calendar.set.mutationOptions({
      onSuccess: async (_result, input) => {
        void message.success(input.kind ? words.saved(input.day) : words.removed(input.day));
        setEditing(null);
        await queryClient.invalidateQueries(trpc.calendar.pathFilter());
      },
    }),
  );

  const open = (day: CalendarDay | "new") => {
    setEditing(day);
    form.setFieldsValue(
      day === "new"
        ? { day: undefined, kind: "holiday", name: "" }
        : { day: dayjs(day.day), kind: day.kind, name: day.name },
    );
  };

  const columns = useMemo<TableColumnsType<CalendarDay>>(
    () => [
      { key: "day", title: words.day, dataIndex: "day" },
      {
        key: "kind",
        title: words.kind,
        render: (_, day) => (
          <Tag color={day.kind === "holiday" ? "red" : "blue"}>{words.kinds[day.kind]}</Tag>
        ),
      },
      { key: "name", title: words.name, dataIndex: "name" },
      {
        key: "actions",
        title: t.common.actions,
        render: (_, day) => (
          <Flex gap="small">
            <Button size="small" icon={<EditOutlined aria-hidden />} onClick={() => open(day)}>
              {words.edit}
            </Button>
            <Popconfirm
              title={words.removeConfirm(day.day)}
              okText={words.remove}
              okButtonProps={{ danger: true }}
              cancelText={t.common.cancel}
              onConfirm={() => set.mutate({ day: day.day, kind: null, name: "" })}
            >
              <Button size="small" danger icon={<DeleteOutlined aria-hidden />}>
                {words.remove}
              </Button>
            </Popconfirm>
          </Flex>
        ),
      },
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- open and set are stable enough per render
    [t, words, set.mutate],
  );

  return (
    <Card title={words.title}>
      <Flex vertical gap="middle">
        <Typography.Text type="secondary">{words.intro}</Typography.Text>
        <Flex gap="middle" align="center">
          <Form layout="inline">
            <Form.Item label={words.year}>
              <InputNumber
                aria-label={words.year}
                min={2000}
                max={2100}
                value={year}
                onChange={(value) => value && setSearchParams({ year: String(value) })}
              />
            </Form.Item>
          </Form>
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => open("new")}>
            {words.add}
          </Button>
        </Flex>
        <ServerErrorAlert error={days.error} />
        <ServerErrorAlert error={editing === null ? set.error : null} failure={t.common.saveFailed} />
        <Table<CalendarDay>
          aria-label={words.tableLabel}
          aria-busy={days.isFetching}
          columns={columns}
          dataSource={days.data}
          rowKey="day"
          loading={days.isPending}
          pagination={false}
          size="small"
        />
      </Flex>
      <Modal
        open={editing !== null}
        title={words.dialogTitle}
        okText={t.common.save}
        cancelText={t.common.cancel}
        confirmLoading={set.isPending}
        onOk={() => form.submit()}
        onCancel={() => setEditing(null)}
        forceRender
      >
        <ServerErrorAlert error={set.error} failure={t.common.saveFailed} />
        <Form<DayFormValues>
          form={form}
          name="calendar-day"
          layout="vertical"
          onFinish={(values) =>
            set.mutate({ day: values.day!.format("YYYY-MM-DD"), kind: values.kind, name: values.name ?? "" })
          }
        >
          <Form.Item label={words.day} name="day" rules={[{ required: true, message: words.dayRequired }]}>
            <DatePicker format="YYYY-MM-DD" disabled={editing !== "new"} style={{ width: "100%" }} />
          </Form.Item>
          <Form.Item label={words.kind} name="kind">
            <Select
              options={(["holiday", "workday"] as const).map((kind) => ({
                value: kind,
                label: words.kinds[kind],
              }))}
            />
          </Form.Item>
          <Form.Item label={words.name} name="name">
            <Input maxLength={50} placeholder={words.namePlaceholder} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
