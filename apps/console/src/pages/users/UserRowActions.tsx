import { App, Button, Flex, Popconfirm } from "antd";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { TUser } from "@govshare/validators";
import { useSignedInUser } from "../../auth/signed-in-user.ts";
import { useT } from "../../i18n/locale-context.ts";
import { trpc } from "../../trpc.ts";

interface UserRowActionsProps {
  user: TUser;
  onEdit: (user: TUser) => void;
  onResetPassword: (user: TUser) => void;
}

/**
 * One row's actions. Disabling and ending sessions throw someone out, so they ask first; enabling
 * does not. Each reports success or the server's refusal.
 */
export function UserRowActions({ user, onEdit, onResetPassword }: UserRowActionsProps) {
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const me = useSignedInUser();
  const reportFailure = (error: { message: string }) =>
    void message.error(`${t.common.actionFailed}: ${error.message}`);

  const setDisabled = useMutation(
    trpc.users.update.mutationOptions({
      onSuccess: async (updated) => {
        void message.success(
          updated.disabled ? t.users.disabledDone(updated.username) : t.users.enabledDone(updated.username),
        );
        await queryClient.invalidateQueries(trpc.users.list.pathFilter());
      },
      onError: reportFailure,
    }),
  );
  const endSessions = useMutation(
    trpc.users.endSessions.mutationOptions({
      onSuccess: ({ ended }) => void message.success(t.users.sessionsEnded(ended)),
      onError: reportFailure,
    }),
  );

  return (
    <Flex wrap gap={4}>
      <Button size="small" onClick={() => onEdit(user)}>
        {t.common.edit}
      </Button>
      {user.disabled ? (
        <Button
          size="small"
          loading={setDisabled.isPending}
          onClick={() => setDisabled.mutate({ id: user.id, disabled: false })}
        >
          {t.users.enable}
        </Button>
      ) : (
        <Popconfirm
          title={t.users.disableConfirm(user.username)}
          okText={t.users.disable}
          okButtonProps={{ danger: true }}
          cancelText={t.common.cancel}
          onConfirm={() => setDisabled.mutate({ id: user.id, disabled: true })}
        >
          {/* the server refuses it too; not offering it is clearer than an error */}
          <Button size="small" danger loading={setDisabled.isPending} disabled={user.id === me.id}>
            {t.users.disable}
          </Button>
        </Popconfirm>
      )}
      <Button size="small" onClick={() => onResetPassword(user)}>
        {t.users.resetPassword}
      </Button>
      <Popconfirm
        title={t.users.endSessionsConfirm(user.username)}
        okText={t.users.endSessions}
        okButtonProps={{ danger: true }}
        cancelText={t.common.cancel}
        onConfirm={() => endSessions.mutate({ id: user.id })}
      >
        <Button size="small" loading={endSessions.isPending}>
          {t.users.endSessions}
        </Button>
      </Popconfirm>
    </Flex>
  );
}
