import { z } from "zod";
import { bilingual } from "./zod-messages.ts";

/** 工作台账: the plan's tasks, their progress reports and status. */
export const WORK_TASK_STATUSES = ["not_started", "in_progress", "done"] as const;
export const ZWorkTaskStatusSchema = z.enum(WORK_TASK_STATUSES);
export type TWorkTaskStatus = z.infer<typeof ZWorkTaskStatusSchema>;

export const ZWorkTaskDepartmentSchema = z.object({
  departmentId: z.uuid(),
  name: z.string(),
  role: z.enum(["lead", "responsible"]),
});

export const ZWorkTaskSchema = z.object({
  id: z.uuid(),
  number: z.int(),
  /** 工作任务 section, e.g. （一）规范完善全区政务服务体系 */
  section: z.string(),
  title: z.string(),
  description: z.string(),
  /** the units as the plan names them (groups such as 各镇（街道） included) */
  leadUnits: z.array(z.string()),
  responsibleUnits: z.array(z.string()),
  /** 完成时间 as written */
  deadlineText: z.string(),
  deadline: z.iso.date(),
  wholeYear: z.boolean(),
  status: ZWorkTaskStatusSchema,
  completedAt: z.iso.datetime().nullable(),
  rowVersion: z.int(),
  /** not done and the deadline has passed */
  overdue: z.boolean(),
  /** the latest progress report's percentage (null: none yet) */
  progress: z.int().min(0).max(100).nullable(),
  departments: z.array(ZWorkTaskDepartmentSchema),
  /** what the caller may do with it, so that the console shows only usable forms */
  mayReportProgress: z.boolean(),
  maySetStatus: z.boolean(),
});
export type TWorkTask = z.infer<typeof ZWorkTaskSchema>;

export const ZWorkTaskUpdateSchema = z.object({
  id: z.uuid(),
  departmentId: z.uuid(),
  departmentName: z.string(),
  authorName: z.string(),
  progress: z.int().min(0).max(100),
  text: z.string(),
  createdAt: z.iso.datetime(),
});
export type TWorkTaskUpdate = z.infer<typeof ZWorkTaskUpdateSchema>;

export const ZWorkTaskDetailSchema = ZWorkTaskSchema.extend({ updates: z.array(ZWorkTaskUpdateSchema) });
export type TWorkTaskDetail = z.infer<typeof ZWorkTaskDetailSchema>;

export const ZWorkTaskListOutputSchema = z.object({ items: z.array(ZWorkTaskSchema) });

export const ZWorkTaskGetInputSchema = z.object({ id: z.uuid() });

export const ZWorkTaskAddUpdateInputSchema = z.object({
  taskId: z.uuid(),
  progress: z
    .int(bilingual("进度应为整数", "progress is a whole number"))
    .min(0, bilingual("进度在 0–100 之间", "progress is between 0 and 100"))
    .max(100, bilingual("进度在 0–100 之间", "progress is between 0 and 100")),
  text: z.string().trim().min(1, bilingual("请填写进展情况", "describe the progress")).max(2000),
});
export type TWorkTaskAddUpdateInput = z.infer<typeof ZWorkTaskAddUpdateInputSchema>;

export const ZWorkTaskSetStatusInputSchema = z.object({
  taskId: z.uuid(),
  status: ZWorkTaskStatusSchema,
  /** the version read: a change made meanwhile is a conflict, not overwritten */
  rowVersion: z.int().min(0),
});
export type TWorkTaskSetStatusInput = z.infer<typeof ZWorkTaskSetStatusInputSchema>;
