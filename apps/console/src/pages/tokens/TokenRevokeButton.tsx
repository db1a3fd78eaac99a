import { App, Button, Popconfirm } from "antd";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { TApiToken } from "@govshare/validators";
import { useT } from "../../i18n/locale-context.ts";
import { trpc } from "../../trpc.ts";

/** 撤销 Revoke, after a confirmation: programs using the token lose access at once. */
export function TokenRevokeButton({ token }: { token: TApiToken }) {
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const revoke = useMutation(
    trpc.tokens.revoke.mutationOptions({
      onSuccess: async (revoked) => {
        void message.success(t.tokens.revoked(revoked.name));
        await queryClient.invalidateQueries(trpc.tokens.list.pathFilter());
      },
      onError: (error) => void message.error(`${t.common.actionFailed}: ${error.message}`),
    }),
  );
  return (
    <Popconfirm
      title={t.tokens.revokeConfirm(token.name)}
      okText={t.tokens.revoke}
      okButtonProps={{ danger: true }}
      cancelText={t.common.cancel}
      onConfirm={() => revoke.mutate({ id: token.id })}
    >
      <Button size="small" danger loading={revoke.isPending}>
        {t.tokens.revoke}
      </Button>
    </Popconfirm>
  );
}
