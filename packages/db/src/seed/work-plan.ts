import departmentsSeed from "../../../../prisma/seed/departments.json" with { type: "json" };
import workPlanSeed from "../../../../prisma/seed/work-plan.json" with { type: "json" };
import type { Database } from "../database.ts";
import { createDepartmentRepository } from "../repositories/department-repository.ts";
import { createWorkTaskRepository } from "../repositories/work-task-repository.ts";

/** The plan's name for every town and street: it makes each of them a responsible unit. */
export const ALL_TOWNS_AND_STREETS = "各镇（街道）";

/**
 * 工作台账: the plan's 13 tasks (惠政文〔2016〕29号), created when missing. Each unit the plan names
 * that is a seeded department is linked with its role; groups such as 各相关职能部门 stay text only.
 * Runs at every start, so it never touches a task that exists: its status and progress stay.
 */
export async function seedWorkPlan(database: Database): Promise<number> {
  return database.prisma.$transaction(async (tx) => {
    const tasks = createWorkTaskRepository(tx);
    const existing = new Set(await tasks.findNumbers());
    const missing = workPlanSeed.tasks.filter((task) => !existing.has(task.number));
    if (missing.length === 0) return 0;

    // seeded departments by the name the plan uses, found by their stable code (renames keep links)
    const departments = createDepartmentRepository(tx);
    const idByName = new Map<string, string>();
    const townsAndStreets: string[] = [];
    for (const unit of departmentsSeed.units) {
      const row = await departments.findByCode(unit.code);
      if (!row) continue;
      idByName.set(unit.name, row.id);
      if (unit.kind === "town" || unit.kind === "street") townsAndStreets.push(row.id);
    }
    const idsOf = (unit: string) =>
      unit === ALL_TOWNS_AND_STREETS ? townsAndStreets : idByName.has(unit) ? [idByName.get(unit)!] : [];

    for (const task of missing) {
      const links = [
        ...task.leadUnits.flatMap((unit) =>
          idsOf(unit).map((id) => ({ departmentId: id, role: "lead" as const })),
        ),
        ...task.responsibleUnits.flatMap((unit) =>
          idsOf(unit).map((id) => ({ departmentId: id, role: "responsible" as const })),
        ),
      ];
      await tasks.create({ ...task, deadline: new Date(`${task.deadline}T00:00:00Z`) }, links);
    }
    return missing.length;
  });
}
