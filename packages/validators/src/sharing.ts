import { z } from "zod";
import { zPage, zPageInput } from "./paging.ts";
import { bilingual } from "./zod-messages.ts";
import { ZSharingMethodSchema } from "./catalogue.ts";

export const SHARING_REQUEST_STATES = [
  "awaiting_provider",
  "awaiting_centre",
  "coordinating",
  "granted",
  "rejected",
  "withdrawn",
] as const;
export const ZSharingRequestStateSchema = z.enum(SHARING_REQUEST_STATES);
export type TSharingRequestState = z.infer<typeof ZSharingRequestStateSchema>;

/** Which list: mine (my department asked), incoming (asked of my department), awaiting (my move), overdue. */
export const SHARING_BOXES = ["mine", "incoming", "awaiting", "overdue"] as const;

const ZDay = z.iso.date(bilingual("日期应为 YYYY-MM-DD", "a date is YYYY-MM-DD"));
const text = (max: number, chinese: string, english: string) =>
  z
    .string()
    .trim()
    .min(1, bilingual(`请填写${chinese}`, `enter the ${english}`))
    .max(max);

export const ZSharingCreateInputSchema = z.object({
  resourceId: z.uuid(),
  /** 用途 */
  purpose: text(1000, "用途", "purpose"),
  /** 依据: the legal or policy basis */
  basis: text(1000, "依据", "legal or policy basis"),
  method: ZSharingMethodSchema,
  /** names of the data items needed */
  items: z
    .array(z.string().trim().min(1))
    .min(1, bilingual("至少选择一个信息项", "choose at least one data item"))
    .max(500)
    .transform((items) => [...new Set(items)]),
  useUntil: ZDay.nullish().transform((day) => day ?? null),
});
export type TSharingCreateInput = z.infer<typeof ZSharingCreateInputSchema>;

export const ZSharingDecideInputSchema = z
  .object({
    id: z.uuid(),
    decision: z.enum(["approve", "reject"]),
    /** the provider may narrow the items when approving */
    items: z.array(z.string().trim().min(1)).min(1).max(500).optional(),
    reason: z.string().trim().max(2000).optional(),
    /** a retry with the same key does not decide twice */
    idempotencyKey: z.string().trim().min(8).max(100),
  })
  .superRefine((input, ctx) => {
    if (input.decision === "reject" && !input.reason) {
      ctx.addIssue({
        code: "custom",
        path: ["reason"],
        message: bilingual("拒绝时须说明理由", "give the reason for rejecting"),
      });
    }
  });
export type TSharingDecideInput = z.infer<typeof ZSharingDecideInputSchema>;

export const ZSharingReasonInputSchema = z.object({
  id: z.uuid(),
  reason: text(1000, "理由", "reason"),
});
export const ZSharingCommentInputSchema = z.object({ id: z.uuid(), text: text(2000, "内容", "comment") });

export const ZSharingListInputSchema = zPageInput(
  ["createdAt"] as const,
  z.object({ state: ZSharingRequestStateSchema.optional() }),
).extend({ box: z.enum(SHARING_BOXES).optional() });
export type TSharingListInput = z.infer<typeof ZSharingListInputSchema>;

const ZRef = z.object({ id: z.uuid(), code: z.string(), name: z.string() });

export const ZSharingRequestSchema = z.object({
  id: z.uuid(),
  resource: ZRef,
  requesterDepartment: ZRef,
  providerDepartmentId: z.uuid(),
  sharingType: z.enum(["unconditional", "conditional", "none"]),
  purpose: z.string(),
  basis: z.string(),
  method: z.string(),
  requestedItems: z.array(z.string()),
  grantedItems: z.array(z.string()),
  useUntil: z.iso.date().nullable(),
  state: ZSharingRequestStateSchema,
  /** the day the party in charge must answer by; null when nobody has to */
  dueDate: z.iso.date().nullable(),
  /** working days left until dueDate (negative: overdue) */
  workingDaysLeft: z.int().nullable(),
  warning: z.boolean(),
  overdue: z.boolean(),
  escalated: z.boolean(),
  revokedAt: z.iso.datetime().nullable(),
  revokeReason: z.string().nullable(),
  version: z.int(),
  createdAt: z.iso.datetime(),
});
export type TSharingRequest = z.infer<typeof ZSharingRequestSchema>;
export const ZSharingListOutputSchema = zPage(ZSharingRequestSchema);

export const ZSharingStepSchema = z.object({
  kind: z.string(),
  actorLabel: z.string(),
  text: z.string().nullable(),
  items: z.array(z.string()),
  at: z.iso.datetime(),
});
export const ZSharingDetailSchema = ZSharingRequestSchema.extend({ steps: z.array(ZSharingStepSchema) });
export type TSharingDetail = z.infer<typeof ZSharingDetailSchema>;

export const ZCalendarDaySchema = z.object({
  day: z.iso.date(),
  kind: z.enum(["holiday", "workday"]),
  name: z.string(),
});
export const ZCalendarSetInputSchema = z.object({
  day: ZDay,
  /** null: back to an ordinary day of the week */
  kind: z.enum(["holiday", "workday"]).nullable(),
  name: z.string().trim().max(50).default(""),
});
export const ZCalendarListInputSchema = z.object({ year: z.int().min(2000).max(2100) });
export const ZWorkingDaysInputSchema = z.object({ from: ZDay, days: z.int().min(0).max(365) });

/** 疑义/纠错 */
export const OBJECTION_STATES = ["open", "corrected", "rejected"] as const;
export const ZObjectionCreateInputSchema = z.object({
  resourceId: z.uuid(),
  items: z.array(z.string().trim().min(1)).max(500).default([]),
  description: text(2000, "疑义说明", "description of the problem"),
});
export const ZObjectionAnswerInputSchema = z.object({
  id: z.uuid(),
  outcome: z.enum(["corrected", "rejected"]),
  answer: text(2000, "核实结果", "answer"),
});
export const ZObjectionListInputSchema = zPageInput(
  ["createdAt"] as const,
  z.object({ state: z.enum(OBJECTION_STATES).optional(), resourceId: z.uuid().optional() }),
).extend({ box: z.enum(["mine", "incoming", "overdue"]).optional() });
export type TObjectionListInput = z.infer<typeof ZObjectionListInputSchema>;
export const ZObjectionSchema = z.object({
  id: z.uuid(),
  resource: ZRef,
  providerDepartmentId: z.uuid(),
  reporterDepartmentId: z.uuid(),
  items: z.array(z.string()),
  description: z.string(),
  state: z.enum(OBJECTION_STATES),
  dueDate: z.iso.date(),
  workingDaysLeft: z.int().nullable(),
  overdue: z.boolean(),
  answer: z.string().nullable(),
  answeredAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});
export type TObjection = z.infer<typeof ZObjectionSchema>;
export const ZObjectionListOutputSchema = zPage(ZObjectionSchema);
