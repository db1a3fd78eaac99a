import { z } from "zod";
import { zPage, zPageInput } from "./paging.ts";
import { bilingual } from "./zod-messages.ts";

/**
 * What a notification (站内通知) is about. The console turns kind + params into a sentence in either
 * language; a kind it does not know yet is still listed, with its link.
 */
export const NOTIFICATION_KINDS = [
  /** a conditional request reached the provider's officers */
  "sharing_requested",
  /** a not-shared resource was requested: the centre coordinates */
  "sharing_coordination",
  /** an unconditional resource was granted at once: the provider is informed */
  "sharing_granted_directly",
  /** the provider approved (params.decision) or rejected: to the requester */
  "sharing_provider_decided",
  /** the provider approved: the centre's step begins */
  "sharing_awaiting_centre",
  /** the centre decided (params.decision): to the requester and the provider */
  "sharing_centre_decided",
  "sharing_withdrawn",
  "sharing_revoked",
  "sharing_commented",
  /** the provider's reply is overdue: escalated to the centre */
  "sharing_escalated",
  "objection_filed",
  "objection_answered",
  /** a supervision notice (督办) reached a department */
  "notice_received",
] as const;
export const ZNotificationKindSchema = z.enum(NOTIFICATION_KINDS);
export type TNotificationKind = z.infer<typeof ZNotificationKindSchema>;

/** Values a sentence may name (resource, department, decision…): flat, so both languages can use them. */
export const ZNotificationParamsSchema = z.record(
  z.string(),
  z.union([z.string(), z.number(), z.boolean(), z.null()]),
);
export type TNotificationParams = z.infer<typeof ZNotificationParamsSchema>;

export const ZNotificationSchema = z.object({
  id: z.uuid(),
  /** a string, not the enum: rows of kinds added later must still list */
  kind: z.string(),
  params: ZNotificationParamsSchema,
  /** console path, e.g. /sharing/<id> */
  link: z.string(),
  subjectType: z.string(),
  subjectId: z.uuid(),
  createdAt: z.iso.datetime(),
  readAt: z.iso.datetime().nullable(),
});
export type TNotification = z.infer<typeof ZNotificationSchema>;

export const ZNotificationListInputSchema = zPageInput(["createdAt"] as const, z.object({})).extend({
  unreadOnly: z.boolean().optional(),
});
export type TNotificationListInput = z.infer<typeof ZNotificationListInputSchema>;
export const ZNotificationListOutputSchema = zPage(ZNotificationSchema).extend({
  /** the user's unread count, whatever the page shows */
  unread: z.int().min(0),
});
export type TNotificationListOutput = z.infer<typeof ZNotificationListOutputSchema>;

export const ZNotificationMarkReadInputSchema = z
  .object({ ids: z.array(z.uuid()).max(200).optional(), all: z.boolean().optional() })
  .refine((input) => input.all === true || (input.ids?.length ?? 0) > 0, {
    message: bilingual("请指定要标为已读的通知", "name the notifications to mark read, or all"),
  });
