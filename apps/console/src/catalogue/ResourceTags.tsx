import { Flex, Tag } from "antd";
import {
  RESOURCE_STATUS_LABELS,
  SHARING_TYPE_LABELS,
  type TResourceStatus,
  type TSharingType,
} from "@govshare/validators";
import { useT } from "../i18n/locale-context.ts";
import { useLabelText } from "./use-label-text.ts";

// Sharing is the rule, not sharing the exception (国发〔2016〕51号): green, amber, red says as much.
const SHARING_TYPE_COLORS: Record<TSharingType, string> = {
  unconditional: "green",
  conditional: "gold",
  none: "red",
};

const STATUS_COLORS: Record<TResourceStatus, string> = {
  draft: "default",
  submitted: "processing",
  published: "success",
  retired: "default",
};

export function SharingTypeTag({ sharingType }: { sharingType: TSharingType }) {
  const label = useLabelText();
  return <Tag color={SHARING_TYPE_COLORS[sharingType]}>{label(SHARING_TYPE_LABELS[sharingType])}</Tag>;
}

/**
 * The resource's status, and 修订中 when a published resource has its next version in the works: the
 * catalogue still shows the published version meanwhile.
 */
export function ResourceStatusTag({
  status,
  hasPendingRevision = false,
}: {
  status: TResourceStatus;
  hasPendingRevision?: boolean;
}) {
  const t = useT();
  const label = useLabelText();
  return (
    <Flex wrap gap={4}>
      <Tag color={STATUS_COLORS[status]}>{label(RESOURCE_STATUS_LABELS[status])}</Tag>
      {hasPendingRevision && <Tag color="purple">{t.catalogue.revisionPending}</Tag>}
    </Flex>
  );
}
