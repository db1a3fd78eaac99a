import type { TResourceHistoryEntry, TResourceListItem } from "@govshare/validators";
import { pendingRevisionStatus } from "../../catalogue/resource-actions.ts";

/**
 * resources.list cannot be filtered by "has a submitted revision": a revision keeps its resource
 * published. The queue reads the most recently updated published resources (submitting a revision
 * updates its resource) and keeps those whose pending version, per its history, is submitted.
 */
export const REVISION_SCAN_SIZE = 200;

/** Published resources with a revision in the works: the ones whose history is worth fetching. */
export function revisionCandidates(items: readonly TResourceListItem[]): TResourceListItem[] {
  return items.filter((item) => item.status === "published" && item.hasPendingRevision);
}

export interface SubmittedRevision {
  resource: TResourceListItem;
  /** the version under review */
  version: number;
}

/** The candidates whose revision is submitted (not still being edited), with the version under review. */
export function submittedRevisions(
  candidates: readonly TResourceListItem[],
  historyOf: (id: string) => readonly TResourceHistoryEntry[] | undefined,
): SubmittedRevision[] {
  return candidates.flatMap((resource) => {
    const history = historyOf(resource.id);
    if (pendingRevisionStatus(resource, history) !== "submitted") return [];
    const pending = history?.findLast((entry) => entry.version > resource.version);
    return pending ? [{ resource, version: pending.version }] : [];
  });
}
