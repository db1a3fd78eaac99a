import { useMemo, useState } from "react";
import { Card, Flex, Table, Tag, Typography, type TableColumnsType } from "antd";
import { useQuery } from "@tanstack/react-query";
import type { TApiToken } from "@govshare/validators";
import { ServerErrorAlert } from "../../errors/ServerErrorAlert.tsx";
import { formatDateTime } from "../../format/date-time.ts";
import { useT } from "../../i18n/locale-context.ts";
import type { Messages } from "../../i18n/messages.ts";
import { trpc } from "../../trpc.ts";
import { TokenCreateForm, type CreatedToken } from "./TokenCreateForm.tsx";
import { TokenRevokeButton } from "./TokenRevokeButton.tsx";
import { TokenSecretModal } from "./TokenSecretModal.tsx";
import { TokenUsageHelp } from "./TokenUsageHelp.tsx";

/** By the browser's clock; the server refuses a token from its expiry on, whatever the list shows. */
const isExpired = (token: TApiToken) => token.expiresAt !== null && Date.parse(token.expiresAt) <= Date.now();

// A person has a handful of tokens: one list, no server paging needed (tokens.list returns them all).
function tokenColumns(t: Messages): TableColumnsType<TApiToken> {
  return [
    { key: "name", title: t.tokens.columns.name, dataIndex: "name" },
    {
      key: "prefix",
      title: t.tokens.columns.prefix,
      // the start of the secret, to tell tokens apart: never enough to use one
      render: (_, token) => <Typography.Text code>{`${token.prefix}…`}</Typography.Text>,
    },
    {
      key: "createdAt",
      title: t.tokens.columns.createdAt,
      render: (_, token) => formatDateTime(token.createdAt),
    },
    {
      key: "lastUsedAt",
      title: t.tokens.columns.lastUsedAt,
      render: (_, token) => (token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t.tokens.neverUsed),
    },
    {
      key: "expiresAt",
      title: t.tokens.columns.expiresAt,
      render: (_, token) => (token.expiresAt ? formatDateTime(token.expiresAt) : t.tokens.noExpiry),
    },
    {
      key: "status",
      title: t.tokens.columns.status,
      render: (_, token) => {
        if (token.revokedAt) return <Tag>{t.tokens.status.revoked}</Tag>;
        if (isExpired(token)) return <Tag color="orange">{t.tokens.status.expired}</Tag>;
        return <Tag color="green">{t.tokens.status.active}</Tag>;
      },
    },
    {
      key: "actions",
      title: t.common.actions,
      render: (_, token) => (token.revokedAt ? null : <TokenRevokeButton token={token} />),
    },
  ];
}

/** 我的令牌 My API tokens: the user's own tokens for scripts and integrations. */
export function TokensPage() {
  const t = useT();
  const tokens = useQuery(trpc.tokens.list.queryOptions());
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const columns = useMemo(() => tokenColumns(t), [t]);

  return (
    <Flex vertical gap="middle">
      <Card title={t.tokens.title}>
        <Flex vertical gap="middle">
          <Typography.Text type="secondary">{t.tokens.intro}</Typography.Text>
          <TokenCreateForm onCreated={setCreated} />
          <ServerErrorAlert error={tokens.error} />
          <Table<TApiToken>
            aria-label={t.tokens.tableLabel}
            aria-busy={tokens.isFetching}
            columns={columns}
            dataSource={tokens.data}
            rowKey="id"
            loading={tokens.isPending}
            pagination={false}
            size="middle"
          />
        </Flex>
      </Card>
      <TokenUsageHelp />
      {created && <TokenSecretModal created={created} onClose={() => setCreated(null)} />}
    </Flex>
  );
}
