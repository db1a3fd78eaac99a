import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";

type Client = PrismaClient | Prisma.TransactionClient;

/** 工作台账: a task of the plan, with the departments linked to it and its latest progress. */
export const workTaskSelect = {
  id: true,
  number: true,
  section: true,
  title: true,
  description: true,
  leadUnits: true,
  responsibleUnits: true,
  deadlineText: true,
  deadline: true,
  wholeYear: true,
  status: true,
  completedAt: true,
  rowVersion: true,
  departments: {
    select: { role: true, department: { select: { id: true, name: true, sortOrder: true } } },
    orderBy: [{ role: "asc" }, { department: { sortOrder: "asc" } }],
  },
  updates: { select: { progress: true }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 1 },
} satisfies Prisma.WorkTaskSelect;
export type WorkTaskRow = Prisma.WorkTaskGetPayload<{ select: typeof workTaskSelect }>;

export const workTaskUpdateSelect = {
  id: true,
  taskId: true,
  departmentId: true,
  authorId: true,
  progress: true,
  text: true,
  createdAt: true,
} satisfies Prisma.WorkTaskUpdateSelect;
export type WorkTaskUpdateRow = Prisma.WorkTaskUpdateGetPayload<{ select: typeof workTaskUpdateSelect }>;

/** A task as the seed file writes it (prisma/seed/work-plan.json). */
export interface NewWorkTask {
  number: number;
  section: string;
  title: string;
  description: string;
  leadUnits: string[];
  responsibleUnits: string[];
  deadlineText: string;
  deadline: Date;
  wholeYear: boolean;
}

export function createWorkTaskRepository(prisma: Client) {
  return {
    findAll(): Promise<WorkTaskRow[]> {
      return prisma.workTask.findMany({ orderBy: { number: "asc" }, select: workTaskSelect });
    },
    findById(id: string): Promise<WorkTaskRow | null> {
      return prisma.workTask.findUnique({ where: { id }, select: workTaskSelect });
    },
    findNumbers(): Promise<number[]> {
      return prisma.workTask
        .findMany({ select: { number: true } })
        .then((rows) => rows.map((row) => row.number));
    },
    /** Creates a task with its department links (the seed: only tasks that are missing). */
    async create(
      task: NewWorkTask,
      links: { departmentId: string; role: "lead" | "responsible" }[],
    ): Promise<void> {
      const created = await prisma.workTask.create({
        data: { ...task, status: "not_started" },
        select: { id: true },
      });
      if (links.length)
        await prisma.workTaskDepartment.createMany({
          data: links.map((link) => ({ ...link, taskId: created.id })),
          skipDuplicates: true,
        });
    },
    /** Changes the status only if nobody changed the task since it was read (null: lost the race). */
    async setStatusIfVersion(
      id: string,
      rowVersion: number,
      data: { status: string; completedAt: Date | null },
    ): Promise<WorkTaskRow | null> {
      const { count } = await prisma.workTask.updateMany({
        where: { id, rowVersion },
        data: { ...data, rowVersion: { increment: 1 } },
      });
      return count === 0 ? null : this.findById(id);
    },
    addUpdate(data: {
      taskId: string;
      departmentId: string;
      authorId: string;
      progress: number;
      text: string;
      createdAt: Date;
    }): Promise<WorkTaskUpdateRow> {
      return prisma.workTaskUpdate.create({ data, select: workTaskUpdateSelect });
    },
    /** The task's progress reports, newest first, with who wrote them. */
    async updatesOf(
      taskId: string,
    ): Promise<(WorkTaskUpdateRow & { departmentName: string; authorName: string })[]> {
      const rows = await prisma.workTaskUpdate.findMany({
        where: { taskId },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: workTaskUpdateSelect,
      });
      const [departments, users] = await Promise.all([
        prisma.department.findMany({
          where: { id: { in: [...new Set(rows.map((row) => row.departmentId))] } },
          select: { id: true, name: true },
        }),
        prisma.user.findMany({
          where: { id: { in: [...new Set(rows.map((row) => row.authorId))] } },
          select: { id: true, displayName: true },
        }),
      ]);
      const departmentName = new Map(departments.map((row) => [row.id, row.name]));
      const authorName = new Map(users.map((row) => [row.id, row.displayName]));
      return rows.map((row) => ({
        ...row,
        departmentName: departmentName.get(row.departmentId) ?? "",
        authorName: authorName.get(row.authorId) ?? "",
      }));
    },
  };
}
