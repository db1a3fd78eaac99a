import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import { escapeLike } from "./like-pattern.ts";

/** Exactly the fields a department leaves the database with (CONVENTIONS.md rule 4). */
export const departmentSelect = {
  id: true,
  code: true,
  name: true,
  kind: true,
  parentId: true,
  sortOrder: true,
} satisfies Prisma.DepartmentSelect;

export type DepartmentRow = Prisma.DepartmentGetPayload<{ select: typeof departmentSelect }>;

export type DepartmentSortField = "code" | "name" | "kind" | "sortOrder";

export interface DepartmentQuery {
  skip: number;
  take: number;
  sort: { field: DepartmentSortField; direction: "asc" | "desc" };
  kind?: DepartmentRow["kind"];
  parentId?: string;
  q?: string;
}

export function createDepartmentRepository(prisma: PrismaClient | Prisma.TransactionClient) {
  return {
    /** One page of departments and the total that matches, in one round trip per query. */
    async findPage(query: DepartmentQuery): Promise<{ items: DepartmentRow[]; total: number }> {
      const where: Prisma.DepartmentWhereInput = {
        kind: query.kind,
        parentId: query.parentId,
        ...(query.q
          ? {
              OR: [
                { name: { contains: escapeLike(query.q) } },
                { code: { startsWith: escapeLike(query.q) } },
              ],
            }
          : {}),
      };
      // code is unique: a stable tiebreaker so that pages never overlap
      const orderBy: Prisma.DepartmentOrderByWithRelationInput[] = [
        { [query.sort.field]: query.sort.direction },
        { code: "asc" },
      ];
      const [items, total] = await Promise.all([
        prisma.department.findMany({
          where,
          orderBy,
          skip: query.skip,
          take: query.take,
          select: departmentSelect,
        }),
        prisma.department.count({ where }),
      ]);
      return { items, total };
    },

    findAll(): Promise<DepartmentRow[]> {
      return prisma.department.findMany({
        orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
        select: departmentSelect,
      });
    },

    findById(id: string): Promise<DepartmentRow | null> {
      return prisma.department.findUnique({ where: { id }, select: departmentSelect });
    },

    create(data: {
      code: string;
      name: string;
      kind: DepartmentRow["kind"];
      parentId: string | null;
      sortOrder: number;
    }): Promise<DepartmentRow> {
      return prisma.department.create({ data, select: departmentSelect });
    },

    update(
      id: string,
      data: Partial<{
        code: string;
        name: string;
        kind: DepartmentRow["kind"];
        parentId: string | null;
        sortOrder: number;
      }>,
    ): Promise<DepartmentRow> {
      return prisma.department.update({ where: { id }, data, select: departmentSelect });
    },

    /** Whether a department with this code, or this name under this parent, exists (other than `exceptId`). */
    async findClash(
      code: string | undefined,
      name: string | undefined,
      parentId: string | null | undefined,
      exceptId?: string,
    ): Promise<"code" | "name" | null> {
      const others = { id: exceptId ? { not: exceptId } : undefined };
      if (code && (await prisma.department.count({ where: { ...others, code } }))) return "code";
      if (
        name &&
        parentId !== undefined &&
        (await prisma.department.count({ where: { ...others, name, parentId } }))
      )
        return "name";
      return null;
    },

    /** The ids from `id` up to the root, `id` first: enough to refuse a move under one's own subtree. */
    async ancestorIds(id: string): Promise<string[]> {
      const rows = await prisma.$queryRaw<{ id: string }[]>`
        WITH RECURSIVE up AS (
          SELECT id, parent_id, 0 AS depth FROM department WHERE id = ${id}::uuid
          UNION ALL
          SELECT d.id, d.parent_id, up.depth + 1 FROM department d JOIN up ON d.id = up.parent_id WHERE up.depth < 64
        )
        SELECT id::text AS id FROM up ORDER BY depth`;
      return rows.map((row) => row.id);
    },

    findByCode(code: string): Promise<DepartmentRow | null> {
      return prisma.department.findUnique({ where: { code }, select: departmentSelect });
    },

    /** Inserts or renames by code; the seed and the admin tools use it so that re-running is harmless. */
    upsertByCode(data: {
      code: string;
      name: string;
      kind: DepartmentRow["kind"];
      parentId: string | null;
      sortOrder: number;
    }): Promise<DepartmentRow> {
      return prisma.department.upsert({
        where: { code: data.code },
        create: data,
        update: { name: data.name, kind: data.kind, parentId: data.parentId, sortOrder: data.sortOrder },
        select: departmentSelect,
      });
    },
  };
}

export type DepartmentRepository = ReturnType<typeof createDepartmentRepository>;
