import { App, Button, Card, Flex } from "antd";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { TARGET_MANAGERS } from "../../auth/role-groups.ts";
import { useSignedInUser } from "../../auth/signed-in-user.ts";
import { ServerErrorAlert } from "../../errors/ServerErrorAlert.tsx";
import { useT } from "../../i18n/locale-context.ts";
import { TargetSummaryCard } from "../../targets/TargetSummaryCard.tsx";
import { trpc } from "../../trpc.ts";

/** 目标: the reform's targets with their current values; the centre can record today's values at once. */
export function TargetsPage() {
  const t = useT();
  const user = useSignedInUser();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const targets = useQuery(trpc.targets.list.queryOptions());
  const snapshot = useMutation(
    trpc.targets.snapshot.mutationOptions({
      onSuccess: async (taken) => {
        void message.success(t.targets.snapshotTaken(taken.day));
        await queryClient.invalidateQueries(trpc.targets.pathFilter());
        await queryClient.invalidateQueries(trpc.dashboard.pathFilter());
      },
    }),
  );
  const manages = user.roles.some((role) => TARGET_MANAGERS.includes(role));
  return (
    <Card
      title={t.targets.title}
      extra={
        manages && (
          <Button onClick={() => snapshot.mutate()} loading={snapshot.isPending}>
            {t.targets.snapshot}
          </Button>
        )
      }
    >
      <ServerErrorAlert error={targets.error ?? snapshot.error} />
      <Flex wrap gap="middle" role="list" aria-label={t.targets.listLabel} aria-busy={targets.isFetching}>
        {targets.data?.map((target) => (
          <div role="listitem" key={target.id}>
            <TargetSummaryCard target={target} />
          </div>
        ))}
      </Flex>
    </Card>
  );
}
