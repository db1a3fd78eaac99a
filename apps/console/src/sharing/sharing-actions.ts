import type { TRole, TSharingRequest } from "@govshare/validators";

/** What the signed-in user may do with a request; the server checks each call again. */
export type SharingAction = "decide" | "narrowItems" | "withdraw" | "revoke" | "comment";

interface Viewer {
  roles: readonly TRole[];
  department: { id: string };
}

type RequestFacts = Pick<
  TSharingRequest,
  "state" | "escalated" | "revokedAt" | "providerDepartmentId" | "requesterDepartment"
>;

const OPEN_STATES: readonly string[] = ["awaiting_provider", "awaiting_centre", "coordinating"];

/**
 * Mirrors packages/api sharing/service.ts: the provider's officers decide the provider step (the
 * centre too once it is escalated), the centre decides its step and coordinates not-shared requests;
 * the requesting department's officers withdraw an open request; the provider or the centre revoke a
 * grant; both sides and the centre comment. Items can be narrowed where the decider sets the grant.
 */
export function sharingActions(viewer: Viewer, request: RequestFacts): SharingAction[] {
  const officer = viewer.roles.includes("officer");
  const centre = viewer.roles.includes("centre");
  const provider = officer && viewer.department.id === request.providerDepartmentId;
  const requester = viewer.department.id === request.requesterDepartment.id;
  const actions: SharingAction[] = [];

  const providerStep = request.state === "awaiting_provider";
  const centreStep =
    request.state === "awaiting_centre" ||
    request.state === "coordinating" ||
    (providerStep && request.escalated);
  if ((providerStep && provider) || (centreStep && centre)) {
    actions.push("decide");
    if ((providerStep && provider) || (centre && request.state !== "awaiting_centre")) {
      actions.push("narrowItems");
    }
  }
  if (officer && requester && OPEN_STATES.includes(request.state)) actions.push("withdraw");
  if (request.state === "granted" && !request.revokedAt && (provider || centre)) actions.push("revoke");
  if ((officer && (requester || provider)) || centre) actions.push("comment");
  return actions;
}
