import { Tag } from "antd";
import type { TTarget } from "@govshare/validators";
import { useT } from "../i18n/locale-context.ts";

const STATUS_COLORS = {
  achieved: "success",
  on_track: "processing",
  at_risk: "warning",
  missed: "error",
} as const;

/** 已达成 / 按期可达 / 有风险 / 未达成 */
export function TargetStatusTag({ status }: { status: TTarget["status"] }) {
  const t = useT();
  return <Tag color={STATUS_COLORS[status]}>{t.targets.status[status]}</Tag>;
}
