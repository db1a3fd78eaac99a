import { z } from "zod";
import { zPage, zPageInput } from "./paging.ts";
import { bilingual } from "./zod-messages.ts";

/** 工作目标: computed from the platform's own data, or reported by the responsible units. */
export const TARGET_KINDS = ["computed", "reported"] as const;
export const TARGET_METRICS = ["sharing_rate"] as const;
export const TARGET_STATUS_VALUES = ["achieved", "on_track", "at_risk", "missed"] as const;
export const TARGET_REPORT_STATES = ["submitted", "confirmed", "returned"] as const;
export const ZTargetReportStateSchema = z.enum(TARGET_REPORT_STATES);

const ZDay = z.iso.date(bilingual("日期应为 YYYY-MM-DD", "a date is YYYY-MM-DD"));
const count = (chinese: string, english: string) =>
  z
    .int(bilingual(`${chinese}必须是整数`, `${english} must be a whole number`))
    .min(0, bilingual(`${chinese}不能为负数`, `${english} cannot be negative`))
    .max(100_000_000);

export const ZTargetSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  definition: z.string(),
  /** percent */
  targetValue: z.number(),
  startDate: z.iso.date(),
  deadline: z.iso.date(),
  kind: z.enum(TARGET_KINDS),
  metric: z.enum(TARGET_METRICS).nullable(),
  /** percent, null when there is nothing to count */
  currentValue: z.number().nullable(),
  numerator: z.int(),
  denominator: z.int(),
  status: z.enum(TARGET_STATUS_VALUES),
  version: z.int(),
});
export type TTarget = z.infer<typeof ZTargetSchema>;

export const ZTargetDepartmentFigureSchema = z.object({
  departmentId: z.uuid(),
  departmentName: z.string(),
  numerator: z.int(),
  denominator: z.int(),
  value: z.number().nullable(),
});
export type TTargetDepartmentFigure = z.infer<typeof ZTargetDepartmentFigureSchema>;

export const ZTargetHistoryPointSchema = z.object({
  day: z.iso.date(),
  value: z.number().nullable(),
  numerator: z.int(),
  denominator: z.int(),
});
export type TTargetHistoryPoint = z.infer<typeof ZTargetHistoryPointSchema>;

export const ZTargetReportSchema = z.object({
  id: z.uuid(),
  targetId: z.uuid(),
  targetName: z.string(),
  department: z.object({ id: z.uuid(), name: z.string() }),
  periodStart: z.iso.date(),
  periodEnd: z.iso.date(),
  numerator: z.int(),
  denominator: z.int(),
  note: z.string(),
  state: ZTargetReportStateSchema,
  /** the day the centre must confirm or return it by */
  dueDate: z.iso.date(),
  reviewComment: z.string().nullable(),
  reviewedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  version: z.int(),
});
export type TTargetReport = z.infer<typeof ZTargetReportSchema>;

export const ZTargetTaskSchema = z.object({
  id: z.uuid(),
  number: z.int(),
  title: z.string(),
  deadline: z.iso.date(),
  status: z.string(),
});

export const ZTargetDetailSchema = ZTargetSchema.extend({
  byDepartment: z.array(ZTargetDepartmentFigureSchema),
  history: z.array(ZTargetHistoryPointSchema),
  reports: z.array(ZTargetReportSchema),
  tasks: z.array(ZTargetTaskSchema),
  /** the departments that report it (reported targets) */
  responsibleDepartments: z.array(z.object({ id: z.uuid(), name: z.string() })),
});
export type TTargetDetail = z.infer<typeof ZTargetDetailSchema>;

export const ZTargetUpdateInputSchema = z.object({
  id: z.uuid(),
  definition: z
    .string()
    .trim()
    .min(1, bilingual("请填写口径说明", "enter the definition"))
    .max(2000)
    .optional(),
  deadline: ZDay.optional(),
  targetValue: z
    .number(bilingual("目标值必须是数字", "the target value must be a number"))
    .gt(0, bilingual("目标值必须大于 0", "the target value must be above 0"))
    .max(100, bilingual("目标值不能超过 100%", "the target value is at most 100%"))
    .optional(),
  /** the version read: a concurrent change makes this one fail instead of overwriting it */
  version: z.int(),
});
export type TTargetUpdateInput = z.infer<typeof ZTargetUpdateInputSchema>;

export const ZTargetReportInputSchema = z
  .object({
    targetId: z.uuid(),
    periodStart: ZDay,
    periodEnd: ZDay,
    numerator: count("分子", "the numerator"),
    denominator: count("分母", "the denominator"),
    note: z.string().trim().max(2000).default(""),
  })
  .superRefine((input, ctx) => {
    if (input.numerator > input.denominator) {
      ctx.addIssue({
        code: "custom",
        path: ["numerator"],
        message: bilingual("分子不能大于分母", "the numerator cannot exceed the denominator"),
      });
    }
    if (input.periodEnd < input.periodStart) {
      ctx.addIssue({
        code: "custom",
        path: ["periodEnd"],
        message: bilingual("截止日期不能早于开始日期", "the period cannot end before it starts"),
      });
    }
  });
export type TTargetReportInput = z.infer<typeof ZTargetReportInputSchema>;

export const ZTargetReviewReportInputSchema = z
  .object({
    id: z.uuid(),
    decision: z.enum(["confirm", "return"]),
    comment: z.string().trim().max(1000).default(""),
  })
  .superRefine((input, ctx) => {
    if (input.decision === "return" && !input.comment) {
      ctx.addIssue({
        code: "custom",
        path: ["comment"],
        message: bilingual("退回时须说明理由", "say why the report is returned"),
      });
    }
  });
export type TTargetReviewReportInput = z.infer<typeof ZTargetReviewReportInputSchema>;

export const ZTargetReportListInputSchema = zPageInput(["createdAt"] as const, z.object({})).extend({
  targetId: z.uuid().optional(),
  state: ZTargetReportStateSchema.optional(),
});
export type TTargetReportListInput = z.infer<typeof ZTargetReportListInputSchema>;
export const ZTargetReportListOutputSchema = zPage(ZTargetReportSchema);

export const ZTargetSnapshotOutputSchema = z.object({ day: z.iso.date(), targets: z.int() });

/** 首页: the district's sharing rate against its target, the departments' ranking, the trend, the six targets. */
export const ZDashboardSummarySchema = z.object({
  today: z.iso.date(),
  sharingRate: ZTargetSchema.nullable(),
  ranking: z.array(ZTargetDepartmentFigureSchema),
  trend: z.array(ZTargetHistoryPointSchema),
  targets: z.array(ZTargetSchema),
});
export type TDashboardSummary = z.infer<typeof ZDashboardSummarySchema>;
