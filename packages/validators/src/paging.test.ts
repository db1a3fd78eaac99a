import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ZDepartmentListInputSchema } from "./department.ts";
import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from "./paging.ts";

describe("the paging contract", () => {
  it("fills in page 1 and the default page size", () => {
    expect(ZDepartmentListInputSchema.parse({})).toEqual({ page: 1, pageSize: PAGE_SIZE_DEFAULT });
  });

  it("refuses page 0, fractional pages and oversized pages with messages in both languages", () => {
    const result = ZDepartmentListInputSchema.safeParse({ page: 0, pageSize: PAGE_SIZE_MAX + 1 });
    expect(result.success).toBe(false);
    const { fieldErrors } = z.flattenError(result.error!);
    expect(fieldErrors.page).toEqual(["页码从 1 开始 / page starts at 1"]);
    expect(fieldErrors.pageSize).toEqual([
      `每页最多 ${PAGE_SIZE_MAX} 条 / pageSize is at most ${PAGE_SIZE_MAX}`,
    ]);
    expect(ZDepartmentListInputSchema.safeParse({ page: 1.5 }).success).toBe(false);
  });

  it("accepts only the declared sort fields and defaults the direction", () => {
    expect(ZDepartmentListInputSchema.parse({ sort: { field: "name" } }).sort).toEqual({
      field: "name",
      direction: "asc",
    });
    expect(ZDepartmentListInputSchema.safeParse({ sort: { field: "password" } }).success).toBe(false);
  });

  it("makes zod's own messages bilingual", () => {
    const result = ZDepartmentListInputSchema.safeParse({ filters: { kind: "planet" } });
    const message = result.error!.issues[0]!.message;
    expect(message).toMatch(/[\u4e00-\u9fff].* \/ .*[A-Za-z]/);
  });
});
