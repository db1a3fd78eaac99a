import { Tag } from "antd";
import type { TWorkTaskStatus } from "@govshare/validators";
import { useT } from "../i18n/locale-context.ts";

const STATUS_COLORS = { not_started: "default", in_progress: "processing", done: "success" } as const;

/** A task's status, and a red tag when it is late (not done, deadline passed). */
export function WorkTaskStatusTags({ status, overdue }: { status: TWorkTaskStatus; overdue: boolean }) {
  const t = useT();
  return (
    <>
      <Tag color={STATUS_COLORS[status]}>{t.supervision.workPlan.status[status]}</Tag>
      {overdue && <Tag color="error">{t.supervision.workPlan.overdue}</Tag>}
    </>
  );
}
