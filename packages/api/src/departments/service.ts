import { createDepartmentRepository, type DepartmentRow } from "@govshare/db";
import { AppError, buildTree, type TreeNode } from "@govshare/domain";
import {
  bilingual,
  type TDepartmentListInput,
  type TDepartmentListOutput,
  type TDepartmentTreeNode,
} from "@govshare/validators";
import type { z } from "zod";
import type { ZDepartmentCreateInputSchema, ZDepartmentUpdateInputSchema } from "@govshare/validators";
import { inAuditedTransaction } from "../audit/record.ts";
import type { Context } from "../context.ts";
import type { SignedInContext } from "../trpc.ts";

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

export async function departmentTree(ctx: SignedInContext): Promise<TDepartmentTreeNode[]> {
  const all = await createDepartmentRepository(ctx.database.prisma).findAll();
  const toNode = ({ node, children }: TreeNode<DepartmentRow>): TDepartmentTreeNode => ({
    id: node.id,
    code: node.code,
    name: node.name,
    kind: node.kind,
    children: children.map(toNode),
  });
  return buildTree(all).map(toNode);
}

const notFound = () => new AppError("NOT_FOUND", bilingual("部门不存在", "Department not found"));
function clashError(clash: "code" | "name"): AppError {
  const message =
    clash === "code"
      ? bilingual("部门代码已存在", "A department with this code exists")
      : bilingual("同一上级下已有同名部门", "A department with this name exists under the same parent");
  return new AppError("CONFLICT", message, { [clash]: [message] });
}

export async function createDepartment(
  ctx: SignedInContext,
  input: z.infer<typeof ZDepartmentCreateInputSchema>,
): Promise<DepartmentRow> {
  return inAuditedTransaction(ctx, async (tx, recordAudit) => {
    const departments = createDepartmentRepository(tx);
    if (input.parentId && !(await departments.findById(input.parentId))) throw notFound();
    const clash = await departments.findClash(input.code, input.name, input.parentId);
    if (clash) throw clashError(clash);
    const department = await departments.create(input);
    await recordAudit({
      action: "department.create",
      subjectType: "department",
      subjectId: department.id,
      after: department,
    });
    return department;
  });
}

export async function updateDepartment(
  ctx: SignedInContext,
  input: z.infer<typeof ZDepartmentUpdateInputSchema>,
): Promise<DepartmentRow> {
  return inAuditedTransaction(ctx, async (tx, recordAudit) => {
    const departments = createDepartmentRepository(tx);
    const before = await departments.findById(input.id);
    if (!before) throw notFound();
    const { id, ...changes } = input;
    if (changes.parentId) {
      if (!(await departments.findById(changes.parentId))) throw notFound();
      if ((await departments.ancestorIds(changes.parentId)).includes(id)) {
        throw new AppError(
          "BAD_REQUEST",
          bilingual("不能把部门移到它自己的下级之下", "A department cannot move under its own subtree"),
        );
      }
    }
    const parentId = changes.parentId !== undefined ? changes.parentId : before.parentId;
    const clash = await departments.findClash(changes.code, changes.name ?? before.name, parentId, id);
    if (clash) throw clashError(clash);
    const after = await departments.update(id, changes);
    await recordAudit({
      action: "department.update",
      subjectType: "department",
      subjectId: id,
      before,
      after,
    });
    return after;
  });
}
