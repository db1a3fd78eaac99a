import { useState } from "react";
import { App, Breadcrumb, Button, Card, Descriptions, Flex, Popconfirm, Spin, Tag } from "antd";
import { CheckOutlined, CloseOutlined, RollbackOutlined, StopOutlined } from "@ant-design/icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "react-router";
import {
  SHARING_METHOD_LABELS,
  SHARING_TYPE_LABELS,
  type TSharingDetail,
  type TSharingMethod,
} from "@govshare/validators";
import { useSignedInUser } from "../../auth/signed-in-user.ts";
import { useLabelText } from "../../catalogue/use-label-text.ts";
import { ServerErrorAlert } from "../../errors/ServerErrorAlert.tsx";
import { useT } from "../../i18n/locale-context.ts";
import { sharingActions, type SharingAction } from "../../sharing/sharing-actions.ts";
import { SHARING_MINE_PATH } from "../../sharing/sharing-paths.ts";
import { DeadlineTag, SharingStateTag } from "../../sharing/SharingTags.tsx";
import { trpc } from "../../trpc.ts";
import { CommentBox } from "./CommentBox.tsx";
import { DecisionModal } from "./DecisionModal.tsx";
import { RevokeModal } from "./RevokeModal.tsx";
import { SharingTimeline } from "./SharingTimeline.tsx";
import { RouteIdPage } from "../../layout/RouteIdPage.tsx";

/** /sharing/:id. Anything but an id shows "not found" without asking the server. */
export function SharingRequestDetailPage() {
  const t = useT();
  return (
    <RouteIdPage
      notFoundTitle={t.sharing.detail.notFound}
      backTo={SHARING_MINE_PATH}
      backLabel={t.sharing.detail.back}
      render={(id) => <SharingRequestDetail id={id} />}
    />
  );
}

function SharingRequestDetail({ id }: { id: string }) {
  const t = useT();
  const user = useSignedInUser();
  const request = useQuery(trpc.sharing.get.queryOptions({ id }));
  if (request.isPending) return <Spin size="large" style={{ display: "block", margin: "96px auto" }} />;
  if (request.isError) {
    return (
      <Flex vertical gap="middle">
        <ServerErrorAlert error={request.error} />
        <Link to={SHARING_MINE_PATH}>{t.sharing.detail.back}</Link>
      </Flex>
    );
  }
  const detail = request.data;
  const actions = sharingActions(user, detail);
  return (
    <Flex vertical gap="middle">
      <Breadcrumb
        items={[
          { title: <Link to={SHARING_MINE_PATH}>{t.nav.sharingMine}</Link> },
          { title: detail.resource.name },
        ]}
      />
      <Card
        title={
          <Flex wrap gap="small" align="center">
            <span>{`${t.sharing.detail.title}：${detail.resource.name}`}</span>
            <SharingStateTag request={detail} />
          </Flex>
        }
      >
        <Flex vertical gap="middle">
          <SharingRequestActions request={detail} actions={actions} />
          <SharingRequestMetadata request={detail} />
        </Flex>
      </Card>
      <Card title={t.sharing.detail.timeline} role="region" aria-label={t.sharing.detail.timeline}>
        <Flex vertical gap="middle">
          <SharingTimeline steps={detail.steps} />
          {actions.includes("comment") && <CommentBox requestId={detail.id} />}
        </Flex>
      </Card>
    </Flex>
  );
}

function ItemTags({ items }: { items: readonly string[] }) {
  if (items.length === 0) return <>—</>;
  return (
    <Flex wrap gap={4}>
      {items.map((item) => (
        <Tag key={item}>{item}</Tag>
      ))}
    </Flex>
  );
}

function SharingRequestMetadata({ request }: { request: TSharingDetail }) {
  const t = useT();
  const label = useLabelText();
  const words = t.sharing.detail;
  const method = SHARING_METHOD_LABELS[request.method as TSharingMethod];
  return (
    <Descriptions
      aria-label={words.metadata}
      bordered
      size="small"
      column={{ xs: 1, md: 2 }}
      items={[
        {
          key: "resource",
          label: words.resource,
          children: `${request.resource.name}（${request.resource.code}）`,
        },
        { key: "requester", label: words.requester, children: request.requesterDepartment.name },
        { key: "type", label: words.sharingType, children: label(SHARING_TYPE_LABELS[request.sharingType]) },
        { key: "method", label: words.method, children: method ? label(method) : request.method },
        { key: "purpose", label: words.purpose, children: request.purpose, span: "filled" },
        { key: "basis", label: words.basis, children: request.basis, span: "filled" },
        { key: "useUntil", label: words.useUntil, children: request.useUntil ?? t.sharing.untilRevoked },
        { key: "deadline", label: words.deadline, children: <DeadlineTag facts={request} /> },
        {
          key: "requested",
          label: words.requestedItems,
          children: <ItemTags items={request.requestedItems} />,
          span: "filled",
        },
        {
          key: "granted",
          label: words.grantedItems,
          children: <ItemTags items={request.grantedItems} />,
          span: "filled",
        },
        ...(request.revokeReason
          ? [
              {
                key: "revokeReason",
                label: words.revokeReason,
                children: request.revokeReason,
                span: "filled" as const,
              },
            ]
          : []),
      ]}
    />
  );
}

/** Decide, withdraw, revoke: only what the signed-in user may do now (the server checks again). */
function SharingRequestActions({
  request,
  actions,
}: {
  request: TSharingDetail;
  actions: readonly SharingAction[];
}) {
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [deciding, setDeciding] = useState<"approve" | "reject" | null>(null);
  const [revoking, setRevoking] = useState(false);
  const withdraw = useMutation(
    trpc.sharing.withdraw.mutationOptions({
      onSuccess: async () => {
        void message.success(t.sharing.withdraw.done);
        await queryClient.invalidateQueries(trpc.sharing.pathFilter());
      },
    }),
  );
  const shown = actions.filter((action) => action !== "comment" && action !== "narrowItems");
  if (shown.length === 0) return null;
  return (
    <Flex vertical gap="small">
      <Flex wrap gap="small" role="group" aria-label={t.sharing.detail.actionsLabel}>
        {actions.includes("decide") && (
          <>
            <Button
              type="primary"
              icon={<CheckOutlined aria-hidden />}
              onClick={() => setDeciding("approve")}
            >
              {t.sharing.decide.approve}
            </Button>
            <Button danger icon={<CloseOutlined aria-hidden />} onClick={() => setDeciding("reject")}>
              {t.sharing.decide.reject}
            </Button>
          </>
        )}
        {actions.includes("withdraw") && (
          <Popconfirm
            title={t.sharing.withdraw.confirm}
            okText={t.sharing.withdraw.button}
            cancelText={t.common.cancel}
            onConfirm={() => withdraw.mutate({ id: request.id })}
          >
            <Button icon={<RollbackOutlined aria-hidden />} loading={withdraw.isPending}>
              {t.sharing.withdraw.button}
            </Button>
          </Popconfirm>
        )}
        {actions.includes("revoke") && (
          <Button danger icon={<StopOutlined aria-hidden />} onClick={() => setRevoking(true)}>
            {t.sharing.revoke.button}
          </Button>
        )}
      </Flex>
      <ServerErrorAlert error={withdraw.error} failure={t.common.actionFailed} />
      {deciding && (
        <DecisionModal
          request={request}
          decision={deciding}
          narrowItems={actions.includes("narrowItems")}
          onClose={() => setDeciding(null)}
        />
      )}
      {revoking && <RevokeModal request={request} onClose={() => setRevoking(false)} />}
    </Flex>
  );
}
