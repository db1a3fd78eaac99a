import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";

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
        ...(query.q ? { OR: [{ name: { contains: query.q } }, { code: { startsWith: query.q } }] } : {}),
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
