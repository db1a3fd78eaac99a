import targetsSeed from "../../../../prisma/seed/targets.json" with { type: "json" };
import type { Database } from "../database.ts";

const day = (isoDay: string) => new Date(`${isoDay}T00:00:00Z`);

/**
 * The plan's six 100% targets, created when missing (a target the centre has changed stays as it is).
 * Each is linked to the work plan tasks it belongs to, when those tasks exist (seed the work plan
 * first); a reported target's responsible departments are the lead departments of those tasks. Missing
 * links are added at every run, so a work plan seeded later still gets linked.
 */
export async function seedTargets(database: Database): Promise<number> {
  return database.prisma.$transaction(async (tx) => {
    let created = 0;
    for (const seed of targetsSeed.targets) {
      let target = await tx.target.findUnique({ where: { code: seed.code }, select: { id: true } });
      if (!target) {
        target = await tx.target.create({
          data: {
            code: seed.code,
            name: seed.name,
            definition: seed.definition,
            targetValue: seed.targetValue,
            startDate: day(seed.startDate),
            deadline: day(seed.deadline),
            kind: seed.kind,
            metric: seed.metric,
            position: seed.position,
          },
          select: { id: true },
        });
        created++;
      }
      const tasks = await tx.workTask.findMany({
        where: { number: { in: seed.tasks } },
        select: { id: true, departments: { where: { role: "lead" }, select: { departmentId: true } } },
      });
      await tx.workTaskTarget.createMany({
        data: tasks.map((task) => ({ taskId: task.id, targetId: target.id })),
        skipDuplicates: true,
      });
      if (seed.kind === "reported") {
        const leads = new Set(tasks.flatMap((task) => task.departments.map((link) => link.departmentId)));
        await tx.targetDepartment.createMany({
          data: [...leads].map((departmentId) => ({ targetId: target.id, departmentId })),
          skipDuplicates: true,
        });
      }
    }
    return created;
  });
}
