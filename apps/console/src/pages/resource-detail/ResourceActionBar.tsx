import { useState } from "react";
import { App, Button, Flex, Popconfirm } from "antd";
import { CheckOutlined, EditOutlined, RollbackOutlined, SendOutlined, StopOutlined } from "@ant-design/icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { REVIEW_DECISION_LABELS, type TResource, type TReviewDecision } from "@govshare/validators";
import { useSignedInUser } from "../../auth/signed-in-user.ts";
import { resourceActions, type RevisionStatus } from "../../catalogue/resource-actions.ts";
import { resourceFieldLabel } from "../../catalogue/resource-field-label.ts";
import { resourceEditPath } from "../../catalogue/resource-paths.ts";
import { ReviewModal } from "../../catalogue/ReviewModal.tsx";
import { useLabelText } from "../../catalogue/use-label-text.ts";
import { ServerErrorAlert } from "../../errors/ServerErrorAlert.tsx";
import { useT } from "../../i18n/locale-context.ts";
import { ButtonLink } from "../../layout/ButtonLink.tsx";
import { trpc } from "../../trpc.ts";

interface ResourceActionBarProps {
  resource: TResource;
  /** the pending revision's status; undefined while the history loads */
  revision: RevisionStatus | null | undefined;
}

/**
 * What the user may do with the resource now (catalogue/resource-actions.ts): edit or revise, submit,
 * review, retire. Nothing is shown when nothing applies. A refused submit lists what is missing.
 */
export function ResourceActionBar({ resource, revision }: ResourceActionBarProps) {
  const t = useT();
  const label = useLabelText();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const user = useSignedInUser();
  const [reviewing, setReviewing] = useState<TReviewDecision | null>(null);
  const words = t.catalogue.actions;
  const refresh = () => queryClient.invalidateQueries(trpc.resources.pathFilter());

  const submit = useMutation(
    trpc.resources.submit.mutationOptions({
      onSuccess: async () => {
        void message.success(words.submitted(resource.name));
        await refresh();
      },
    }),
  );
  const retire = useMutation(
    trpc.resources.retire.mutationOptions({
      onSuccess: async () => {
        void message.success(words.retired(resource.name));
        await refresh();
      },
    }),
  );

  const actions = resourceActions(user, resource, revision);
  if (actions.length === 0) return null;
  return (
    <Flex vertical gap="small">
      <Flex wrap gap="small" role="group" aria-label={words.label}>
        {actions.includes("edit") && (
          <ButtonLink to={resourceEditPath(resource.id)} icon={<EditOutlined aria-hidden />}>
            {resource.status === "published" ? words.revise : t.common.edit}
          </ButtonLink>
        )}
        {actions.includes("submit") && (
          <Button
            type="primary"
            icon={<SendOutlined aria-hidden />}
            loading={submit.isPending}
            onClick={() => submit.mutate({ id: resource.id })}
          >
            {words.submit}
          </Button>
        )}
        {actions.includes("review") && (
          <>
            <Button
              type="primary"
              icon={<CheckOutlined aria-hidden />}
              onClick={() => setReviewing("approve")}
            >
              {label(REVIEW_DECISION_LABELS.approve)}
            </Button>
            <Button danger icon={<RollbackOutlined aria-hidden />} onClick={() => setReviewing("return")}>
              {label(REVIEW_DECISION_LABELS.return)}
            </Button>
          </>
        )}
        {actions.includes("retire") && (
          <Popconfirm
            title={words.retireConfirm(resource.name)}
            okText={words.retire}
            okButtonProps={{ danger: true }}
            cancelText={t.common.cancel}
            onConfirm={() => retire.mutate({ id: resource.id })}
          >
            <Button danger icon={<StopOutlined aria-hidden />} loading={retire.isPending}>
              {words.retire}
            </Button>
          </Popconfirm>
        )}
      </Flex>
      <ServerErrorAlert
        error={submit.error}
        failure={words.submitFailed}
        fieldLabel={(field) => resourceFieldLabel(field, label)}
      />
      <ServerErrorAlert error={retire.error} failure={t.common.actionFailed} />
      {reviewing && (
        <ReviewModal resource={resource} decision={reviewing} onClose={() => setReviewing(null)} />
      )}
    </Flex>
  );
}
