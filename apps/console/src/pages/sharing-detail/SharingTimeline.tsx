import { Flex, Tag, Timeline, Typography } from "antd";
import type { TSharingDetail } from "@govshare/validators";
import { formatDateTime } from "../../format/date-time.ts";
import { useT } from "../../i18n/locale-context.ts";

const STEP_COLORS: Record<string, string> = {
  create: "blue",
  provider_approve: "green",
  centre_approve: "green",
  provider_reject: "red",
  centre_reject: "red",
  revoke: "red",
  escalate: "orange",
  withdraw: "gray",
  comment: "gray",
};

/** Every step of the request, oldest first: who, when, what they wrote, which items. */
export function SharingTimeline({ steps }: { steps: TSharingDetail["steps"] }) {
  const t = useT();
  const words = t.sharing.steps;
  return (
    <Timeline
      items={steps.map((step, index) => ({
        key: `${step.at}-${index}`,
        color: STEP_COLORS[step.kind] ?? "blue",
        content: (
          <Flex vertical gap={2}>
            <Typography.Text strong>
              {words[step.kind] ?? step.kind}
              <Typography.Text type="secondary">
                {" · "}
                {step.actorLabel === "system" ? words.system : step.actorLabel}
                {" · "}
                {formatDateTime(step.at)}
              </Typography.Text>
            </Typography.Text>
            {step.text && step.kind !== "create" && <Typography.Text>{step.text}</Typography.Text>}
            {step.items.length > 0 && (
              <Flex wrap gap={4}>
                {step.items.map((item) => (
                  <Tag key={item}>{item}</Tag>
                ))}
              </Flex>
            )}
          </Flex>
        ),
      }))}
    />
  );
}
