import { Flex } from "antd";
import { SubmittedResources } from "./SubmittedResources.tsx";
import { SubmittedRevisions } from "./SubmittedRevisions.tsx";

/**
 * 目录审核 Review queue (information centre): new resources and revisions of published ones that
 * officers submitted, each approved or returned here or from its page.
 */
export function ReviewQueuePage() {
  return (
    <Flex vertical gap="middle">
      <SubmittedResources />
      <SubmittedRevisions />
    </Flex>
  );
}
