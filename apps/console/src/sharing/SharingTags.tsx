import { Flex, Tag } from "antd";
import type { TSharingRequest } from "@govshare/validators";
import { useT } from "../i18n/locale-context.ts";
import { DEADLINE_COLORS, deadlineText, deadlineTone, type DeadlineFacts } from "./deadline.ts";

const STATE_COLORS: Record<TSharingRequest["state"], string> = {
  awaiting_provider: "processing",
  awaiting_centre: "processing",
  coordinating: "purple",
  granted: "success",
  rejected: "error",
  withdrawn: "default",
};

/** The request's state, with "已撤销" for a revoked grant and "已提交中心" for an escalated reply. */
export function SharingStateTag({
  request,
}: {
  request: Pick<TSharingRequest, "state" | "revokedAt" | "escalated">;
}) {
  const t = useT();
  if (request.state === "granted" && request.revokedAt) return <Tag>{t.sharing.revoked}</Tag>;
  return (
    <Flex gap={4} wrap>
      <Tag color={STATE_COLORS[request.state]}>{t.sharing.states[request.state]}</Tag>
      {request.escalated && request.state === "awaiting_provider" && (
        <Tag color="volcano">{t.sharing.escalated}</Tag>
      )}
    </Flex>
  );
}

/** Days left on the working-day clock, orange 2 working days before, red once past. */
export function DeadlineTag({ facts }: { facts: DeadlineFacts }) {
  const t = useT();
  const tone = deadlineTone(facts);
  if (tone === "none") return <>{t.sharing.deadline.none}</>;
  return (
    <Tag
      color={DEADLINE_COLORS[tone]}
      title={facts.dueDate ? t.sharing.deadline.dueOn(facts.dueDate) : undefined}
    >
      {deadlineText(t.sharing.deadline, facts)}
    </Tag>
  );
}
