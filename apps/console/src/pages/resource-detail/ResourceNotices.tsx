import { Alert, Flex } from "antd";
import type { TResource, TResourceHistoryEntry } from "@govshare/validators";
import type { RevisionStatus } from "../../catalogue/resource-actions.ts";
import { useT } from "../../i18n/locale-context.ts";

interface ResourceNoticesProps {
  resource: TResource;
  revision: RevisionStatus | null | undefined;
  history: readonly TResourceHistoryEntry[] | undefined;
}

/**
 * Where the resource stands, in a sentence: waiting for review, returned with the centre's comment,
 * or published with its next version in the works (the page shows the published version meanwhile;
 * the history lists what the revision changes).
 */
export function ResourceNotices({ resource, revision, history }: ResourceNoticesProps) {
  const t = useT();
  const words = t.catalogue.notices;
  const pending = history?.findLast((entry) => entry.version > resource.version);
  const notices: { key: string; type: "info" | "warning"; title: string; description?: string }[] = [];

  if (resource.status === "draft" && resource.reviewComment) {
    notices.push({
      key: "returned",
      type: "warning",
      title: words.returned,
      description: resource.reviewComment,
    });
  }
  if (resource.status === "submitted")
    notices.push({ key: "submitted", type: "info", title: words.submitted });
  if (resource.status === "retired") notices.push({ key: "retired", type: "info", title: words.retired });
  if (pending && revision === "submitted") {
    notices.push({ key: "revision", type: "info", title: words.revisionSubmitted(pending.version) });
  }
  if (pending && revision === "draft") {
    notices.push({
      key: "revision",
      type: pending.reviewComment ? "warning" : "info",
      title: pending.reviewComment
        ? words.revisionReturned(pending.version)
        : words.revisionDraft(pending.version),
      description: pending.reviewComment ?? undefined,
    });
  }
  if (notices.length === 0) return null;
  return (
    <Flex vertical gap="small">
      {notices.map((notice) => (
        <Alert
          key={notice.key}
          type={notice.type}
          showIcon
          title={notice.title}
          description={notice.description}
        />
      ))}
    </Flex>
  );
}
