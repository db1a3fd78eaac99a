import { randomUUID } from "node:crypto";
import type { Database } from "../database.ts";
import { createDepartmentRepository, type DepartmentRow } from "../repositories/department-repository.ts";

/** A department with unique code and name unless given; tests make their own data with these. */
export async function makeDepartment(
  database: Database,
  overrides: Partial<Pick<DepartmentRow, "code" | "name" | "kind" | "parentId" | "sortOrder">> = {},
): Promise<DepartmentRow> {
  const suffix = randomUUID().slice(0, 8);
  return createDepartmentRepository(database.prisma).upsertByCode({
    code: overrides.code ?? `T-${suffix}`,
    name: overrides.name ?? `测试部门${suffix}`,
    kind: overrides.kind ?? "bureau",
    parentId: overrides.parentId ?? null,
    sortOrder: overrides.sortOrder ?? 0,
  });
}
