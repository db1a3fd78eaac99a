import { z } from "zod";
import { zPage, zPageInput } from "./paging.ts";

/** 部门类别: the district, its bureaus (局/办), towns (镇), streets (街道), villages (村), communities (社区). */
export const DEPARTMENT_KINDS = ["district", "bureau", "town", "street", "village", "community"] as const;
export const ZDepartmentKindSchema = z.enum(DEPARTMENT_KINDS);
export type TDepartmentKind = z.infer<typeof ZDepartmentKindSchema>;

export const ZDepartmentSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  kind: ZDepartmentKindSchema,
  parentId: z.uuid().nullable(),
  sortOrder: z.int(),
});
export type TDepartment = z.infer<typeof ZDepartmentSchema>;

export const DEPARTMENT_SORT_FIELDS = ["code", "name", "kind", "sortOrder"] as const;
export type TDepartmentSortField = (typeof DEPARTMENT_SORT_FIELDS)[number];

export const ZDepartmentFiltersSchema = z.object({
  kind: ZDepartmentKindSchema.optional(),
  parentId: z.uuid().optional(),
  /** part of a name or a code */
  q: z.string().trim().max(100).optional(),
});

export const ZDepartmentListInputSchema = zPageInput(DEPARTMENT_SORT_FIELDS, ZDepartmentFiltersSchema);
export type TDepartmentListInput = z.infer<typeof ZDepartmentListInputSchema>;
export const ZDepartmentListOutputSchema = zPage(ZDepartmentSchema);
export type TDepartmentListOutput = z.infer<typeof ZDepartmentListOutputSchema>;
