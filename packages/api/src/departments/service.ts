import { createDepartmentRepository } from "@govshare/db";
import type { TDepartmentListInput, TDepartmentListOutput } from "@govshare/validators";
import type { Context } from "../context.ts";

export async function listDepartments(
  ctx: Context,
  input: TDepartmentListInput,
): Promise<TDepartmentListOutput> {
  const departments = createDepartmentRepository(ctx.database.prisma);
  const { items, total } = await departments.findPage({
    skip: (input.page - 1) * input.pageSize,
    take: input.pageSize,
    sort: input.sort ?? { field: "sortOrder", direction: "asc" },
    ...input.filters,
  });
  return { items, total, page: input.page, pageSize: input.pageSize };
}
