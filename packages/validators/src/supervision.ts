import { z } from "zod";
import { zPage, zPageInput } from "./paging.ts";
import { bilingual } from "./zod-messages.ts";

/** 电子监察: the board of items due, and 督办 notices sent to departments. */
export const SUPERVISION_KINDS = [
  "catalogue_review",
  "sharing_request",
  "objection",
  "target_report",
  "work_task",
  "notice",
] as const;
export const ZSupervisionKindSchema = z.enum(SUPERVISION_KINDS);
export type TSupervisionKind = z.infer<typeof ZSupervisionKindSchema>;

export const ZDeadlineLevelSchema = z.enum(["ok", "warning", "overdue"]);
export type TDeadlineLevel = z.infer<typeof ZDeadlineLevelSchema>;

export const ZSupervisionBoardInputSchema = zPageInput(["dueDate"] as const, z.object({})).extend({
  kind: ZSupervisionKindSchema.optional(),
  level: z.enum(["warning", "overdue"]).optional(),
  departmentId: z.uuid().optional(),
});
export type TSupervisionBoardInput = z.infer<typeof ZSupervisionBoardInputSchema>;

export const ZSupervisionItemSchema = z.object({
  kind: ZSupervisionKindSchema,
  /** the resource, request, objection, report, task or notice */
  subjectId: z.uuid(),
  label: z.string(),
  /** the department the item concerns (a task: its first lead unit); null when none */
  departmentId: z.uuid().nullable(),
  departmentName: z.string().nullable(),
  /** whose move it is: the department's, or the information centre's */
  waitingOn: z.enum(["department", "centre"]),
  dueDate: z.iso.date(),
  /** working days left; negative: working days overdue */
  workingDaysLeft: z.int(),
  level: ZDeadlineLevelSchema,
});
export type TSupervisionItem = z.infer<typeof ZSupervisionItemSchema>;
export const ZSupervisionBoardOutputSchema = zPage(ZSupervisionItemSchema);

const ZLevelCounts = z.object({ warning: z.int().min(0), overdue: z.int().min(0) });
export const ZSupervisionCountsSchema = z.object({
  total: ZLevelCounts,
  byKind: z.object({
    catalogue_review: ZLevelCounts,
    sharing_request: ZLevelCounts,
    objection: ZLevelCounts,
    target_report: ZLevelCounts,
    work_task: ZLevelCounts,
    notice: ZLevelCounts,
  }),
});
export type TSupervisionCounts = z.infer<typeof ZSupervisionCountsSchema>;

/** What a notice (督办) is about: a board item's kind, or something general. */
export const NOTICE_SUBJECT_TYPES = [
  "catalogue_review",
  "sharing_request",
  "objection",
  "target_report",
  "work_task",
  "general",
] as const;
export const NOTICE_STATES = ["open", "replied", "closed"] as const;
export const ZNoticeStateSchema = z.enum(NOTICE_STATES);

const text = (max: number, chinese: string, english: string) =>
  z
    .string()
    .trim()
    .min(1, bilingual(`请填写${chinese}`, `enter the ${english}`))
    .max(max);

export const ZNoticeCreateInputSchema = z.object({
  departmentId: z.uuid(bilingual("请选择督办部门", "choose the department")),
  subjectType: z.enum(NOTICE_SUBJECT_TYPES),
  subjectId: z
    .uuid()
    .nullish()
    .transform((id) => id ?? null),
  subjectLabel: text(200, "督办事项", "subject"),
  text: text(2000, "督办内容", "notice text"),
  replyDueDate: z.iso.date(bilingual("日期应为 YYYY-MM-DD", "a date is YYYY-MM-DD")),
});
export type TNoticeCreateInput = z.infer<typeof ZNoticeCreateInputSchema>;

export const ZNoticeListInputSchema = zPageInput(["createdAt"] as const, z.object({})).extend({
  state: ZNoticeStateSchema.optional(),
});
export type TNoticeListInput = z.infer<typeof ZNoticeListInputSchema>;

export const ZNoticeReplyInputSchema = z.object({ id: z.uuid(), reply: text(2000, "答复", "reply") });
export const ZNoticeIdInputSchema = z.object({ id: z.uuid() });

export const ZNoticeSchema = z.object({
  id: z.uuid(),
  department: z.object({ id: z.uuid(), name: z.string() }),
  subjectType: z.enum(NOTICE_SUBJECT_TYPES),
  subjectId: z.uuid().nullable(),
  subjectLabel: z.string(),
  text: z.string(),
  replyDueDate: z.iso.date(),
  state: ZNoticeStateSchema,
  reply: z.string().nullable(),
  repliedAt: z.iso.datetime().nullable(),
  repliedByName: z.string().nullable(),
  sentByName: z.string(),
  createdAt: z.iso.datetime(),
  /** working days left to reply while open; negative when overdue */
  workingDaysLeft: z.int().nullable(),
  overdue: z.boolean(),
});
export type TNotice = z.infer<typeof ZNoticeSchema>;
export const ZNoticeListOutputSchema = zPage(ZNoticeSchema);
