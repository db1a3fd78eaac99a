import type { SharingRequestRow, Transaction } from "@govshare/db";
import type { TNotificationKind, TNotificationParams } from "@govshare/validators";
import { notify, type NotificationRecipients } from "../notifications/service.ts";

/** The people a sharing request concerns, as notification recipients. */
export const requestParties = {
  requester: (row: SharingRequestRow): NotificationRecipients => ({ userIds: [row.requesterUserId] }),
  providerOfficers: (row: SharingRequestRow): NotificationRecipients => ({
    departmentId: row.providerDepartmentId,
    role: "officer",
  }),
  centre: { role: "centre" } as NotificationRecipients,
};

/** One notification about a request, linked to its page in the console. */
export function notifyAboutRequest(
  tx: Transaction,
  row: SharingRequestRow,
  notification: {
    kind: TNotificationKind;
    to: NotificationRecipients[];
    at: Date;
    actorId: string | null;
    params?: TNotificationParams;
  },
): Promise<number> {
  return notify(tx, {
    to: notification.to,
    kind: notification.kind,
    params: {
      resourceName: row.resource.name,
      resourceCode: row.resource.code,
      requesterDepartment: row.requesterDepartment.name,
      ...notification.params,
    },
    link: `/sharing/${row.id}`,
    subjectType: "sharing_request",
    subjectId: row.id,
    at: notification.at,
    actorId: notification.actorId,
  });
}

/** Conditional: the provider answers; not shared: the centre coordinates; granted at once: the provider is told. */
export function creationNotice(row: SharingRequestRow): {
  kind: TNotificationKind;
  to: NotificationRecipients[];
} {
  if (row.state === "granted")
    return { kind: "sharing_granted_directly", to: [requestParties.providerOfficers(row)] };
  if (row.state === "coordinating") return { kind: "sharing_coordination", to: [requestParties.centre] };
  return { kind: "sharing_requested", to: [requestParties.providerOfficers(row)] };
}
