import type { TResourceHistoryEntry, TResourceStatus, TRole } from "@govshare/validators";

/**
 * Which lifecycle actions the console offers on a resource, mirroring the server's rules
 * (packages/domain lifecycle.ts and the resources router's guards) so that only buttons that can work
 * are shown. The server decides again on every call.
 */

/** Where a published resource's next version stands: still being edited, or waiting for the centre. */
export type RevisionStatus = "draft" | "submitted";

export type ResourceAction = "edit" | "submit" | "review" | "retire";

interface ActionSubject {
  status: TResourceStatus;
  version: number;
  providerDepartment: { id: string };
  hasPendingRevision: boolean;
}

interface Actor {
  roles: readonly TRole[];
  department: { id: string };
}

/**
 * The status of a published resource's pending revision, read from its history (the versions above
 * the published one): null without a revision, undefined while the history is not loaded.
 */
export function pendingRevisionStatus(
  resource: Pick<ActionSubject, "version" | "hasPendingRevision">,
  history: readonly Pick<TResourceHistoryEntry, "version" | "status">[] | undefined,
): RevisionStatus | null | undefined {
  if (!resource.hasPendingRevision) return null;
  if (history === undefined) return undefined;
  const pending = history.findLast((entry) => entry.version > resource.version);
  if (pending === undefined) return null;
  return pending.status === "submitted" ? "submitted" : "draft";
}

/**
 * - edit: the provider's officer, on a draft or a published resource whose revision is not under review
 *   (a published one is revised: a new version, reviewed again);
 * - submit: the provider's officer, on a draft or a draft revision;
 * - review: the centre, on what was submitted (a new resource or a revision);
 * - retire: a published resource, by its provider's officer or the centre.
 * `revision` undefined (history still loading) holds back what depends on it.
 */
export function resourceActions(
  actor: Actor,
  resource: ActionSubject,
  revision: RevisionStatus | null | undefined,
): ResourceAction[] {
  const isProviderOfficer =
    actor.roles.includes("officer") && actor.department.id === resource.providerDepartment.id;
  const isCentre = actor.roles.includes("centre");
  const { status } = resource;
  const actions: ResourceAction[] = [];
  if (isProviderOfficer) {
    if (status === "draft" || (status === "published" && (revision === null || revision === "draft"))) {
      actions.push("edit");
    }
    if (status === "draft" || (status === "published" && revision === "draft")) actions.push("submit");
  }
  if (isCentre && (status === "submitted" || (status === "published" && revision === "submitted"))) {
    actions.push("review");
  }
  if (status === "published" && (isProviderOfficer || isCentre)) actions.push("retire");
  return actions;
}
