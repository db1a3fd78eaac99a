import { useState } from "react";
import { Button, Card, Descriptions, Tag } from "antd";
import { useQuery } from "@tanstack/react-query";
import { NOTICE_REPLIERS } from "../../auth/role-groups.ts";
import { useSignedInUser } from "../../auth/signed-in-user.ts";
import { ServerErrorAlert } from "../../errors/ServerErrorAlert.tsx";
import { formatDateTime } from "../../format/date-time.ts";
import { useT } from "../../i18n/locale-context.ts";
import { ButtonLink } from "../../layout/ButtonLink.tsx";
import { RouteIdPage } from "../../layout/RouteIdPage.tsx";
import { NoticeReplyModal } from "../../supervision/NoticeReplyModal.tsx";
import { trpc } from "../../trpc.ts";
import { NOTICE_STATE_COLORS, NoticeDeadline } from "./NoticesPage.tsx";

/** /notices/:id. A link with something else than an id shows "not found" without asking the server. */
export function NoticeDetailPage() {
  const words = useT().supervision.notices;
  return (
    <RouteIdPage
      notFoundTitle={words.notFound}
      backTo="/notices"
      backLabel={words.back}
      render={(id) => <NoticeDetail id={id} />}
    />
  );
}

/** One notice, where a notification (notice_received) leads; the addressed officer replies here. */
function NoticeDetail({ id }: { id: string }) {
  const t = useT();
  const words = t.supervision.notices;
  const user = useSignedInUser();
  const notice = useQuery(trpc.notices.get.queryOptions({ id }));
  const [replying, setReplying] = useState(false);
  const data = notice.data;
  const mayReply =
    data?.state === "open" &&
    data.department.id === user.department.id &&
    user.roles.some((role) => NOTICE_REPLIERS.includes(role));
  return (
    <Card title={words.detailTitle} extra={<ButtonLink to="/notices">{words.back}</ButtonLink>}>
      <ServerErrorAlert error={notice.error} />
      {data && (
        <>
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label={words.department}>{data.department.name}</Descriptions.Item>
            <Descriptions.Item label={words.subjectType}>
              {words.subjectTypes[data.subjectType]}
            </Descriptions.Item>
            <Descriptions.Item label={words.subjectLabel}>{data.subjectLabel}</Descriptions.Item>
            <Descriptions.Item label={words.text}>{data.text}</Descriptions.Item>
            <Descriptions.Item label={words.sentBy}>
              {data.sentByName} · {formatDateTime(data.createdAt)}
            </Descriptions.Item>
            <Descriptions.Item label={words.replyDueDate}>
              {data.replyDueDate} <NoticeDeadline notice={data} />
            </Descriptions.Item>
            <Descriptions.Item label={words.columns.state}>
              <Tag color={NOTICE_STATE_COLORS[data.state]}>{words.states[data.state]}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={words.columns.reply}>{data.reply ?? "—"}</Descriptions.Item>
            {data.repliedAt && (
              <Descriptions.Item label={words.repliedBy}>
                {data.repliedByName} · {formatDateTime(data.repliedAt)}
              </Descriptions.Item>
            )}
          </Descriptions>
          {mayReply && (
            <Button type="primary" style={{ marginTop: 16 }} onClick={() => setReplying(true)}>
              {words.reply}
            </Button>
          )}
          {replying && <NoticeReplyModal notice={data} onClose={() => setReplying(false)} />}
        </>
      )}
    </Card>
  );
}
